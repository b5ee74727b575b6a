import Foundation
import Testing

/// A run compares with the previous window when the history has it, in the workbook and the briefing.
@Suite struct HistoryComparisonEndToEndTests {
    @Test func theSecondMonthComparesWithTheFirst() throws {
        let out = try BriefingProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let september = try BriefingProcess.run(["nightly", "--out", out.path, "--from", "2021-09", "--period", "2021-09", "--today", "2021-10-08"])
        #expect(september.status == 65, "\(september.stderr)")
        let first = try String(contentsOf: out.appendingPathComponent("2021-09_2021-09/芒康县驻村工作简报.txt"), encoding: .utf8)
        #expect(!first.contains("与上月相比"), "no history before the first run")

        _ = try BriefingProcess.run(["nightly", "--out", out.path, "--from", "2021-10", "--period", "2021-10", "--today", "2021-11-08"])
        let second = try String(contentsOf: out.appendingPathComponent("2021-10_2021-10/芒康县驻村工作简报.txt"), encoding: .utf8)
        #expect(second.contains("与上月相比，走访农户"))

        // 汇总's 上期 column holds September's figures as September's own workbook shows them.
        let check = try BriefingProcess.run(BriefingProcess.python, ["-c", """
            import openpyxl, sys
            before = {r[0]: r[2] for r in openpyxl.load_workbook(sys.argv[1])["汇总"].iter_rows(min_row=3, values_only=True)}
            now = list(openpyxl.load_workbook(sys.argv[2])["汇总"].iter_rows(min_row=2, values_only=True))
            assert now[0][3:5] == ("上期", "增减"), now[0]
            bad = [r[0] for r in now[6:30] if r[0] in before and r[3] != before[r[0]]]
            print(bad)
            sys.exit(1 if bad else 0)
            """,
            out.appendingPathComponent("2021-09_2021-09/芒康县驻村工作统计表.xlsx").path,
            out.appendingPathComponent("2021-10_2021-10/芒康县驻村工作统计表.xlsx").path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}
