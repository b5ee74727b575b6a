import Foundation

/// The `mail:` section of the config: how workbooks reach their recipients.
///
/// The password is named (an environment variable or a file), never written here: the config is read by
/// clerks, copied into tickets and committed to version control.
public struct MailSettings: Sendable {
    /// How the connection to the server is protected.
    public enum Security: String, Sendable, CaseIterable {
        /// Plain connection upgraded with STARTTLS (port 587), the usual submission setup.
        case starttls
        /// TLS from the first byte (port 465).
        case smtps
        /// No encryption, for a relay on the same machine; refused together with a password.
        case none

        var defaultPort: Int {
            switch self {
            case .starttls: return 587
            case .smtps: return 465
            case .none: return 25
            }
        }
    }

    /// Where the SMTP password is read from at send time.
    public enum PasswordSource: Sendable, Equatable {
        case environment(String)
        /// A file readable by its owner only; other permissions are refused when the file is read.
        case file(URL)
    }

    /// The msmtp program that talks SMTP.
    public let msmtp: String
    public let host: String
    public let port: Int
    public let security: Security
    /// Certificates to trust instead of the system's (a private CA, or a test server's own certificate).
    public let caFile: URL?
    /// The sender address, in the envelope and the From header.
    public let from: String
    /// The name shown with the sender address.
    public let senderName: String
    /// The SMTP login; nil sends without AUTH.
    public let user: String?
    public let password: PasswordSource?
    public let subject: SubjectTemplate
    /// Attempts per message within one run, the first included.
    public let attempts: Int
    /// Wait before the second attempt, doubled before each further one.
    public let retryDelay: Duration
    /// Network timeout for one SMTP conversation.
    public let timeoutSeconds: Int
}

/// The subject line with `{unit}`, `{window}` and `{office}` filled in:
/// `【驻村工作】{unit}{window}统计报表` → `【驻村工作】芒康县2021年4月—10月统计报表`.
public struct SubjectTemplate: Sendable, Equatable {
    public static let standard = SubjectTemplate(checked: "【驻村工作】{unit}{window}统计报表")
    public static let placeholders = ["unit", "window", "office"]

    public let text: String

    private init(checked text: String) { self.text = text }

    /// The template, or why it cannot be used: an unknown placeholder or a line break.
    public static func parse(_ text: String) -> Result<SubjectTemplate, SubjectTemplateError> {
        if text.contains(where: \.isNewline) { return .failure(.lineBreak) }
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { return .failure(.unclosedBrace) }
            let name = String(rest[rest.index(after: open)..<close])
            guard placeholders.contains(name) else { return .failure(.unknownPlaceholder(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return .success(SubjectTemplate(checked: text))
    }

    public func render(unit: String, window: String, office: String) -> String {
        text.replacingOccurrences(of: "{unit}", with: unit)
            .replacingOccurrences(of: "{window}", with: window)
            .replacingOccurrences(of: "{office}", with: office)
    }
}

public enum SubjectTemplateError: Error, Sendable, Equatable {
    case unknownPlaceholder(String)
    case unclosedBrace
    case lineBreak

    public var message: String {
        switch self {
        case .unknownPlaceholder(let name):
            return "邮件主题中的“{\(name)}”无法识别；可用的有 "
                + SubjectTemplate.placeholders.map { "{\($0)}" }.joined(separator: "、")
        case .unclosedBrace: return "邮件主题中的“{”没有对应的“}”"
        case .lineBreak: return "邮件主题不能换行"
        }
    }
}

/// Addresses as the config lists them: `name@domain`, nothing a header or the SMTP envelope could
/// misread (no spaces, angle brackets, commas or line breaks).
public enum MailAddress {
    public static func isValid(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return address.unicodeScalars.allSatisfy {
            $0.value > 0x20 && $0.value != 0x7F && !"<>()[]\\,;:\"".unicodeScalars.contains($0)
        }
    }
}
