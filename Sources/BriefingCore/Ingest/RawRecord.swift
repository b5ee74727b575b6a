/// One record as the file holds it, before any column is recognised or any value parsed.
public struct RawRecord: Sendable, Equatable {
    /// The physical line where the record starts (the header is line 1; in JSON, the line of its `{`).
    public let line: Int
    /// Column names as written, neither trimmed nor normalised: the CSV header (shared by every
    /// record of the file), or the JSON keys in file order (a key written twice appears twice).
    public let columns: [String]
    /// One per column, as written (surrounding spaces kept); a JSON number as its digits
    /// (`1935.5`, and `1.0E7` as `10000000`); nil for JSON null. A CSV cell is never nil.
    public let values: [String?]

    public init(line: Int, columns: [String], values: [String?]) {
        precondition(columns.count == values.count, "one value per column")
        self.line = line
        self.columns = columns
        self.values = values
    }

    /// Column and value together. Builds an array on each call: per-record work over big files is
    /// faster with `values` by position, mapped once from the header.
    public var cells: [RawCell] { zip(columns, values).map(RawCell.init) }
}

/// One cell: its column as written and its text as written.
public struct RawCell: Sendable, Equatable {
    public let column: String
    public let value: String?

    public init(column: String, value: String?) {
        self.column = column
        self.value = value
    }
}

/// A record lent by the parser while it is read: a CSV row's cells as UTF-8 spans of the parser's
/// buffer, decoded only when asked for, or a JSON record's decoded values. It must not outlive the
/// `ReadEventSink.record` call that passes it.
public struct RawRow {
    private enum Cells {
        /// The row's bytes and the end of each cell within them; each cell starts `gap` bytes (its
        /// delimiter) after the end of the one before.
        case utf8(UnsafeRawBufferPointer, ends: UnsafeBufferPointer<Int>, gap: Int)
        case decoded([String?])
    }

    /// As in `RawRecord`.
    public let line: Int
    public let columns: [String]
    private let cells: Cells

    init(line: Int, columns: [String], utf8 bytes: UnsafeRawBufferPointer, cellEnds: UnsafeBufferPointer<Int>, gap: Int) {
        precondition(columns.count == cellEnds.count, "one cell per column")
        self.line = line
        self.columns = columns
        cells = .utf8(bytes, ends: cellEnds, gap: gap)
    }

    public init(_ record: RawRecord) {
        line = record.line
        columns = record.columns
        cells = .decoded(record.values)
    }

    public var count: Int { columns.count }

    /// The cell's text as written; nil for JSON null.
    public func value(at index: Int) -> String? {
        switch cells {
        case .utf8(let bytes, let ends, let gap):
            return String(decoding: bytes[(index == 0 ? 0 : ends[index - 1] + gap)..<ends[index]], as: UTF8.self)
        case .decoded(let values):
            return values[index]
        }
    }

    /// The cell's UTF-8 as written; nil for JSON null.
    @inline(__always)
    public func withUTF8<Result>(at index: Int, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        switch cells {
        case .utf8(let bytes, let ends, let gap):
            return body(UnsafeRawBufferPointer(rebasing: bytes[(index == 0 ? 0 : ends[index - 1] + gap)..<ends[index]]))
        case .decoded(let values):
            guard var value = values[index] else { return nil }
            return value.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
    }

    /// The record as values that may be kept.
    public var record: RawRecord { RawRecord(line: line, columns: columns, values: (0..<count).map(value(at:))) }
}
