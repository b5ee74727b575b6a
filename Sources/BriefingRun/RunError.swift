import BriefingCore
import BriefingRender

/// Why a run stopped, with the exit code of cli-and-config.md that tells cron and the operator what to do.
public enum RunError: Error, CustomStringConvertible {
    case config(ConfigError)
    case template(TemplateError)
    case inputMissing(kind: InputKind, pattern: String)
    case unknownUnit(String, nearMatches: [String])
    case noReports
    case output(path: String, reason: String)

    public var exitCode: Int32 {
        switch self {
        case .config, .template: return 78
        case .inputMissing: return 66
        case .unknownUnit: return 69
        case .noReports: return 66
        case .output: return 73
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
        case .noReports: return "没有任何有效的工作队月报，无法确定统计期；请检查月报文件，或用 --period 指定"
        case .output(let path, let reason): return "无法写入 \(path)：\(reason)"
        }
    }
}
