/// What a worksheet's cells received, by kind: for throughput figures (cells a second), and so that
/// the same cells can be written again another way to compare (the benchmark's C-API baseline).
public struct CellTally: Hashable, Sendable {
    /// Non-empty texts, merged ranges' texts included (one each).
    public var strings = 0
    /// The UTF-8 bytes of those texts.
    public var stringBytes = 0
    public var numbers = 0
    /// Formatted empty cells, empty texts with a format included (libxlsxwriter writes those as blanks).
    public var blanks = 0
    public var formulas = 0
    /// Notes attached to cells; they are not cells of their own.
    public var notes = 0
    /// One past the last row and the last column written: the shape of the table.
    public var rows = 0
    public var columns = 0

    public init() {}

    /// The cells written.
    public var cells: Int { strings + numbers + blanks + formulas }

    mutating func extend(toRow row: Int, column: Int) {
        rows = max(rows, row + 1)
        columns = max(columns, column + 1)
    }
}
