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
