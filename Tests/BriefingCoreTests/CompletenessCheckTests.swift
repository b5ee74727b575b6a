import Testing
@testable import BriefingCore

@Suite struct CompletenessCheckTests {
    /// A (Apr–Jun, all on time but May, which is late), B (arrived in May; June undated, April not owed),
    /// C in another county (nothing reported).
    func data() -> DataSet {
        var data = DataSet()
        data.teams = [
            RuleFixtures.team("A", line: 2),
            RuleFixtures.team("B", start: "2021-05-20", line: 3),
            RuleFixtures.team("C", county: TestCatalog.zogang, end: "2021-04-10", line: 4),
        ]
        data.reports = [
            RuleFixtures.report("A", "2021-04", [:], submitted: "2021-05-05", line: 2),
            RuleFixtures.report("A", "2021-05", [:], submitted: "2021-06-06", line: 3),
            RuleFixtures.report("A", "2021-06", [:], submitted: "2021-07-01", line: 4),
            RuleFixtures.report("B", "2021-05", [:], submitted: "2021-06-02", line: 5),
            RuleFixtures.report("B", "2021-06", [:], line: 6),
        ]
        return data
    }

    @Test func reportingRatesCountTeamMonthsOwedReceivedAndOnTime() {
        let rates = RuleFixtures.review(data()).reportingRates
        #expect(rates.rate(for: .unit(TestCatalog.mangkang)) == ReportingRate(expected: 5, received: 5, onTime: 3))
        #expect(rates.rate(for: .unit(TestCatalog.zogang)) == ReportingRate(expected: 1, received: 0, onTime: 0))
        #expect(rates.rate(for: .unit(TestCatalog.prefecture)) == ReportingRate(expected: 6, received: 5, onTime: 3))
        #expect(rates.rate(for: .unit(TestCatalog.prefecture)).receivedShare == 5.0 / 6.0)
        #expect(rates.rate(for: .unit(RuleFixtures.baiyu)).receivedShare == nil, "nothing owed: no rate")
    }

    @Test func aPostedMonthWithoutAReportIsMissingAtTheRosterLine() throws {
        let findings = RuleFixtures.review(data()).findings.filter { $0.code == .missingReport }
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .warning)
        #expect(finding.file == "teams.csv" && finding.line == 4)
        #expect(finding.teamID == "C" && finding.period == "2021-04")
        #expect(finding.message == "工作队“C工作队”2021年4月在岗，但没有2021年4月的月报（漏报）；请督促该队补报")
    }

    @Test func aMonthWhoseReportWasRejectedSaysWhereItWas() throws {
        var data = data()
        data.reports.removeLast()
        let ingest = IngestResult(
            data: data,
            findings: [Finding(.invalidNumber, .error, file: "reports.csv", line: 6, column: "走访农户", teamID: "B",
                               period: TestCatalog.period("2021-06"), message: "…")],
            accounts: [InputAccount(path: "reports.csv", kind: .reports, encoding: nil, recordsRead: 5, recordsAccepted: 4)],
            missingInputs: [])
        let review = RuleFixtures.engine().review(ingest, window: RuleFixtures.window)
        let finding = try #require(review.findings.first { $0.code == .missingReport && $0.teamID == "B" })
        #expect(finding.message.contains("2021年6月的月报（reports.csv 第6行）有错误未计入，视同漏报"))
        #expect(review.reportingRates.rate(for: .unit(TestCatalog.mangkang)).received == 4)
    }

    @Test func aReportAfterTheDeadlineDayIsLateAtItsLine() throws {
        let findings = RuleFixtures.review(data()).findings.filter { $0.code == .lateReport }
        #expect(findings.map(\.line) == [3])
        #expect(findings[0].column == "填报日期" && findings[0].teamID == "A" && findings[0].period == "2021-05")
        #expect(findings[0].message.hasPrefix("2021年5月月报的填报日期2021-06-06晚于报送截止日2021-06-05（次月5日），属迟报"))
    }

    @Test func aProvinceMayGiveMoreTimeAndALateCheckMayBeOff() throws {
        let later = try RuleFixtures.rules("provinces: { 西藏自治区: { report_deadline_day: 10 } }")
        let review = RuleFixtures.review(data(), rules: later)
        #expect(!review.findings.contains { $0.code == .lateReport })
        #expect(review.reportingRates.rate(for: .unit(TestCatalog.mangkang)).onTime == 4)
        let off = try RuleFixtures.rules("severity: { late_report: off, missing_report: off }")
        #expect(!RuleFixtures.review(data(), rules: off).findings.contains { $0.code.rawValue.hasPrefix("completeness.") })
    }
}
