import Testing
@testable import BriefingCore

@Suite struct PolicyCheckTests {
    func codes(_ data: DataSet, rules: RuleSet = RuleSet.defaults(for: RuleFixtures.catalog)) -> [FindingCode] {
        RuleFixtures.review(data, rules: rules).findings.map(\.code).filter { $0.rawValue.hasPrefix("policy.") }
    }

    func staffed(_ id: String = "A", county: ReportingUnit = TestCatalog.mangkang) -> DataSet {
        let (team, cadres) = RuleFixtures.staffedTeam(id, county: county)
        var data = DataSet()
        data.teams = [team]
        data.cadres = cadres
        return data
    }

    @Test func aStaffedTeamWithATwoYearTermBreaksNoPolicy() {
        #expect(codes(staffed()).isEmpty)
    }

    @Test func aTeamWithTwoCadresInPostAtTheEndOfTheWindowIsTooSmall() throws {
        var data = staffed()
        data.cadres[2] = RuleFixtures.cadre("A3", team: "A", end: "2021-05-31")
        let finding = try #require(RuleFixtures.review(data).findings.first { $0.code == .teamSize })
        #expect(finding.severity == .warning)
        #expect(finding.file == "teams.csv" && finding.line == 2 && finding.teamID == "A")
        #expect(finding.message.contains("截至2021-06-30在岗干部2人，少于每队至少3人"))
    }

    @Test(arguments: [("2022-03-31", true), ("2023-03-31", false), ("2023-03-28", false), ("2023-04-01", false)])
    func aTermShorterThanTwoYearsIsNamedWithItsEndDate(end: String, short: Bool) {
        var data = staffed()
        data.teams = [RuleFixtures.team("A", start: "2021-03-30", end: end)]
        #expect(codes(data) == (short ? [.termLength] : []))
    }

    @Test func aTeamWithoutAnEndDateHasNoTermToCheck() {
        var data = staffed()
        data.teams = [RuleFixtures.team("A")]
        #expect(codes(data).isEmpty)
    }

    @Test func fewDaysInTheVillageLeaveAndAbsencesAreWarningsAtTheAttendanceLine() throws {
        var data = staffed()
        data.attendance = [
            RuleFixtures.attendance("A1", "2021-06", days: 12, leave: 16, line: 41),
            RuleFixtures.attendance("A2", "2021-06", days: 20, leave: 10, absences: 2),
            RuleFixtures.attendance("A3", "2021-06", days: 26, absences: 3, line: 9),
        ]
        let findings = RuleFixtures.review(data).findings.filter { $0.code.rawValue.hasPrefix("policy.") }
        #expect(findings.map(\.code) == [.fewDaysInVillage, .leaveDays, .absences])
        #expect(findings.map(\.line) == [41, 41, 9])
        #expect(findings.map(\.column) == ["在村天数", "请假天数", "缺勤次数"])
        #expect(findings[0].cadreID == "A1" && findings[0].teamID == "A" && findings[0].period == "2021-06")
        #expect(findings[0].message.hasPrefix("干部A1在村12天，少于每月至少20天的要求；"))
    }

    @Test func aCadreWhoArrivedMidMonthIsAskedForTheDaysPostedOnly() {
        var data = staffed()
        data.cadres.append(RuleFixtures.cadre("A4", team: "A", start: "2021-06-20"))
        data.attendance = [RuleFixtures.attendance("A4", "2021-06", days: 11)]
        #expect(codes(data).isEmpty, "posted 11 days of June")
        data.attendance = [RuleFixtures.attendance("A4", "2021-06", days: 9)]
        #expect(codes(data) == [.fewDaysInVillage])
    }

    @Test func attendanceOutsideTheWindowIsNotJudged() {
        var data = staffed()
        data.attendance = [RuleFixtures.attendance("A1", "2021-07", days: 2)]
        #expect(codes(data).isEmpty)
    }

    @Test func aProvinceThresholdHoldsForItsTeamsOnly() throws {
        let rules = try RuleFixtures.rules("provinces: { 西藏自治区: { min_days_in_village: 25 } }")
        var data = staffed("A")
        let (team, cadres) = RuleFixtures.staffedTeam("B", county: RuleFixtures.baiyu)
        data.teams.append(team)
        data.cadres += cadres
        data.attendance = [
            RuleFixtures.attendance("A1", "2021-06", days: 22),
            RuleFixtures.attendance("B1", "2021-06", days: 22),
        ]
        let findings = RuleFixtures.review(data, rules: rules).findings.filter { $0.code == .fewDaysInVillage }
        #expect(findings.map(\.cadreID) == ["A1"])
        #expect(findings[0].message.contains("至少25天"))
    }

    @Test func aRaisedSeverityIsKeptAndOffIsSilent() throws {
        var data = staffed()
        data.cadres.removeLast()
        data.attendance = [RuleFixtures.attendance("A1", "2021-06", days: 12)]
        let rules = try RuleFixtures.rules("severity: { team_size: error, days_in_village: off }")
        let findings = RuleFixtures.review(data, rules: rules).findings.filter { $0.code.rawValue.hasPrefix("policy.") }
        #expect(findings.map(\.code) == [.teamSize])
        #expect(findings.map(\.severity) == [.error])
    }
}
