import CXlsxWriter

/// A sheet of a `Workbook`, made by `Workbook.addWorksheet(named:)`.
///
/// Rows and columns count from zero. Every method throws `XlsxError` on failure, with this
/// sheet's name and the cell or range. Using a worksheet after its workbook is closed is a
/// programming error and stops the program (libxlsxwriter has freed it by then). Like its
/// workbook, a worksheet must stay on one thread.
public final class Worksheet {
    /// Excel's longest text, counted as libxlsxwriter counts it (its `LXW_STR_MAX` is private).
    public static let maxStringLength = 32_767

    public let name: String
    /// Kept strongly, so the C workbook that owns `pointer` lives as long as this sheet.
    private let workbook: Workbook
    private let pointer: UnsafeMutablePointer<lxw_worksheet>
    /// Its place among the workbook's sheets, where its `CellTally` is kept.
    private let index: Int

    init(name: String, workbook: Workbook, pointer: UnsafeMutablePointer<lxw_worksheet>, index: Int) {
        self.name = name
        self.workbook = workbook
        self.pointer = pointer
        self.index = index
    }

    /// What this sheet's cells have received so far.
    public var tally: CellTally { workbook.cellTallies[index] }

    // MARK: Cells

    /// Writes text, always as a string: a text starting with `=` stays text. An empty text with
    /// no format writes nothing (libxlsxwriter's rule); with a format it writes a blank cell.
    public func writeString(_ value: String, row: Int, column: Int, format: CellFormat? = nil) throws {
        let context = context("worksheet_write_string", CellRange(row: row, column: column))
        let (cRow, cColumn) = try cell(row, column, context)
        try context.checkText(value, "the text")
        let cFormat = try workbook.format(format, context: context)
        try context.check(worksheet_write_string(live, cRow, cColumn, value, cFormat))
        workbook.tally(sheet: index) { tally in
            if !value.isEmpty {
                tally.strings += 1
                tally.stringBytes += value.utf8.count
            } else if format != nil {
                tally.blanks += 1
            } else {
                return
            }
            tally.extend(toRow: row, column: column)
        }
    }

    /// Writes a number. NaN and infinities are refused: Excel has no cell for them.
    public func writeNumber(_ value: Double, row: Int, column: Int, format: CellFormat? = nil) throws {
        let context = context("worksheet_write_number", CellRange(row: row, column: column))
        let (cRow, cColumn) = try cell(row, column, context)
        try checkFinite(value, context)
        let cFormat = try workbook.format(format, context: context)
        try context.check(worksheet_write_number(live, cRow, cColumn, value, cFormat))
        workbook.tally(sheet: index) { tally in
            tally.numbers += 1
            tally.extend(toRow: row, column: column)
        }
    }

    /// Writes an empty cell that carries a format, for borders or fills around data.
    public func writeBlank(row: Int, column: Int, format: CellFormat) throws {
        let context = context("worksheet_write_blank", CellRange(row: row, column: column))
        let (cRow, cColumn) = try cell(row, column, context)
        let cFormat = try workbook.format(format, context: context)
        try context.check(worksheet_write_blank(live, cRow, cColumn, cFormat))
        workbook.tally(sheet: index) { tally in
            tally.blanks += 1
            tally.extend(toRow: row, column: column)
        }
    }

    /// Writes a formula such as `=SUM(B2:B9)` with the result that readers which do not
    /// calculate (viewers, converters) will show.
    public func writeFormula(
        _ formula: String, cachedResult: Double, row: Int, column: Int, format: CellFormat? = nil
    ) throws {
        let context = context("worksheet_write_formula_num", CellRange(row: row, column: column))
        let (cRow, cColumn) = try cell(row, column, context)
        try context.checkText(formula, "the formula")
        try checkFinite(cachedResult, context)
        let cFormat = try workbook.format(format, context: context)
        try context.check(worksheet_write_formula_num(live, cRow, cColumn, formula, cFormat, cachedResult))
        workbook.tally(sheet: index) { tally in
            tally.formulas += 1
            tally.extend(toRow: row, column: column)
        }
    }

    /// Attaches a note (a comment, shown on hover) to a cell.
    public func writeNote(_ text: String, row: Int, column: Int, author: String? = nil) throws {
        let context = context("worksheet_write_comment_opt", CellRange(row: row, column: column))
        let (cRow, cColumn) = try cell(row, column, context)
        try context.checkText(text, "the note")
        if let author {
            try context.checkText(author, "the author")
            try author.withCString { cAuthor in
                var options = lxw_comment_options()
                options.author = UnsafeMutablePointer(mutating: cAuthor)
                try context.check(worksheet_write_comment_opt(live, cRow, cColumn, text, &options))
            }
        } else {
            try context.check(worksheet_write_comment(live, cRow, cColumn, text))
        }
        workbook.tally(sheet: index) { $0.notes += 1 }
    }

    /// Merges a range into one cell that shows `string`.
    public func merge(_ range: CellRange, string: String, format: CellFormat? = nil) throws {
        let context = context("worksheet_merge_range", range)
        let (firstRow, firstColumn, lastRow, lastColumn) = try cells(range, context)
        try context.checkText(string, "the text")
        // worksheet_merge_range ignores the result of writing its text, so check what would fail.
        if string.unicodeScalars.count > Self.maxStringLength {
            throw context.error(.maxStringLengthExceeded)
        }
        let cFormat = try workbook.format(format, context: context)
        if workbook.options.constantMemory {
            // The merge's own write of the text fails silently once the first row is written;
            // writing it here first reports that.
            try context.check(worksheet_write_string(live, firstRow, firstColumn, string, cFormat))
        }
        try context.check(worksheet_merge_range(live, firstRow, firstColumn, lastRow, lastColumn, string, cFormat))
        workbook.tally(sheet: index) { tally in
            if !string.isEmpty {
                tally.strings += 1
                tally.stringBytes += string.utf8.count
            }
            tally.extend(toRow: range.rows.upperBound, column: range.columns.upperBound)
        }
    }

    // MARK: Layout

    /// Sets the width of columns, in Excel's units (the width of a `0`); see `ColumnWidth`.
    public func setColumnWidth(_ width: Double, columns: ClosedRange<Int>, format: CellFormat? = nil) throws {
        let range = CellRange(rows: 0...0, columns: columns)
        var context = context("worksheet_set_column")
        context.cell =
            range.isInSheet
            ? "\(CellRange.columnName(columns.lowerBound)):\(CellRange.columnName(columns.upperBound))"
            : "columns \(columns) (zero-based)"
        let (_, firstColumn, _, lastColumn) = try cells(range, context)
        guard (0...ColumnWidth.maximum).contains(width) else {
            throw context.error(.parameterValidation, "width \(width) is outside Excel's 0...255")
        }
        let cFormat = try workbook.format(format, context: context)
        try context.check(worksheet_set_column(live, firstColumn, lastColumn, width, cFormat))
    }

    public func setColumnWidth(_ width: Double, column: Int) throws {
        try setColumnWidth(width, columns: column...column)
    }

    /// Sets the height of a row in points; 0 hides it.
    public func setRowHeight(_ height: Double, row: Int, format: CellFormat? = nil) throws {
        var context = context("worksheet_set_row")
        context.cell = row >= 0 ? "\(row + 1):\(row + 1)" : "row \(row) (zero-based)"
        let (cRow, _) = try cell(row, 0, context)
        guard (0...409).contains(height) else {
            throw context.error(.parameterValidation, "height \(height) is outside Excel's 0...409 points")
        }
        let cFormat = try workbook.format(format, context: context)
        try context.check(worksheet_set_row(live, cRow, height, cFormat))
    }

    /// Keeps the top `topRows` rows and the left `leftColumns` columns in view while scrolling.
    public func freezePanes(topRows: Int, leftColumns: Int = 0) throws {
        let context = context("worksheet_freeze_panes", CellRange(row: topRows, column: leftColumns))
        let (cRow, cColumn) = try cell(topRows, leftColumns, context)
        worksheet_freeze_panes(live, cRow, cColumn)
    }

    /// Adds filter buttons to the first row of `range`. In constant-memory mode call it before
    /// writing the rows it covers; afterwards it throws `.worksheetIndexOutOfRange`.
    public func setAutofilter(_ range: CellRange) throws {
        let context = context("worksheet_autofilter", range)
        let (firstRow, firstColumn, lastRow, lastColumn) = try cells(range, context)
        try context.check(worksheet_autofilter(live, firstRow, firstColumn, lastRow, lastColumn))
    }

    /// Hides the gridlines on screen and on paper.
    public func hideGridlines() {
        worksheet_gridlines(live, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue))
    }

    // MARK: Printing

    public func setLandscape() {
        worksheet_set_landscape(live)
    }

    public func setPaper(_ paper: PaperSize) {
        worksheet_set_paper(live, paper.code)
    }

    /// Scales the printout to `wide` pages across and `tall` pages down; `nil` lets it run onto as
    /// many pages down as it needs.
    public func fitToPages(wide: Int, tall: Int? = nil) throws {
        let context = context("worksheet_fit_to_pages")
        let pages = 1...Int(Int16.max)
        guard pages.contains(wide), tall.map(pages.contains) ?? true else {
            throw context.error(.parameterValidation, "page counts must be in \(pages)")
        }
        worksheet_fit_to_pages(live, UInt16(wide), UInt16(tall ?? 0))
    }

    /// Prints `rows` at the top of every page.
    public func repeatRows(_ rows: ClosedRange<Int>) throws {
        var context = context("worksheet_repeat_rows")
        context.cell =
            rows.lowerBound >= 0 ? "\(rows.lowerBound + 1):\(rows.upperBound + 1)" : "rows \(rows) (zero-based)"
        let (firstRow, _, lastRow, _) = try cells(CellRange(rows: rows, columns: 0...0), context)
        try context.check(worksheet_repeat_rows(live, firstRow, lastRow))
    }

    /// Sets the page header, in Excel's codes: `&L`, `&C`, `&R` for the sections, `&P` for the page
    /// number, `&N` for the page count, `&A` for the sheet name, `&&` for `&`. At most 255 characters.
    public func setHeader(_ text: String) throws {
        let context = context("worksheet_set_header")
        try checkHeaderFooter(text, context)
        try context.check(worksheet_set_header(live, text))
    }

    /// Sets the page footer, for instance `&C第&P页 共&N页`; see `setHeader(_:)`.
    public func setFooter(_ text: String) throws {
        let context = context("worksheet_set_footer")
        try checkHeaderFooter(text, context)
        try context.check(worksheet_set_footer(live, text))
    }

    /// Sets the page margins in inches; `nil` keeps Excel's default for that side.
    public func setMargins(
        left: Double? = nil, right: Double? = nil, top: Double? = nil, bottom: Double? = nil
    ) throws {
        let context = context("worksheet_set_margins")
        let margins = [left, right, top, bottom].compactMap { $0 }
        guard margins.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw context.error(.parameterValidation, "margins must be finite and not negative")
        }
        // libxlsxwriter keeps its default for a negative margin.
        worksheet_set_margins(live, left ?? -1, right ?? -1, top ?? -1, bottom ?? -1)
    }

    // MARK: Conditional formats and charts

    /// Gives the cells of `range` whose number meets `condition` the look of `format`; Excel
    /// re-evaluates it as the numbers change.
    public func highlightCells(in range: CellRange, where condition: CellCondition, format: CellFormat) throws {
        let context = context("worksheet_conditional_format_range", range)
        let (firstRow, firstColumn, lastRow, lastColumn) = try cells(range, context)
        try checkFinite(condition.value, context)
        var rule = lxw_conditional_format()
        rule.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
        rule.criteria = condition.lxwCriteria
        rule.value = condition.value
        rule.format = try workbook.format(format, context: context)
        try context.check(
            worksheet_conditional_format_range(live, firstRow, firstColumn, lastRow, lastColumn, &rule))
    }

    /// Places a chart with its top-left corner in a cell; the size is in pixels.
    public func insertChart(_ chart: Chart, row: Int, column: Int, width: Int = 480, height: Int = 288) throws {
        let context = context("worksheet_insert_chart_opt", CellRange(row: row, column: column))
        let (cRow, cColumn) = try cell(row, column, context)
        guard width > 0, height > 0 else {
            throw context.error(.parameterValidation, "chart size \(width)×\(height) is not positive")
        }
        try chart.validate(sheetExists: workbook.hasWorksheet(named:), context: context)
        let cChart = try workbook.makeChart(chart, context: context)
        // libxlsxwriter sizes charts as a scale of its default 480×288 pixels.
        var options = lxw_chart_options()
        options.x_scale = Double(width) / 480
        options.y_scale = Double(height) / 288
        try context.check(worksheet_insert_chart_opt(live, cRow, cColumn, cChart, &options))
    }

    // MARK: Checks

    /// The C worksheet, which exists only while the workbook is open.
    private var live: UnsafeMutablePointer<lxw_worksheet> {
        workbook.requireOpen("worksheet '\(name)'")
        return pointer
    }

    /// Starts every operation, so that one after close stops the program before any check throws.
    private func context(_ operation: String, _ range: CellRange? = nil) -> ErrorContext {
        workbook.requireOpen("worksheet '\(name)'")
        return ErrorContext(operation, sheet: name, range: range)
    }

    private func cell(_ row: Int, _ column: Int, _ context: ErrorContext) throws -> (lxw_row_t, lxw_col_t) {
        let (cRow, cColumn, _, _) = try cells(CellRange(row: row, column: column), context)
        return (cRow, cColumn)
    }

    /// Converts a range to libxlsxwriter's integer types, which would trap on a negative value.
    private func cells(_ range: CellRange, _ context: ErrorContext) throws
        -> (lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t)
    {
        guard range.isInSheet else {
            throw context.error(.worksheetIndexOutOfRange)
        }
        return (
            lxw_row_t(range.rows.lowerBound), lxw_col_t(range.columns.lowerBound),
            lxw_row_t(range.rows.upperBound), lxw_col_t(range.columns.upperBound)
        )
    }

    /// libxlsxwriter prints numbers with `%G`, which turns NaN and infinity into text Excel rejects.
    private func checkFinite(_ value: Double, _ context: ErrorContext) throws {
        guard value.isFinite else {
            throw context.error(.parameterValidation, "\(value) is not a finite number")
        }
    }

    private func checkHeaderFooter(_ text: String, _ context: ErrorContext) throws {
        try context.checkText(text, "the text")
        // libxlsxwriter 1.1.4 frees the text when an image placeholder has no image, then frees
        // it again when the workbook closes.
        if text.contains("&G") || text.contains("&[Picture]") {
            throw context.error(
                .parameterValidation, "images in headers and footers (&G, &[Picture]) are not supported")
        }
    }
}

@available(*, unavailable, message: "libxlsxwriter is single-threaded: keep a workbook and its sheets on one thread")
extension Worksheet: Sendable {}
