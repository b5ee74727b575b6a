import BriefingCore
import Foundation

/// The SMTP password. It prints as asterisks, so that no message, log or test output built with string
/// interpolation can show it, and it removes itself from text that came back from the server or msmtp.
public struct Secret: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    let value: String

    init(_ value: String) { self.value = value }

    public var description: String { "******" }
    public var debugDescription: String { "******" }

    /// `text` with the password removed, in the forms an SMTP conversation can carry it: as it is, in
    /// base64 (AUTH LOGIN), and inside the base64 of AUTH PLAIN's `\0user\0password`.
    public func redact(_ text: String, user: String?) -> String {
        guard !value.isEmpty else { return text }
        var forms = [value, Data(value.utf8).base64EncodedString()]
        if let user { forms.append(Data("\u{0}\(user)\u{0}\(value)".utf8).base64EncodedString()) }
        return forms.reduce(text) { $0.replacingOccurrences(of: $1, with: "******") }
    }

    /// Reads the password where the config points: an environment variable, or a file that only its owner
    /// can read (a password in a world-readable file is a leaked password, so such a file is refused).
    public static func read(_ source: MailSettings.PasswordSource,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(CredentialError) -> Secret {
        switch source {
        case .environment(let name):
            guard let value = environment[name], !value.isEmpty else { throw .environmentUnset(name) }
            return Secret(value)
        case .file(let url):
            var info = stat()
            guard stat(url.path, &info) == 0 else { throw .fileUnreadable(url.path, String(cString: strerror(errno))) }
            let mode = info.st_mode & 0o777
            guard mode & 0o077 == 0 else { throw .fileTooOpen(url.path, mode: mode) }
            guard let data = FileManager.default.contents(atPath: url.path),
                  let text = String(data: data, encoding: .utf8) else {
                throw .fileUnreadable(url.path, "无法读取，或不是UTF-8文本")
            }
            // Editors end files with a newline that is no part of the password.
            let value = text.hasSuffix("\r\n") ? String(text.dropLast(2)) : text.hasSuffix("\n") ? String(text.dropLast()) : text
            guard !value.isEmpty else { throw .fileUnreadable(url.path, "文件是空的") }
            return Secret(value)
        }
    }
}

/// Why the password could not be had; each message says what to do and never contains the password.
public enum CredentialError: Error, Sendable, Equatable, CustomStringConvertible {
    case environmentUnset(String)
    case fileUnreadable(String, String)
    case fileTooOpen(String, mode: mode_t)

    public var description: String {
        switch self {
        case .environmentUnset(let name):
            return "环境变量 \(name) 未设置或为空：mail.password_env 指定从它读取SMTP口令（cron 与 systemd 不继承登录时的环境变量，请在任务定义中设置）"
        case .fileUnreadable(let path, let reason):
            return "无法读取口令文件 \(path)：\(reason)"
        case .fileTooOpen(let path, let mode):
            return "口令文件 \(path) 的权限是 \(String(mode, radix: 8))，同组或其他用户也能读取；请执行 chmod 600 \(path)"
        }
    }
}
