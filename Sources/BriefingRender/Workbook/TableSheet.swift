import BriefingCore
import Foundation
import XlsxWriter

/// What a cell of a report table holds. Blank (not reported) is its own case, never written as 0.
enum TableCell {
    case text(String)
    case count(Int64)
    case money(fen: Int64)
    /// A ratio, shown as a percentage.
    case ratio(Double)
    /// Not reported; the note, if any, says so on the cell.
    case blank(note: String?)
}

/// A worksheet laid out as every table in the workbooks is: a title row with the unit and window, a
/// header row, frozen headers, an autofilter, columns wide enough for Chinese text, and A4 landscape
/// printing one page wide with the header rows repeated and 第&P页 共&N页 in the footer.
///
/// Workbooks are written in constant-memory mode, so rows go strictly in order and everything that
/// touches the rows as a whole (the autofilter) is set up front, from the number of rows to come.
struct TableSheet {
    static let titleRow = 0
    static let headerRow = 1
    static let firstDataRow = 2

    let sheet: Worksheet
    /// The unit money cells are shown in (`万元` where the config says so); values are converted from 分.
    let moneyUnit: MoneyUnit
    private var widths: [Double]
    private let titleWidth: Double

    /// Headers wrap onto up to three lines, so a long metric name does not make its column wide; cell
    /// text is not wrapped and sets the width, up to a limit that keeps a table printable.
    static let headerWidthLimit = 12.0
    static let cellWidthLimit = 40.0
    private(set) var nextRow = TableSheet.firstDataRow

    static let titleFormat = CellFormat(bold: true, fontSize: 14, horizontalAlignment: .center, verticalAlignment: .center)
    static let headerFormat = CellFormat(bold: true, horizontalAlignment: .center, verticalAlignment: .center,
                                         wrapsText: true, border: .thin, backgroundColor: .init(rgb: 0xDD_EB_F7))
    static let textFormat = CellFormat(border: .thin)
    static let countFormat = CellFormat(numberFormat: "#,##0", border: .thin)
    static let moneyFormat = CellFormat(numberFormat: "#,##0.00", border: .thin)
    static let ratioFormat = CellFormat(numberFormat: "0.0%", border: .thin)
    static let blankFormat = CellFormat(border: .thin, backgroundColor: .init(rgb: 0xF2_F2_F2))

    init(in workbook: Workbook, name: String, title: String, headers: [String], rowCount: Int,
         moneyUnit: MoneyUnit = .yuan) throws {
        sheet = try workbook.addWorksheet(named: name)
        self.moneyUnit = moneyUnit
        widths = headers.map { min(max(8, ColumnWidth.estimate(for: $0)), TableSheet.headerWidthLimit) }
        titleWidth = ColumnWidth.estimate(for: title, fontSize: TableSheet.titleFormat.fontSize ?? 11)
        try sheet.setRowHeight(28, row: TableSheet.titleRow)
        try sheet.merge(CellRange(rows: 0...0, columns: 0...max(headers.count - 1, 0)), string: title,
                        format: TableSheet.titleFormat)
        try sheet.setRowHeight(45, row: TableSheet.headerRow)
        for (column, header) in headers.enumerated() {
            try sheet.writeString(header, row: TableSheet.headerRow, column: column, format: TableSheet.headerFormat)
        }
        try sheet.freezePanes(topRows: TableSheet.firstDataRow)
        sheet.setLandscape()
        sheet.setPaper(.a4)
        try sheet.fitToPages(wide: 1, tall: nil)
        try sheet.repeatRows(TableSheet.titleRow...TableSheet.headerRow)
        try sheet.setFooter("&C第&P页 共&N页")
        if rowCount > 0 {
            try sheet.setAutofilter(CellRange(rows: TableSheet.headerRow...(TableSheet.headerRow + rowCount),
                                              columns: 0...(headers.count - 1)))
        }
    }

    /// Writes the next row and widens columns to fit it.
    mutating func append(_ cells: [TableCell], format: CellFormat? = nil) throws {
        for (column, cell) in cells.enumerated() {
            try write(cell, row: nextRow, column: column, emphasis: format)
        }
        nextRow += 1
    }

    /// Sets the column widths from what was written; call once, last.
    func finish() throws {
        var widths = widths
        // A narrow table still shows its whole title, which is merged across it.
        let shortfall = titleWidth - widths.reduce(0, +)
        if shortfall > 0, let last = widths.indices.last { widths[last] += shortfall }
        for (column, width) in widths.enumerated() {
            try sheet.setColumnWidth(width, column: column)
        }
    }

    /// The characters `value` takes as `#,##0` shows it, for width estimates.
    private static func groupedLength(_ value: Int64) -> Int {
        var digits = 1
        var rest = value.magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return (value < 0 ? 1 : 0) + digits + (digits - 1) / 3
    }

    private mutating func write(_ cell: TableCell, row: Int, column: Int, emphasis: CellFormat?) throws {
        func styled(_ base: CellFormat) -> CellFormat {
            guard let emphasis else { return base }
            var format = base
            format.bold = emphasis.bold
            format.backgroundColor = emphasis.backgroundColor ?? base.backgroundColor
            return format
        }
        let width: Double
        switch cell {
        case .text(let text):
            try sheet.writeString(text, row: row, column: column, format: styled(TableSheet.textFormat))
            width = ColumnWidth.estimate(for: text)
        case .count(let value):
            try sheet.writeNumber(Double(value), row: row, column: column, format: styled(TableSheet.countFormat))
            width = ColumnWidth.estimate(characters: TableSheet.groupedLength(value))
        case .money(let fen):
            let value = Double(fen) / 100 / pow(10, Double(moneyUnit.powerOfTen))
            try sheet.writeNumber(value, row: row, column: column, format: styled(TableSheet.moneyFormat))
            width = ColumnWidth.estimate(characters: TableSheet.groupedLength(Int64(value)) + ".00".count)
        case .ratio(let value):
            try sheet.writeNumber(value, row: row, column: column, format: styled(TableSheet.ratioFormat))
            width = ColumnWidth.estimate(characters: "100.0%".count)
        case .blank(let note):
            try sheet.writeBlank(row: row, column: column, format: styled(TableSheet.blankFormat))
            if let note { try sheet.writeNote(note, row: row, column: column) }
            width = 0
        }
        if column < widths.count {
            widths[column] = max(widths[column], min(width, TableSheet.cellWidthLimit))
        }
    }
}
