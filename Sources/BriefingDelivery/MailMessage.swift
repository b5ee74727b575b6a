import Foundation

/// A file attached to a message, under the name the recipient sees.
public struct MailAttachment: Sendable {
    public static let workbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    public let fileName: String
    public let contentType: String
    public let data: Data

    public init(fileName: String, contentType: String, data: Data) {
        self.fileName = fileName
        self.contentType = contentType
        self.data = data
    }
}

/// One message to one recipient: a UTF-8 text body and attachments, rendered as MIME multipart/mixed.
///
/// Rendering is deterministic for given fields: the boundary is derived from the content, so the same
/// message renders to the same bytes.
public struct MailMessage: Sendable {
    public let from: String
    public let senderName: String
    public let to: String
    public let subject: String
    public let body: String
    public let attachments: [MailAttachment]
    public let date: Date
    /// Without angle brackets: `…@domain`.
    public let messageID: String

    public init(from: String, senderName: String, to: String, subject: String, body: String,
                attachments: [MailAttachment], date: Date, messageID: String) {
        self.from = from
        self.senderName = senderName
        self.to = to
        self.subject = subject
        self.body = body
        self.attachments = attachments
        self.date = date
        self.messageID = messageID
    }

    /// The message as handed to SMTP: CRLF line endings, 7-bit, lines within 78 characters.
    public func rendered() -> Data {
        let boundary = "=_briefing_" + String(messageID.utf8.reduce(into: UInt64(14695981039346656037)) {
            $0 = ($0 ^ UInt64($1)) &* 1099511628211  // FNV-1a: stable across runs, unlike Hasher
        }, radix: 16)
        // "=_" never occurs in base64 text, so the boundary cannot occur in any part.
        var text = ""
        text += MIMEText.header("From", MIMEText.phrase(senderName) + ["<\(from)>"])
        text += MIMEText.header("To", [to])
        text += MIMEText.header("Subject", MIMEText.encodedWords(subject))
        text += MIMEText.header("Date", [Self.rfc5322Date(date)])
        text += MIMEText.header("Message-ID", ["<\(messageID)>"])
        text += MIMEText.header("MIME-Version", ["1.0"])
        text += MIMEText.header("Content-Type", ["multipart/mixed;", "boundary=\"\(boundary)\""])
        text += MIMEText.crlf

        text += "--\(boundary)\r\n"
        text += MIMEText.header("Content-Type", ["text/plain;", "charset=UTF-8"])
        text += MIMEText.header("Content-Transfer-Encoding", ["base64"])
        text += MIMEText.crlf
        text += MIMEText.base64Lines(MIMEText.canonicalLines(body))

        for attachment in attachments {
            text += "--\(boundary)\r\n"
            // `name=` with encoded words is not in any RFC, but older Outlook versions read only it;
            // clients that know RFC 2231 take `filename*`.
            var legacyName = MIMEText.encodedWords(attachment.fileName)
            legacyName[0] = "name=\"" + legacyName[0]
            legacyName[legacyName.count - 1] += "\""
            text += MIMEText.header("Content-Type", ["\(attachment.contentType);"] + legacyName)
            let sections = MIMEText.extendedParameter("filename", attachment.fileName)
            text += MIMEText.header("Content-Disposition", ["attachment;"]
                + sections.enumerated().map { $0.offset == sections.count - 1 ? $0.element : $0.element + ";" })
            text += MIMEText.header("Content-Transfer-Encoding", ["base64"])
            text += MIMEText.crlf
            text += MIMEText.base64Lines(attachment.data)
        }
        text += "--\(boundary)--\r\n"
        return Data(text.utf8)
    }

    /// `Tue, 02 Nov 2021 03:00:00 +0800`, in the machine's time zone and English names whatever the locale.
    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
