/// A rectangle of cells. Rows and columns count from zero, as in libxlsxwriter: row 0 is Excel's
/// row 1 and column 0 is column A.
public struct CellRange: Hashable, Sendable {
    /// Excel's limits: 1,048,576 rows and 16,384 columns (A to XFD).
    public static let rowCount = 1_048_576
    public static let columnCount = 16_384

    public var rows: ClosedRange<Int>
    public var columns: ClosedRange<Int>

    public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        self.rows = rows
        self.columns = columns
    }

    /// A single cell.
    public init(row: Int, column: Int) {
        self.init(rows: row...row, columns: column...column)
    }

    /// Whether the whole range lies inside a worksheet.
    public var isInSheet: Bool {
        rows.lowerBound >= 0 && rows.upperBound < Self.rowCount
            && columns.lowerBound >= 0 && columns.upperBound < Self.columnCount
    }

    /// `B3` for a single cell, `A1:D10` for a range.
    public var reference: String {
        reference(absolute: false)
    }

    /// `$B$3` for a single cell, `$A$1:$D$10` for a range: for formulas that are copied around.
    public var absoluteReference: String {
        reference(absolute: true)
    }

    /// The letters of a column: 0 is `A`, 25 is `Z`, 26 is `AA`.
    public static func columnName(_ column: Int) -> String {
        precondition(column >= 0, "column \(column) is negative")
        var letters: [Character] = []
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))))
            rest = (rest - 1) / 26
        }
        return String(letters.reversed())
    }

    private func reference(absolute: Bool) -> String {
        // Error messages describe ranges that are not in the sheet too, so never trap here.
        guard isInSheet else {
            return "rows \(rows.lowerBound)...\(rows.upperBound), "
                + "columns \(columns.lowerBound)...\(columns.upperBound) (zero-based)"
        }
        let dollar = absolute ? "$" : ""
        func name(_ row: Int, _ column: Int) -> String {
            "\(dollar)\(Self.columnName(column))\(dollar)\(row + 1)"
        }
        let first = name(rows.lowerBound, columns.lowerBound)
        if rows.count == 1 && columns.count == 1 {
            return first
        }
        return "\(first):\(name(rows.upperBound, columns.upperBound))"
    }
}
