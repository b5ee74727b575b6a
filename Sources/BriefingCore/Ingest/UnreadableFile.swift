/// A file that cannot be opened or read at all (exit 66), as opposed to one whose content is broken.
public struct UnreadableFile: Error, Sendable, Equatable {
    public let path: String
    /// The system's explanation.
    public let reason: String

    public var message: String { "无法读取文件：\(reason)" }
}
