import BriefingCore
import Crypto
import Foundation

/// What a run wrote for one unit and can mail: its workbook, and its briefing for the message's body.
public struct UnitOutputs: Sendable {
    public let unit: SummaryScope
    public let workbook: URL
    /// The workbook's hash as the run recorded it; a file that no longer matches is not sent.
    public let workbookSHA256: String
    public let briefing: URL?

    public init(unit: SummaryScope, workbook: URL, workbookSHA256: String, briefing: URL?) {
        self.unit = unit
        self.workbook = workbook
        self.workbookSHA256 = workbookSHA256
        self.briefing = briefing
    }
}

/// One message to send: one unit's workbook to one of that unit's recipients.
public struct Envelope: Sendable {
    public let key: DeliveryKey
    public let unit: SummaryScope
    public let from: String
    public let senderName: String
    public let subject: String
    public let attachment: URL
    public let briefing: URL?

    public var recipient: String { key.recipient }
    public var attachmentName: String { attachment.lastPathComponent }

    /// The same for every attempt at the same delivery, so that a message sent twice (a crash between the
    /// server's acceptance and the ledger's row) can be recognised as one.
    public var messageID: String {
        let digest = SHA256.hash(data: Data("\(key.window)\n\(key.recipient)\n\(key.attachmentSHA256)".utf8))
        let domain = from.split(separator: "@").last.map(String.init) ?? "localhost"
        return digest.prefix(16).map { String(format: "%02x", $0) }.joined() + ".briefing@" + domain
    }

    /// The message, from the files as they are now: a workbook that differs from the recorded one (rewritten
    /// by a later run, or damaged) is refused rather than sent under the wrong key.
    public func message(date: Date) throws(MailFailure) -> MailMessage {
        guard let data = FileManager.default.contents(atPath: attachment.path) else {
            throw .attachment("找不到统计表 \(attachment.path)")
        }
        let hash = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        guard hash == key.attachmentSHA256 else {
            throw .attachment("\(attachment.path) 与运行清单记录的不一致，请重新运行 briefing nightly")
        }
        let body = briefing.flatMap { FileManager.default.contents(atPath: $0.path) }
            .map { String(decoding: $0, as: UTF8.self) } ?? "\(subject)见附件。\n"
        return MailMessage(from: from, senderName: senderName, to: recipient, subject: subject, body: body,
                           attachments: [MailAttachment(fileName: attachmentName, contentType: MailAttachment.workbookType,
                                                        data: data)],
                           date: date, messageID: messageID)
    }
}

/// Every message a window's outputs call for: each unit's workbook to each of that unit's own recipients
/// (a county's recipients get the county's workbook, a prefecture's the prefecture's, a sending unit's
/// its own). The dry run and the
/// real run both start here, so the dry run shows exactly what would be sent.
public struct MailPlan: Sendable {
    /// The window folder's name, the ledger's window key.
    public let window: String
    /// In the order of the config's units, then of each unit's recipients.
    public let envelopes: [Envelope]
    /// Units with a workbook but nobody to send it to.
    public let unitsWithoutRecipients: [SummaryScope]
    /// Units with recipients but no workbook in this run's outputs.
    public let unitsWithoutWorkbook: [SummaryScope]

    /// - Parameters:
    ///   - units: every unit the config publishes for (`BriefingConfig.scopes`), in that order.
    ///   - windowTitle: the window as a title says it (`2021年4月—10月`), for the subject.
    public init(units: [SummaryScope], outputs: [UnitOutputs], window: String, windowTitle: String,
                settings: MailSettings, office: String) {
        var envelopes: [Envelope] = []
        var withoutRecipients: [SummaryScope] = []
        var withoutWorkbook: [SummaryScope] = []
        for unit in units {
            guard let output = outputs.first(where: { $0.unit == unit }) else {
                if !unit.recipients.isEmpty { withoutWorkbook.append(unit) }
                continue
            }
            if unit.recipients.isEmpty { withoutRecipients.append(unit) }
            let subject = settings.subject.render(unit: unit.name, window: windowTitle, office: office)
            var seen = Set<String>()
            for recipient in unit.recipients where seen.insert(recipient.lowercased()).inserted {
                envelopes.append(Envelope(
                    key: DeliveryKey(window: window, recipient: recipient, attachmentSHA256: output.workbookSHA256),
                    unit: unit, from: settings.from, senderName: settings.senderName, subject: subject,
                    attachment: output.workbook, briefing: output.briefing))
            }
        }
        self.window = window
        self.envelopes = envelopes
        self.unitsWithoutRecipients = withoutRecipients
        self.unitsWithoutWorkbook = withoutWorkbook
    }
}
