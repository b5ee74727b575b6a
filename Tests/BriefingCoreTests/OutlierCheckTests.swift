import Testing
@testable import BriefingCore

@Suite struct OutlierCheckTests {
    let year = Window(from: TestCatalog.period("2021-01"), to: TestCatalog.period("2021-12"))!

    /// Team A's visits: about 80 a month (median 81), January to `months`, with `planted` in June.
    func history(_ planted: Int64, months: Int = 9, metric: String = "visits") -> DataSet {
        var data = DataSet()
        let (team, cadres) = RuleFixtures.staffedTeam("A")
        data.teams = [team]
        data.cadres = cadres
        data.reports = (1...months).map { month in
            let value: Int64 = month == 6 ? planted : 76 + Int64(month)
            return RuleFixtures.report("A", "2021-\(month < 10 ? "0" : "")\(month)", [metric: value], line: month + 1)
        }
        return data
    }

    func outliers(_ data: DataSet, rules: RuleSet = RuleSet.defaults(for: RuleFixtures.catalog)) -> [Finding] {
        RuleFixtures.review(data, rules: rules, window: year).findings.filter { $0.code.rawValue.hasPrefix("outlier.") }
    }

    @Test func aPlantedValueTenTimesTheTeamsUsualIsQuestioned() throws {
        let findings = outliers(history(820))
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.code == .outlierAgainstHistory && finding.severity == .info)
        #expect(finding.line == 7 && finding.column == "走访农户" && finding.period == "2021-06")
        #expect(finding.message.hasPrefix("走访农户820户次，远高于该队各月的一般水平（约为中位数81户次的10倍）"))
    }

    @Test(arguments: [Int64(300), 0])
    func anOrdinarySwingOrAZeroIsNotAnOutlier(value: Int64) {
        #expect(outliers(history(value)).isEmpty)
    }

    @Test func aValueFarBelowIsQuestionedToo() {
        let findings = outliers(history(6))
        #expect(findings.count == 1)
        #expect(findings.first?.message.hasPrefix("走访农户6户次，远低于该队各月的一般水平（不到中位数80户次的1/13）") == true)
    }

    @Test func tinyNumbersAreNeverJudged() {
        var data = history(0)
        data.reports = data.reports.enumerated().map { index, report in
            RuleFixtures.report("A", report.period.description, ["activists": index == 5 ? 9 : 1])
        }
        #expect(outliers(data).isEmpty, "9 against 1 is below the floor")
    }

    @Test func tooShortAHistoryIsNotJudged() {
        #expect(outliers(history(820, months: 6)).count == 1)
        var data = history(820, months: 6)
        data.reports.removeFirst(2)
        #expect(outliers(data).isEmpty, "four months are fewer than min_values")
    }

    @Test func moneyNeedsAUnitSlipToStandOut() {
        func funds(june: Int64) -> DataSet {
            var data = history(0)
            data.reports = data.reports.enumerated().map { index, report in
                RuleFixtures.report("A", report.period.description, ["funds": (index == 5 ? june : 30_000) * 100])
            }
            return data
        }
        #expect(outliers(funds(june: 900_000)).isEmpty, "a lump of 90万元 among 3万元 months is ordinary")
        #expect(outliers(funds(june: 3)).map(\.column) == ["投入帮扶资金"], "3元 where 30000元 is usual: 万元 typed as 元")
    }

    @Test func aTeamFarFromItsCountyPeersThatMonthIsQuestioned() throws {
        var data = DataSet()
        data.reports = (1...6).map { RuleFixtures.report("T\($0)", "2021-06", ["visits": $0 == 6 ? 1200 : 90 + Int64($0)], line: $0 + 1) }
        data.teams = (1...6).map { RuleFixtures.team("T\($0)") }
        let findings = outliers(data)
        #expect(findings.map(\.code) == [.outlierAgainstPeers])
        #expect(findings.first?.teamID == "T6")
        #expect(findings.first?.message.contains("本县同月各工作队的一般水平") == true)
    }

    @Test func theRobustZScoreMethodAndItsThresholdComeFromTheRules() throws {
        let rules = try RuleFixtures.rules("outliers: { method: robust_z, threshold: { count: 5 }, compare_with: [history] }")
        #expect(outliers(history(300), rules: rules).count == 1, "300 is far outside 77…84 by spread, if not tenfold")
        #expect(outliers(history(90), rules: rules).isEmpty)
    }
}
