import ArgumentParser
import BriefingRun
import Foundation

struct Nightly: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "夜间任务：校验全部输入，生成每个单位的统计表和简报，写出 manifest.json，记录运行，发送邮件。成功时不输出。"
    )

    @OptionGroup var common: CommonOptions
    @Option(help: "输出目录（覆盖配置中的 output）") var out: String?
    @Flag(help: "成功时也打印输出文件的位置和邮件情况") var verbose = false

    func run() throws {
        let progress = TerminalProgress()
        defer { progress.finish() }
        try exitOnFailure {
            let job = NightlyJob(options: try common.runOptions(),
                                 outputOverride: out.map { URL(fileURLWithPath: $0, isDirectory: true) },
                                 progress: progress.update)
            let outcome = try job.execute()
            progress.finish()
            var text = ""
            if verbose || outcome.manifest.exitCode != 0 {
                text += RunSummary(manifest: outcome.manifest, outputDirectory: outcome.outputDirectory, verbose: verbose).text
            }
            if let delivery = outcome.delivery { text += DeliverySummary(report: delivery, verbose: verbose).text }
            FileHandle.standardError.write(Data(text.utf8))
            return outcome.exitCode
        }
    }
}

/// Progress for a person watching a long run, each line replacing the last; cron's mail and logs get none.
struct TerminalProgress {
    private let enabled = isatty(STDERR_FILENO) != 0

    func update(_ line: String) {
        if enabled { FileHandle.standardError.write(Data("\u{1B}[2K\r\(line)".utf8)) }
    }

    /// Clears the last line, so that what follows starts on a clean one.
    func finish() {
        if enabled { FileHandle.standardError.write(Data("\u{1B}[2K\r".utf8)) }
    }
}
