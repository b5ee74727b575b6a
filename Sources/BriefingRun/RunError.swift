import BriefingCore
import BriefingDelivery
import BriefingRender

/// Why a run stopped, with the exit code of cli-and-config.md that tells cron and the operator what to do.
public enum RunError: Error, CustomStringConvertible {
    case config(ConfigError)
    case template(TemplateError)
    case inputMissing(kind: InputKind, pattern: String)
    case unknownUnit(String, nearMatches: [String])
    case unknownSender(String, nearMatches: [String])
    /// `--team` names no team of the roster: a mistyped command line.
    case unknownTeam(String, nearMatches: [String])
    /// A command line that cannot be carried out as written.
    case usage(String)
    case noReports
    case output(path: String, reason: String)
    /// Another run holds the output folder's lock; `holder` is its pid when it has written it.
    case locked(lockFile: String, holder: Int32?)
    /// The run history's SQLite file cannot be opened or written.
    case history(path: String, reason: String)
    case mailNotConfigured(configFile: String)
    case credentials(CredentialError)
    /// `briefing mail` found no run to send from.
    case noRunRecorded(outputDirectory: String)
    case manifestUnreadable(path: String, reason: String)

    public var exitCode: Int32 {
        switch self {
        case .config, .template: return 78
        case .inputMissing: return 66
        case .unknownUnit, .unknownSender: return 69
        case .unknownTeam, .usage: return 64
        case .noReports: return 66
        case .output, .history: return 73
        case .locked: return 75
        case .mailNotConfigured, .credentials: return 78
        case .noRunRecorded, .manifestUnreadable: return 66
        }
    }

    public var description: String {
        switch self {
        case .config(let error): return "配置错误：\(error)"
        case .template(let error): return "\(error)"
        case .inputMissing(let kind, let pattern):
            return "找不到\(kind.chineseName)：\(pattern) 没有匹配到任何可读的文件"
        case .unknownUnit(let name, let near):
            return near.isEmpty ? "配置中没有名为“\(name)”的单位"
                : "配置中没有名为“\(name)”的单位。相近的有：\(near.joined(separator: "、"))"
        case .unknownSender(let name, let near):
            return "配置的 senders 和工作队名册的派出单位中都没有“\(name)”"
                + (near.isEmpty ? "" : "。相近的有：\(near.joined(separator: "、"))")
        case .unknownTeam(let id, let near):
            return "工作队名册中没有编号为“\(id)”的工作队（或该队的名册记录有错误未被接受，见 briefing validate）"
                + (near.isEmpty ? "" : "。相近的有：\(near.joined(separator: "、"))")
        case .usage(let message): return message
        case .noReports: return "没有任何有效的工作队月报，无法确定统计期；请检查月报文件，或用 --period 指定"
        case .output(let path, let reason): return "无法写入 \(path)：\(reason)"
        case .locked(let file, let holder):
            let who = holder.map { "进程 \($0) " } ?? "另一个进程"
            return "\(who)正在运行 briefing（锁文件 \(file)），本次不运行；它结束后再试"
        case .history(let path, let reason): return "运行记录 \(path) 无法读写：\(reason)"
        case .mailNotConfigured(let file): return "\(file) 中没有 mail 段，不知道如何发送邮件（写法见 README.md）"
        case .credentials(let error): return "无法取得SMTP口令：\(error)"
        case .noRunRecorded(let directory):
            return "\(directory) 中还没有运行记录；请先运行 briefing nightly，或用 --period 指定统计期"
        case .manifestUnreadable(let path, let reason): return "无法读取运行清单 \(path)：\(reason)"
        }
    }
}
