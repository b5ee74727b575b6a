import ArgumentParser
import Foundation

/// `make bench`: makes the national data set once, measures the release `briefing` on it (and on one
/// prefecture's), and prints each figure beside the target issue 7 sets for it. It measures and reports;
/// a missed target is a result, not a failure.
@main
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing-benchmark",
        abstract: "测量 briefing 在全国规模数据上的速度和内存，与 issue 7 的目标并列打印。",
        discussion: """
        数据集生成一次，之后只要参数和 briefing 版本不变就沿用。先以子进程运行 briefing nightly 和 \
        briefing --county 芒康（墙钟时间、CPU 时间、峰值内存），再与 Python 的 csv 模块比较读 CSV 的速度，\
        最后在本进程内逐段计时：读入（每类）、校验、汇总、统计表（与直接调用 C API 的基线比较）、简报。
        结果打印到标准输出，并以 Markdown 写入 --results。
        """
    )

    @Option(help: "数据集所在目录（生成一次，之后沿用）") var data = ".build/benchmark-data"
    @Option(help: "全国数据上每项测几次，取中位数") var runs = 3
    @Option(help: "一个市的数据上每项测几次，取中位数") var lightRuns = 5
    @Flag(help: "用很小的数据集走一遍（冒烟测试，约一分钟）；数字不能与目标相比") var quick = false
    @Flag(help: "不测整个 briefing nightly（全国数据上可能很久）") var skipNightly = false
    @Option(help: "只测其中几部分（可重复）：nightly、county、csv、stages；默认全测") var only: [Section] = []
    @Flag(help: "重新生成数据集") var fresh = false
    @Option(help: "所测的 briefing，默认为与本程序同一目录中的") var briefing: String?
    @Option(help: "briefing sample 所用的配置（数据集的配置指向其指标目录、规则和模板）") var config = "Config/briefing.yaml"
    @Option(help: "结果（Markdown）写到哪里；日志和临时输出放在同一目录") var results = ".build/benchmark/results.md"

    enum Section: String, ExpressibleByArgument, CaseIterable {
        case nightly, county, csv, stages
    }

    private func measures(_ section: Section) -> Bool { only.isEmpty || only.contains(section) }

    func validate() throws {
        guard runs >= 1, lightRuns >= 1 else { throw ValidationError("--runs 和 --light-runs 至少为 1") }
    }

    func run() throws {
        do {
            try measure()
        } catch let error as BenchmarkError {
            FileHandle.standardError.write(Data("briefing-benchmark：\(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    private func measure() throws {
        let started = Date()
        let loadBefore = Machine.loadAverage()
        let resultsURL = URL(fileURLWithPath: results)
        let workFolder = resultsURL.deletingLastPathComponent()
        let scratch = workFolder.appendingPathComponent("scratch")
        let executable = try BriefingExecutable(path: briefing ?? Self.siblingBriefing(),
                                                logs: workFolder.appendingPathComponent("logs"))
        guard FileManager.default.fileExists(atPath: config) else {
            throw BenchmarkError("找不到 \(config)：请在仓库根目录运行，或用 --config 指定")
        }

        let dataFolder = URL(fileURLWithPath: data)
        let (scale, prefectureScale) = quick ? (SampleParameters.quickNational, SampleParameters.quickPrefecture)
            : (SampleParameters.national, SampleParameters.prefecture)
        let national = try SampleDataSet.prepare(scale, in: dataFolder.appendingPathComponent(quick ? "quick-national" : "national"),
                                                 briefing: executable, catalogConfig: config, fresh: fresh)
        let prefecture = try SampleDataSet.prepare(prefectureScale,
                                                   in: dataFolder.appendingPathComponent(quick ? "quick-prefecture" : "prefecture"),
                                                   briefing: executable, catalogConfig: config, fresh: fresh)

        var table = ResultTable()
        table.add([Self.sampleFigure(national)], under: "生成数据")
        // Child processes first, while this process is small: their peak memory counts this process's (ChildProcess).
        let commands = CommandBenchmark(briefing: executable, scratch: scratch)
        if skipNightly {
            table.add([Figure.missing("briefing nightly", .seconds, target: .below(60, "< 60 s"), because: "按 --skip-nightly 未测")],
                      under: "整个夜间任务（子进程）")
        } else if measures(.nightly) {
            table.add(try commands.nightly(national, runs: runs), under: "整个夜间任务（子进程）")
        }
        if measures(.county) {
            // After the nightly its briefing is reused; --recompute reads every input as on a day the nightly
            // has not run (or the inputs changed since).
            let national5s = Figure.Target.below(5, "< 5 s")
            let published = try commands.publishedConfig(for: national)
            let afterNightly = skipNightly || !measures(.nightly)
                ? [Figure.missing("briefing --county 芒康（全国数据，夜间任务之后）", .seconds, target: national5s, because: "未测 nightly")]
                : try commands.show(county: "芒康", national, config: published, runs: runs, scope: "全国数据，夜间任务之后",
                                    target: national5s)
            table.add(try afterNightly
                      + commands.show(county: "芒康", national, config: published, arguments: ["--recompute"], runs: runs,
                                      scope: "全国数据，重新计算", target: national5s)
                      + commands.show(county: "芒康", prefecture, runs: lightRuns, scope: "一个市的数据", target: .below(0.5, "< 0.5 s")),
                      under: "查看一县的简报（子进程）")
        }
        if measures(.csv) {
            table.add(try CSVComparison(dataSet: national, runs: runs, logs: executable.logs).measure(),
                      under: "读 CSV：与 Python 的 csv 模块比较（同一文件）")
        }
        if measures(.stages) {
            for section in try PipelineBenchmark(dataSet: national, runs: runs, scratch: scratch).measure() {
                table.add(section.figures, under: section.title)
            }
        }
        try? FileManager.default.removeItem(at: scratch)

        let (met, total) = table.targets
        let header = [
            "机器：\(Machine.current().description)",
            "负载：1 分钟平均负载开始时 \(loadBefore)、结束时 \(Machine.loadAverage())（机器上另有工作时各项偏慢）",
            "命令：\(CommandLine.arguments.joined(separator: " "))（make bench）",
            "程序：\(executable.path)，\(executable.version)；数据集：全国 briefing sample \(national.parameters.description)"
                + "（\(Figure.Unit.megabytes(national.stamp.inputBytes))），一个市 briefing sample \(prefecture.parameters.description)"
                + "（\(Figure.Unit.megabytes(prefecture.stamp.inputBytes))）",
            "次数：全国数据上每项 \(runs) 次，一个市的数据上 \(lightRuns) 次，取中位数；"
                + "日期 \(ISO8601DateFormatter.string(from: started, timeZone: .current, formatOptions: [.withFullDate]))，"
                + "共用时 \(Figure.Unit.seconds.format(Date().timeIntervalSince(started)))",
        ] + (quick ? ["--quick：数据集很小，只检验基准程序能跑通，数字不能与目标相比"] : [])
        let summary = "达到目标：\(met) / \(total)"
        // Written at once, unbuffered: progress lines on stderr must not land inside the table.
        FileHandle.standardOutput.write(Data((header.joined(separator: "\n") + "\n\n" + table.text + "\n\n" + summary + "\n").utf8))

        let markdown = "# briefing 基准测试结果\n\n" + header.map { "- \($0)" }.joined(separator: "\n")
            + "\n\n" + table.markdown + "\n\n" + summary + "\n"
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        try markdown.write(to: resultsURL, atomically: true, encoding: .utf8)
        Progress.say("结果已写入 \(resultsURL.path)")
    }

    /// The `briefing` built beside this program (both are products of the same package and build).
    private static func siblingBriefing() -> String {
        let own = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return own.deletingLastPathComponent().appendingPathComponent("briefing").path
    }

    /// How long `briefing sample` took to write the data set, when it was made.
    private static func sampleFigure(_ dataSet: SampleDataSet) -> Figure {
        let stamp = dataSet.stamp
        var detail = "\(Figure.Unit.megabytes(stamp.inputBytes))；CPU 时间 \(Figure.Unit.seconds.format(stamp.cpuSeconds))，"
            + "峰值内存 \(Figure.Unit.mebibytes.format(stamp.peakRSSMiB))"
        if !dataSet.madeNow { detail += "；数据集沿用 \(stamp.made) 生成时的，此为当时所测（--fresh 重新生成）" }
        return Figure("briefing sample \(stamp.parameters.description)", Samples([stamp.seconds]), .seconds,
                      target: .below(60, "< 60 s（远低于 1 分钟）"), detail: detail)
    }
}
