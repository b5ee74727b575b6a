import BriefingCore
import BriefingDelivery
import BriefingRender
import Foundation

/// Mailing what a run wrote: each unit's workbook, with its briefing as the body, to that unit's
/// recipients, once. Used at the end of `briefing nightly` and by `briefing mail`.
public struct MailRun {
    public let config: BriefingConfig
    public let settings: MailSettings
    public let outputDirectory: URL
    public let manifest: Manifest
    public let window: Window

    public init(config: BriefingConfig, outputDirectory: URL, manifest: Manifest) throws(RunError) {
        guard let settings = config.mail else { throw .mailNotConfigured(configFile: config.file) }
        guard let from = (try? ValueParser.period(manifest.window.from)) ?? nil,
              let to = (try? ValueParser.period(manifest.window.to)) ?? nil,
              let window = Window(from: from, to: to) else {
            throw .manifestUnreadable(path: outputDirectory.path, reason: "统计期 \(manifest.window.from)—\(manifest.window.to) 无法识别")
        }
        self.config = config
        self.settings = settings
        self.outputDirectory = outputDirectory
        self.manifest = manifest
        self.window = window
    }

    /// The manifest of `window`'s folder, as the last run of that window left it.
    public static func manifest(in outputDirectory: URL, window: Window) throws(RunError) -> Manifest {
        let url = outputDirectory.appendingPathComponent(StagedWindow.folderName(window))
            .appendingPathComponent("manifest.json")
        do {
            return try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: url))
        } catch {
            throw .manifestUnreadable(path: url.path, reason: "\(error.localizedDescription)；请先运行 briefing nightly")
        }
    }

    /// The envelopes the manifest's outputs call for.
    public var plan: MailPlan {
        var outputs: [UnitOutputs] = []
        let entries = Dictionary(grouping: manifest.outputs) { "\($0.level)/\($0.unit)" }
        for unit in config.scopes {
            guard let written = entries["\(unit.kind)/\(unit.name)"],
                  let workbook = written.first(where: { $0.kind == "workbook" }) else { continue }
            let briefing = written.first { $0.kind == "briefing" }
            outputs.append(UnitOutputs(unit: unit, workbook: outputDirectory.appendingPathComponent(workbook.path),
                                       workbookSHA256: workbook.sha256,
                                       briefing: briefing.map { outputDirectory.appendingPathComponent($0.path) }))
        }
        return MailPlan(units: config.scopes, outputs: outputs, window: StagedWindow.folderName(window),
                        windowTitle: TimePhrase.title(for: window), settings: settings, office: config.office)
    }

    /// Sends what the ledger does not list as delivered. Delivery failures are in the report (and the
    /// ledger), not thrown: the outputs are done, and the next run or `briefing mail` retries them.
    public func send(history: RunHistory, progress: (Int, Int) -> Void = { _, _ in }) throws(RunError) -> DeliveryReport {
        let plan = plan
        // The password is read only when there is something to send.
        guard try !Self.reading(history) { () throws(LedgerError) in try history.ledger.pending(in: plan) }.isEmpty else {
            return DeliveryReport(alreadyDelivered: plan.envelopes)
        }
        var password: Secret?
        if let source = settings.password {
            do {
                password = try Secret.read(source)
            } catch {
                throw .credentials(error)
            }
        }
        let dispatcher = MailDispatcher(transport: MsmtpTransport(settings: settings, password: password),
                                        ledger: history.ledger, retry: RetryPolicy(settings))
        return try Self.reading(history) { () throws(LedgerError) in try dispatcher.deliver(plan, progress: progress) }
    }

    private static func reading<T>(_ history: RunHistory, _ body: () throws(LedgerError) -> T) throws(RunError) -> T {
        do {
            return try body()
        } catch {
            throw .history(path: history.file.path, reason: error.reason)
        }
    }

    /// `briefing mail --dry-run`: every envelope that would be sent, as SMTP would carry it, and what is
    /// left out and why. Reads the ledger; sends and records nothing.
    public func preview(history: RunHistory) throws(RunError) -> String {
        let plan = plan
        var pending: [String] = []
        var delivered: [String] = []
        for envelope in plan.envelopes {
            let entry = try Self.reading(history) { () throws(LedgerError) in try history.ledger.entry(for: envelope.key) }
            if let entry, entry.status == .delivered {
                delivered.append("  \(envelope.recipient)  \(envelope.attachmentName)（\(Self.timestamp(entry.deliveredAt ?? entry.lastAttemptAt))送达）")
                continue
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: envelope.attachment.path)[.size] as? Int) ?? nil
            var lines = [
                "  MAIL FROM:<\(envelope.from)>  RCPT TO:<\(envelope.recipient)>",
                "    发件人：\(envelope.senderName) <\(envelope.from)>",
                "    收件人：\(envelope.recipient)（\(envelope.unit.name)）",
                "    主题：\(envelope.subject)",
                "    附件：\(envelope.attachmentName)（\(size.map { "\($0)字节" } ?? "文件不存在")，SHA-256 \(envelope.key.attachmentSHA256)）",
                "    正文：\(envelope.briefing?.lastPathComponent ?? "（无简报，用一句说明代替）")",
            ]
            if let entry, let error = entry.lastError {
                lines.append("    此前已尝试\(entry.attempts)次，最近一次于\(Self.timestamp(entry.lastAttemptAt))：\(error)")
            }
            pending.append(lines.joined(separator: "\n"))
        }
        var text = ["统计期 \(plan.window)：共\(plan.envelopes.count)封，待发送\(pending.count)封，已送达\(delivered.count)封（不再发送）。试运行，不发送任何邮件。"]
        text.append("邮件服务器：\(settings.host):\(settings.port)（\(settings.security.rawValue)\(settings.user.map { "，用户 \($0)" } ?? "")）")
        if !pending.isEmpty { text += ["", "待发送："] + pending }
        if !delivered.isEmpty { text += ["", "已送达，不再发送："] + delivered }
        if !plan.unitsWithoutWorkbook.isEmpty {
            text += ["", "有收件人但本次运行没有统计表：" + plan.unitsWithoutWorkbook.map(\.name).joined(separator: "、")]
        }
        if !plan.unitsWithoutRecipients.isEmpty {
            text += ["", "有统计表但配置中没有收件人：" + plan.unitsWithoutRecipients.map(\.name).joined(separator: "、")]
        }
        return text.joined(separator: "\n") + "\n"
    }

    /// `2021-11-02 03:00`, local time.
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
