import BriefingCore
import Foundation

/// Sends through Debian's msmtp, which does STARTTLS, certificate checks and AUTH.
///
/// The password never appears on msmtp's command line (visible to every user in `ps`) nor in a file: it
/// passes through the environment of the msmtp process alone, which msmtp's `passwordeval` echoes back.
/// Everything msmtp says is redacted before it becomes a `MailFailure`.
public struct MsmtpTransport: MailTransport {
    private static let passwordVariable = "BRIEFING_MSMTP_PASSWORD"

    public let settings: MailSettings
    private let password: Secret?

    /// `password` is required when the settings name a user.
    public init(settings: MailSettings, password: Secret?) {
        self.settings = settings
        self.password = password
    }

    /// msmtp's options: no config file (`-C /dev/null`), so that nothing in `~/.msmtprc` changes what is sent.
    var arguments: [String] {
        var arguments = ["-C", "/dev/null", "--host=\(settings.host)", "--port=\(settings.port)",
                         "--timeout=\(settings.timeoutSeconds)", "--from=\(settings.from)", "--syslog=off"]
        switch settings.security {
        case .starttls: arguments += ["--tls=on", "--tls-starttls=on"]
        case .smtps: arguments += ["--tls=on", "--tls-starttls=off"]
        case .none: arguments += ["--tls=off"]
        }
        if let caFile = settings.caFile { arguments.append("--tls-trust-file=\(caFile.path)") }
        if let user = settings.user {
            arguments += ["--auth=on", "--user=\(user)", "--passwordeval=printf '%s' \"$\(Self.passwordVariable)\""]
        } else {
            arguments.append("--auth=off")
        }
        return arguments
    }

    public func send(_ message: MailMessage) throws(MailFailure) {
        // The message goes in through a file rather than a pipe: msmtp may exit before reading its input
        // (server down), and a write to a closed pipe would kill this process.
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-mail-\(UUID().uuidString).eml")
        defer { try? FileManager.default.removeItem(at: input) }
        let errors = Pipe()
        let process = Process()
        do {
            guard FileManager.default.createFile(atPath: input.path, contents: message.rendered(),
                                                 attributes: [.posixPermissions: 0o600]) else {
                throw MailFailure.configuration("无法写临时文件 \(input.path)")
            }
            process.executableURL = URL(fileURLWithPath: settings.msmtp)
            process.arguments = arguments + ["--", message.to]
            var environment = ProcessInfo.processInfo.environment
            environment[Self.passwordVariable] = password?.value
            process.environment = environment
            process.standardInput = try FileHandle(forReadingFrom: input)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
        } catch let failure as MailFailure {
            throw failure
        } catch {
            throw .configuration("无法运行 \(settings.msmtp)（\(error.localizedDescription)）；请安装 msmtp（apt-get install msmtp）或在 mail.msmtp 中写明其位置")
        }
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationReason == .exit, process.terminationStatus == 0 { return }
        throw Self.failure(status: process.terminationStatus, stderr: redact(said))
    }

    private func redact(_ text: String) -> String {
        password?.redact(text, user: settings.user) ?? text
    }

    /// msmtp exits with sysexits codes; its last words name the server's reply where there was one.
    static func failure(status: Int32, stderr: String) -> MailFailure {
        let lines = stderr.split(whereSeparator: \.isNewline)
            .map { $0.hasPrefix("msmtp: ") ? String($0.dropFirst(7)) : String($0) }
            .filter { $0 != "could not send mail" && !$0.isEmpty }
        let detail = lines.isEmpty ? "msmtp 退出码 \(status)" : lines.joined(separator: "；")
        let serverReply = lines.last { $0.hasPrefix("server message: ") }.map { $0.dropFirst("server message: ".count) }
        switch status {
        case 77:
            return .authentication(detail)
        case 68, 71, 74:
            return .unreachable(detail)
        case 75:
            return serverReply?.first == "4" ? .deferred(detail) : .unreachable(detail)
        case 65, 69, 76:
            // msmtp uses EX_UNAVAILABLE both for a refused message and for TLS trouble; the server's
            // reply code tells them apart.
            if serverReply?.first == "5" { return .rejected(detail) }
            if serverReply?.first == "4" { return .deferred(detail) }
            return status == 69 ? .configuration(detail) : .rejected(detail)
        default:
            return .configuration(detail)
        }
    }
}
