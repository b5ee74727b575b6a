import ArgumentParser
import BriefingCore
import BriefingRun
import Foundation

struct Mail: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "发送最近一次运行生成、尚未送达的统计表（每个单位的统计表只发给该单位的收件人，每人一次）。",
        discussion: "--dry-run 列出每一封将要发送的邮件（收件人、主题、附件及其 SHA-256），不发送、不记录。"
    )

    @OptionGroup var common: CommonOptions
    @Option(help: "输出目录（覆盖配置中的 output）") var out: String?
    @Flag(help: "只列出将要发送的邮件，不发送") var dryRun = false
    @Flag(help: "全部送达时也打印一行") var verbose = false

    func run() throws {
        try exitOnFailure {
            let options = try common.runOptions()
            let config = try Session.loadConfig(options)
            let outputDirectory = out.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? config.outputDirectory
            // A dry run only reads, so it may look while a run is under way.
            let lock = dryRun ? nil : try RunLock.acquire(in: outputDirectory)
            defer { withExtendedLifetime(lock) {} }

            let history = try RunHistory.open(at: RunHistory.location(config: config, outputDirectory: outputDirectory))
            let window: Window
            if let to = options.period {
                guard let chosen = Window(from: options.from ?? config.batchStart, to: to) else {
                    throw ValidationError("统计期起点晚于终点，请检查 --from 与 --period")
                }
                window = chosen
            } else {
                guard let last = try history.lastWindow() else { throw RunError.noRunRecorded(outputDirectory: outputDirectory.path) }
                window = last
            }
            let run = try MailRun(config: config, outputDirectory: outputDirectory,
                                  manifest: try MailRun.manifest(in: outputDirectory, window: window))
            if dryRun {
                print(try run.preview(history: history), terminator: "")
                return 0
            }
            let progress = TerminalProgress()
            let report = try run.send(history: history) { done, total in progress.update("发送邮件 \(done)/\(total)") }
            progress.finish()
            FileHandle.standardError.write(Data(DeliverySummary(report: report, verbose: verbose).text.utf8))
            return report.exitCode
        }
    }
}
