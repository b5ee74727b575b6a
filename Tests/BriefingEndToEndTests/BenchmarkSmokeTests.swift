import Foundation
import Testing

/// `make bench` runs through on its `--quick` data and prints every figure beside its target. The figures
/// themselves are not checked: the benchmark measures, it does not assert.
@Suite struct BenchmarkSmokeTests {
    @Test func aQuickRunPrintsEveryFigureAndWritesTheMarkdown() throws {
        let folder = try BriefingProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let briefing = try BriefingProcess.executable
        let benchmark = briefing.deletingLastPathComponent().appendingPathComponent("briefing-benchmark")
        try #require(FileManager.default.isExecutableFile(atPath: benchmark.path),
                     "briefing-benchmark is not built beside \(briefing.path): run `swift build`")
        let results = folder.appendingPathComponent("results.md")

        let result = try BriefingProcess.run(benchmark, [
            "--quick", "--runs", "1", "--light-runs", "1", "--briefing", briefing.path,
            "--data", folder.appendingPathComponent("data").path, "--results", results.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        for figure in [
            "briefing sample", "briefing nightly", "nightly 峰值内存", "briefing --county 芒康（全国数据，夜间任务之后）",
            "briefing --county 芒康 --recompute（全国数据，重新计算）",
            "briefing --county 芒康（一个市的数据）", "csv.reader", "完整读入 / Python", "工作队月报（reports）",
            "驻村考勤（attendance）", "校验（RuleEngine.review", "汇总（Aggregator", "写统计表（WorkbookRenderer.write）",
            "同样的单元格直接经 C API", "写统计表用时 / C 基线用时", "简报（BriefingTemplate.render），每县", "达到目标：",
        ] {
            #expect(result.stdout.contains(figure), "no line for \(figure) in:\n\(result.stdout)")
        }
        #expect(!result.stdout.contains("未测得"), "\(result.stdout)")
        let markdown = try String(contentsOf: results, encoding: .utf8)
        #expect(markdown.contains("| 项目 | 中位数 | 范围 | 目标 | 结果 | 说明 |"))
    }
}
