import Testing
@testable import BriefingCore

@Suite struct CrossFieldRuleTests {
    let defaults = RuleSet.defaults(for: RuleFixtures.catalog)

    func rule(_ id: String) -> CrossFieldRule { defaults.crossField.first { $0.code.rawValue == id }! }

    @Test func resolvedAboveReceivedIsAnErrorAtTheReportWithItsKeysAndWhatToChange() throws {
        let report = RuleFixtures.report("A", "2021-05", ["grievances_received": 3, "grievances_resolved": 5], line: 7)
        let finding = try #require(rule("rule.grievances_resolved_le_received").check(report))
        #expect(finding.severity == .error)
        #expect(finding.file == "reports.csv" && finding.line == 7)
        #expect(finding.column == "解决困难诉求")
        #expect(finding.teamID == "A" && finding.period == "2021-05")
        #expect(finding.message == "解决困难诉求5件，多于收集困难诉求3件；解决的不能多于收集的，请核对这两项后改正")
    }

    @Test(arguments: [(3, 3), (5, 0), (0, 0)])
    func resolvedUpToReceivedPasses(received: Int64, resolved: Int64) {
        let report = RuleFixtures.report("A", "2021-05", ["grievances_received": received, "grievances_resolved": resolved])
        #expect(rule("rule.grievances_resolved_le_received").check(report) == nil)
        #expect(rule("rule.disputes_resolved_le_found").check(report) == nil, "no disputes reported: skipped")
    }

    @Test func disputesAndTheWarningRulesFireOnTheirOwnFigures() {
        let report = RuleFixtures.report("A", "2021-05", [
            "disputes_found": 1, "disputes_resolved": 2, "study_sessions": 3, "study_attendance": 2,
            "trainings": 1, "trainees": 30,
        ])
        let findings = defaults.crossField.compactMap { $0.check(report) }
        #expect(findings.map(\.code.rawValue) == ["rule.disputes_resolved_le_found", "rule.study_attendance_ge_sessions"])
        #expect(findings.map(\.severity) == [.error, .warning])
    }

    func strategyRule(_ missing: String, _ comparison: String = "<=") throws -> CrossFieldRule {
        try RuleFixtures.rules("""
        cross_field:
          - { id: rule.test, left: grievances_resolved, operator: "\(comparison)", right: grievances_received, missing: \(missing) }
        """).crossField[0]
    }

    @Test func skipIfAnyMissingLeavesAReportWithABlankAlone() throws {
        let rule = try strategyRule("skip_if_any_missing")
        #expect(rule.check(RuleFixtures.report("A", "2021-05", ["grievances_resolved": 5])) == nil)
    }

    @Test func skipIfAllMissingCountsABlankAsZeroWhenTheOtherSideIsThere() throws {
        let rule = try strategyRule("skip_if_all_missing")
        let finding = try #require(rule.check(RuleFixtures.report("A", "2021-05", ["grievances_resolved": 5])))
        #expect(finding.message.contains("未填（按0计）"))
        #expect(rule.check(RuleFixtures.report("A", "2021-05", ["visits": 5])) == nil, "both blank: skipped")
    }

    @Test func neverSkipCountsEveryBlankAsZero() throws {
        let greater = try strategyRule("never_skip", ">")
        #expect(greater.check(RuleFixtures.report("A", "2021-05", ["visits": 5])) != nil, "0 > 0 fails")
        let atMost = try strategyRule("never_skip")
        #expect(atMost.check(RuleFixtures.report("A", "2021-05", [:])) == nil, "0 <= 0 holds")
    }

    @Test func aSumOrANumberOnTheRightAndTheStandardMessage() throws {
        let rules = try RuleFixtures.rules("""
        cross_field:
          - id: rule.trained_within_sum
            left: party_trainees
            operator: "<="
            right: trainees + committee_trainees
            severity: warning
          - { id: rule.funds_cap, left: funds, operator: "<=", right: "1000000" }
        """)
        let report = RuleFixtures.report("A", "2021-05", [
            "party_trainees": 40, "trainees": 10, "committee_trainees": 20, "funds": 150_000_000,
        ])
        let findings = rules.crossField.compactMap { $0.check(report) }
        #expect(findings.map(\.message) == [
            "培训党员40人次，多于培训群众与培训村两委成员之和30人次；培训党员应不多于培训群众与培训村两委成员之和，请核对这几项后改正",
            "投入帮扶资金为1500000元，多于1000000元；按规定应不多于1000000元，请核对后改正",
        ])
        #expect(findings.map(\.severity) == [.warning, .error], "a rule without severity is an error")
    }

    @Test func screeningRejectsOnErrorsOnlyAndReportsEveryBreach() {
        let reports = [
            RuleFixtures.report("A", "2021-04", ["grievances_received": 3, "grievances_resolved": 5], line: 2),
            RuleFixtures.report("A", "2021-05", ["study_sessions": 3, "study_attendance": 2], line: 3),
            RuleFixtures.report("A", "2021-06", ["grievances_received": 5, "grievances_resolved": 5], line: 4),
        ]
        var accepted = reports
        let findings = RuleFixtures.engine().screen(&accepted)
        #expect(accepted.map(\.source.line) == [3, 4])
        #expect(findings.map(\.line) == [2, 3])
    }
}
