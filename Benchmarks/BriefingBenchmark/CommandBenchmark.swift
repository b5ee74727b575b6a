import Foundation

/// The commands as users run them, each a separate process from a clean output folder: the whole
/// `briefing nightly`, and `briefing --county 芒康`. Exit 65 counts as success: sample data holds
/// planted errors, and the outputs are then made from the valid records.
struct CommandBenchmark {
    let briefing: BriefingExecutable
    /// Outputs of the runs, emptied before and after each.
    let scratch: URL

    static let succeeded: Set<Int32> = [0, 65]

    /// Wall time, peak memory and CPU over wall time (near 2 when both cores work) of `briefing nightly`.
    func nightly(_ dataSet: SampleDataSet, runs: Int) throws -> [Figure] {
        let labels = (wall: "briefing nightly（全部统计表、简报、manifest）", memory: "nightly 峰值内存（RSS）",
                      cores: "nightly CPU 时间 / 墙钟时间")
        let targets = (wall: Figure.Target.below(60, "< 60 s"), memory: Figure.Target.below(1024, "< 1 GiB"),
                       cores: Figure.Target.atLeast(1.5, "≥ 1.5（两核都用上）"))
        var outcomes: [ChildProcess.Outcome] = []
        let config = try publishedConfig(for: dataSet)
        for run in 1...runs {
            // The last run's outputs stay for `briefing --county` after the nightly.
            try? FileManager.default.removeItem(at: publishedFolder)
            Progress.say("briefing nightly 第 \(run)/\(runs) 次……")
            let (outcome, process) = try briefing.run(["nightly", "--config", config], log: "nightly-\(run)")
            guard let status = outcome.status, Self.succeeded.contains(status) else {
                // A failed run would fail again; its time until the failure is still worth knowing.
                let reason = "第 \(run) 次运行 \(Figure.Unit.seconds.format(outcome.wallSeconds)) 后以"
                    + "\(outcome.status.map { "退出码 \($0)" } ?? "信号 \(outcome.signal!)")结束，峰值内存 "
                    + "\(Figure.Unit.mebibytes.format(outcome.peakRSSMiB))：\(process.errorExcerpt())"
                return [Figure.missing(labels.wall, .seconds, target: targets.wall, because: reason),
                        Figure.missing(labels.memory, .mebibytes, target: targets.memory, because: "见上一行"),
                        Figure.missing(labels.cores, .ratio, target: targets.cores, because: "见上一行")]
            }
            outcomes.append(outcome)
        }
        let input = "输入 \(Figure.Unit.megabytes(dataSet.stamp.inputBytes))"
        let cpu = Samples(outcomes.map(\.cpuSeconds)).median
        return [
            Figure(labels.wall, Samples(outcomes.map(\.wallSeconds)), .seconds, target: targets.wall,
                   detail: "\(input)；CPU 时间 \(Figure.Unit.seconds.format(cpu))（中位数）"),
            Figure(labels.memory, Samples(outcomes.map(\.peakRSSMiB)), .mebibytes, target: targets.memory,
                   detail: "wait4 的 ru_maxrss"),
            Figure(labels.cores, Samples(outcomes.map { $0.cpuSeconds / $0.wallSeconds }), .ratio, target: targets.cores,
                   detail: "用户 + 系统 CPU 时间除以墙钟时间；单线程约为 1"),
        ]
    }

    /// Where `nightly` publishes, and where `briefing --county` after it looks: the scratch folder.
    private var publishedFolder: URL { scratch.appendingPathComponent("nightly") }

    /// The data set's config with its output in the scratch folder, written beside it so that its relative
    /// paths hold. `nightly` and `--county` after it read this same file: the published briefing is reused
    /// only for the config it was made with.
    func publishedConfig(for dataSet: SampleDataSet) throws -> String {
        let lines = try String(contentsOfFile: dataSet.config, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.contains(where: { $0.hasPrefix("output:") }) else { throw BenchmarkError("\(dataSet.config) 中没有 output:") }
        let text = lines.map { $0.hasPrefix("output:") ? "output: \(publishedFolder.path)" : String($0) }.joined(separator: "\n")
        let url = dataSet.folder.appendingPathComponent("bench-nightly.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Wall time and peak memory of printing one county's briefing, with `arguments` after the county's.
    func show(county: String, _ dataSet: SampleDataSet, config: String? = nil, arguments: [String] = [], runs: Int,
              scope: String, target: Figure.Target) throws -> [Figure] {
        let label = "briefing --county \(county)\(arguments.isEmpty ? "" : " " + arguments.joined(separator: " "))（\(scope)）"
        var outcomes: [ChildProcess.Outcome] = []
        for run in 1...runs {
            Progress.say("\(label)第 \(run)/\(runs) 次……")
            let (outcome, process) = try briefing.run(["--county", county, "--config", config ?? dataSet.config] + arguments,
                                                      log: "show-\(dataSet.folder.lastPathComponent)-\(arguments.count)-\(run)")
            guard let status = outcome.status, Self.succeeded.contains(status) else {
                let reason = "\(outcome.status.map { "退出码 \($0)" } ?? "信号 \(outcome.signal!)")：\(process.errorExcerpt())"
                return [Figure.missing(label, .seconds, target: target, because: reason)]
            }
            outcomes.append(outcome)
        }
        return [
            Figure(label, Samples(outcomes.map(\.wallSeconds)), .seconds, target: target,
                   detail: "数据集 \(dataSet.parameters.description)，输入 \(Figure.Unit.megabytes(dataSet.stamp.inputBytes))"),
            Figure("  其峰值内存（RSS）", Samples(outcomes.map(\.peakRSSMiB)), .mebibytes),
        ]
    }
}
