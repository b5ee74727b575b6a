/// Something wrong with a file's bytes or structure, found while cutting it into records.
/// The caller adds the file's name; `line`, `byteOffset` and `column` say where in it.
public struct ReadProblem: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Nothing but blank lines, or 0 bytes. A warning.
        case emptyFile
        /// The byte at `byteOffset` decodes in no allowed encoding: the whole file is rejected.
        /// `declared` is the encoding a byte-order mark promised, if there was one.
        case undecodable(declared: TextEncoding?, looksLikeWorkbook: Bool)
        /// A quote opened on `line` never closes: that record and the rest of the file are rejected.
        case unterminatedQuote
        case wrongCellCount(expected: Int, found: Int)
        /// A record beyond what the reader holds in memory.
        case recordTooLong(limitBytes: Int)
        /// JSON that does not parse; `detail` says what (and the line, when it is not the record's first).
        case invalidJSON(detail: String)
        /// A JSON value under key `column` that is neither text, a number nor null.
        case unsupportedValue(JSONValueType)
        /// Reading stopped part way: the rest of the file is rejected.
        case readFailed(reason: String)
    }

    /// JSON values a cell cannot hold.
    public enum JSONValueType: String, Sendable, Equatable {
        case boolean = "真假值"
        case array = "数组"
        case object = "对象"
    }

    public let kind: Kind
    /// The physical line: where the record starts, or where the quote opened.
    public let line: Int?
    /// Counted from 0 at the first byte of the file; for undecodable files.
    public let byteOffset: Int?
    /// The JSON key concerned.
    public let column: String?
    /// True when this problem stands for one record that was read and rejected (see ReadEvent).
    public let rejectsRecord: Bool

    public init(_ kind: Kind, line: Int?, byteOffset: Int? = nil, column: String? = nil, rejectsRecord: Bool) {
        self.kind = kind
        self.line = line
        self.byteOffset = byteOffset
        self.column = column
        self.rejectsRecord = rejectsRecord
    }

    public var isWarning: Bool { kind == .emptyFile }

    /// What a clerk reads, without the file name and line the caller puts in front.
    public var message: String {
        let resave = "请在 Excel 或 WPS 中“另存为”CSV UTF-8（逗号分隔）格式。"
        switch kind {
        case .emptyFile:
            return "文件是空的，没有读到任何内容。"
        case .undecodable(_, looksLikeWorkbook: true):
            return "这是 Excel 或 WPS 工作簿，不是 CSV 文本文件：" + resave
        case .undecodable(let declared?, _):
            return "文件开头标明是 \(declared) 编码，但从开头数第 \((byteOffset ?? 0) + 1) 个字节无法按 \(declared) 解读。" + resave
        case .undecodable(nil, _):
            return "从文件开头数第 \((byteOffset ?? 0) + 1) 个字节无法识别：文件既不是 UTF-8 也不是 GB18030 编码。" + resave
        case .unterminatedQuote:
            return "这一行有一个引号（\"）没有对应的结束引号，从这一行到文件末尾都无法读取。请检查这一行的引号：单元格里的引号要写成两个（\"\"）。"
        case .wrongCellCount(let expected, let found):
            return "这一行有 \(found) 个单元格，而表头有 \(expected) 列：请检查是否多了或少了分隔符。"
        case .recordTooLong(let limit):
            return "这条记录超过 \(limit / (1 << 20)) MB，无法读取：请检查是否缺少换行或引号。"
        case .invalidJSON(let detail):
            return "JSON 格式错误：\(detail)"
        case .unsupportedValue(let type):
            return "“\(column ?? "")”的值是\(type.rawValue)，只能是文字、数字或 null。"
        case .readFailed(let reason):
            return "读取文件时出错（\(reason)），其余内容没有读取。"
        }
    }
}
