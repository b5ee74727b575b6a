import Foundation

/// Why `briefing sample` could not write its data set.
public enum SampleError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// `--counties`, `--teams` or `--months` out of range.
    case invalidOption(name: String, value: Int, allowed: ClosedRange<Int>)
    /// The output folder already holds input files this run would not overwrite, which a glob would pick up.
    case foreignFiles(folder: String, names: [String])
    case encodingFailed(file: String)

    public var description: String {
        switch self {
        case let .invalidOption(name, value, allowed):
            "\(name) 为 \(value)，应在 \(allowed.lowerBound)…\(allowed.upperBound) 之间"
        case let .foreignFiles(folder, names):
            "输出目录 \(folder) 中已有本次不会覆盖的文件（\(names.prefix(3).joined(separator: "、"))"
                + (names.count > 3 ? " 等 \(names.count) 个" : "") + "），请换一个空目录或先删除它们"
        case let .encodingFailed(file):
            "无法把 \(file) 转为 GB18030 编码"
        }
    }

    public var errorDescription: String? { description }
}
