import BriefingCore
import BriefingDelivery
import Foundation

/// `briefing nightly` as cron runs it, around `NightlyRun`: the lock first, then the outputs written to a
/// staging folder and swapped in whole, the run recorded in the history, and the mail sent.
public struct NightlyJob {
    public let options: RunOptions
    /// The command line's `--out`, overriding the config's `output`.
    public let outputOverride: URL?
    /// Called with a line for each phase and each message; the command passes it on only to a terminal.
    public let progress: (String) -> Void

    public init(options: RunOptions, outputOverride: URL?, progress: @escaping (String) -> Void = { _ in }) {
        self.options = options
        self.outputOverride = outputOverride
        self.progress = progress
    }

    public struct Outcome {
        public let manifest: Manifest
        public let outputDirectory: URL
        /// Nil when the config has no `mail:` section.
        public let delivery: DeliveryReport?

        /// The most demanding of the data's code (0 or 65) and the mail's (75 to retry, 78 to fix the
        /// config): sysexits codes grow with what they ask of the operator.
        public var exitCode: Int32 { max(manifest.exitCode, delivery?.exitCode ?? 0) }
    }

    public func execute() throws(RunError) -> Outcome {
        let config = try Session.loadConfig(options)
        let outputDirectory = outputOverride ?? config.outputDirectory
        let lock = try RunLock.acquire(in: outputDirectory)
        defer { withExtendedLifetime(lock) {} }
        let startedAt = Date()
        // Opened first, so that an unusable history file stops the run before it reads or writes anything.
        let history = try RunHistory.open(at: RunHistory.location(config: config, outputDirectory: outputDirectory))

        progress("读取并校验输入……")
        let session = try Session.open(options, config: config)
        progress("写出统计表和简报……")
        let staging = StagedWindow.begin(in: outputDirectory)
        let result = try NightlyRun(session: session, outputDirectory: staging.stagingRoot, history: history).execute()
        let manifest = result.manifest
        try staging.publish(session.window)

        try history.record(RecordedRun(
            window: session.window, today: options.today, version: manifest.version, startedAt: startedAt,
            finishedAt: Date(), exitCode: manifest.exitCode,
            inputs: manifest.inputs.map { .init(path: $0.path, kind: $0.kind, sha256: $0.sha256 ?? "") },
            totals: result.totals))

        guard config.mail != nil else { return Outcome(manifest: manifest, outputDirectory: outputDirectory, delivery: nil) }
        let delivery = try MailRun(config: config, outputDirectory: outputDirectory, manifest: manifest)
            .send(history: history) { done, total in progress("发送邮件 \(done)/\(total)") }
        return Outcome(manifest: manifest, outputDirectory: outputDirectory, delivery: delivery)
    }
}
