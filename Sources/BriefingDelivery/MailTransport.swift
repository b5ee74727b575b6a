/// Hands one rendered message to an SMTP server for one recipient.
public protocol MailTransport: Sendable {
    func send(_ message: MailMessage) throws(MailFailure)
}

/// Why a message was not delivered, and so what to do next. `detail` is what the server or the transport
/// said, with every form of the password already removed.
public enum MailFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// No conversation with the server (refused, unreachable, timed out): retried with backoff; if it
    /// persists, the rest of the run's mail waits for the next run.
    case unreachable(String)
    /// The server deferred this message (4xx): retried with backoff, then by the next run.
    case deferred(String)
    /// The server refused this message (5xx, e.g. an unknown recipient): the others still go; the next
    /// run tries it again.
    case rejected(String)
    /// The server refused the login: nothing can be sent until the operator fixes the credentials.
    case authentication(String)
    /// The transport cannot work as configured (msmtp missing, certificate not trusted, TLS refused).
    case configuration(String)
    /// The workbook or briefing to send is missing or differs from the one the run recorded.
    case attachment(String)

    /// Worth trying again within the same run, after a wait.
    public var isTransient: Bool {
        switch self {
        case .unreachable, .deferred: return true
        default: return false
        }
    }

    /// Ends the run's sending: every later message would fail the same way.
    public var stopsDelivery: Bool {
        switch self {
        case .unreachable, .authentication, .configuration: return true
        default: return false
        }
    }

    /// 78 where the operator must change the config or the credentials, 75 where time may fix it.
    public var exitCode: Int32 {
        switch self {
        case .authentication, .configuration: return 78
        default: return 75
        }
    }

    public var detail: String {
        switch self {
        case .unreachable(let text), .deferred(let text), .rejected(let text), .authentication(let text),
             .configuration(let text), .attachment(let text):
            return text
        }
    }

    public var description: String {
        switch self {
        case .unreachable: return "无法连接邮件服务器（\(detail)）"
        case .deferred: return "邮件服务器暂缓接收（\(detail)）"
        case .rejected: return "邮件服务器拒收（\(detail)）"
        case .authentication: return "邮件服务器拒绝登录，请检查 mail 中的 user 与口令（\(detail)）"
        case .configuration: return "邮件发送设置有误（\(detail)）"
        case .attachment: return "附件有问题（\(detail)）"
        }
    }
}
