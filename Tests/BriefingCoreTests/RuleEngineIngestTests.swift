import Foundation
import Testing
@testable import BriefingCore

/// The rules engine as a run meets it: through ingest, from files, with the accounting per file.
@Suite struct RuleEngineIngestTests {
    static let window = Window(from: TestCatalog.period("2021-04"), to: TestCatalog.period("2021-10"))!

    func withInputs<T>(_ reports: String, _ body: (BriefingConfig) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rules-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: ConfigTests.repositoryRoot.appendingPathComponent("Config/metrics.yaml"),
                                         to: folder.appendingPathComponent("metrics.yaml"))
        let files = [
            "briefing.yaml": """
            batch_start: 2021-04
            inputs: { teams: teams.csv, cadres: cadres.csv, reports: reports.csv, attendance: attendance.csv }
            units:
              - province: 西藏自治区
                prefectures: [{ name: 昌都市, counties: [{ name: 芒康县 }] }]

            """,
            "teams.csv": "工作队编号,工作队名称,县（市、区）,乡（镇）,村（社区、连队）,派出单位,进驻日期,期满日期\n"
                + "A,甲队,芒康县,曲孜卡乡,一村,财政厅,2021-04-01,2023-03-31\n",
            "cadres.csv": "干部编号,姓名,工作队编号,职务,进驻日期\nA1,张三,A,第一书记,2021-04-01\nA2,李四,A,队长,2021-04-01\nA3,王五,A,队员,2021-04-01\n",
            "reports.csv": reports,
            "attendance.csv": "干部编号,报告期,在村天数\n",
        ]
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return try body(BriefingConfig.load(from: folder.appendingPathComponent("briefing.yaml").path))
    }

    @Test func anErrorLevelBreachRejectsTheReportAndTheAccountingStillAddsUp() throws {
        let reports = """
        报告期,工作队编号,填报日期,收集困难诉求,解决困难诉求,宣讲教育,宣讲受众
        2021-04,A,2021-05-03,5,4,2,60
        2021-05,A,2021-06-03,3,5,2,60
        2021-06,A,2021-07-03,5,5,3,2

        """
        try withInputs(reports) { config in
            let ingest = InputLoader(config: config).load()
            let account = try #require(ingest.accounts.first { $0.kind == .reports })
            #expect(account.recordsRead == 3)
            #expect(account.recordsAccepted == 2)
            #expect(account.recordsRejected == 1)
            #expect(ingest.data.reports.map(\.source.line) == [2, 4])

            let breaches = ingest.findings.filter { $0.code.rawValue.hasPrefix("rule.") }
            #expect(breaches.map(\.code.rawValue) == ["rule.grievances_resolved_le_received", "rule.study_attendance_ge_sessions"])
            #expect(breaches.map(\.severity) == [.error, .warning])
            #expect(breaches.map(\.line) == [3, 4])
            #expect(breaches[0].file.hasSuffix("reports.csv") && breaches[0].teamID == "A" && breaches[0].period == "2021-05")

            let window = Window(from: TestCatalog.period("2021-04"), to: TestCatalog.period("2021-06"))!
            let review = RuleEngine(rules: config.rules, catalog: config.catalog).review(ingest, window: window)
            let missing = try #require(review.findings.first { $0.code == .missingReport })
            #expect(missing.period == "2021-05" && missing.message.contains("第3行）有错误未计入"))
            #expect(review.reportingRates.rate(for: .unit(config.jurisdiction.units(at: .county)[0]))
                        == ReportingRate(expected: 3, received: 2, onTime: 2))
            #expect(ingest.adding(review).accounts.map(\.recordsAccepted) == ingest.accounts.map(\.recordsAccepted))
        }
    }

    @Test func theSampleDataShowsItsPlantedLateMissingAndShortAttendance() throws {
        let config = try BriefingConfig.load(from: ConfigTests.repositoryRoot.appendingPathComponent("Config/briefing.yaml").path)
        let ingest = InputLoader(config: config).load()
        let review = RuleEngine(rules: config.rules, catalog: config.catalog).review(ingest, window: Self.window)
        func places(_ code: FindingCode) -> [String] {
            review.findings.filter { $0.code == code }.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line ?? 0)" }
        }
        #expect(places(.lateReport) == ["扎囊县.csv:25"])
        #expect(places(.fewDaysInVillage) == ["左贡县.csv:41"])
        #expect(review.findings.contains { $0.code == .missingReport && $0.teamID == "540326-04" && $0.period == "2021-08" })
        #expect(!review.findings.contains { $0.severity == .error }, "the review rejects nothing")
        for account in ingest.accounts {
            #expect(account.recordsRead == account.recordsAccepted + account.recordsRejected)
        }
    }
}
