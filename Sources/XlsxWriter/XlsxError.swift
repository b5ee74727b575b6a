import CXlsxWriter

/// A failure of a workbook operation.
///
/// Either libxlsxwriter returned an error, or this layer refused to make a call that libxlsxwriter
/// would have mishandled silently (an invalid sheet name, a value it would truncate, …). In both
/// cases `code` is a libxlsxwriter error code and `message` is libxlsxwriter's text for it
/// (`lxw_strerror`); `detail` says why this layer refused, when it did.
///
///     do {
///         try sheet.setAutofilter(CellRange(rows: 0...9, columns: 0...3))
///     } catch let error as XlsxError where error.code == .worksheetIndexOutOfRange {
///         // In constant-memory mode the rows were already written.
///     }
public struct XlsxError: Error, Hashable, CustomStringConvertible {
    /// The libxlsxwriter error code.
    public let code: Code
    /// libxlsxwriter's message for `code`.
    public let message: String
    /// The libxlsxwriter function that failed, or the method of this layer that refused to call it.
    public let operation: String
    /// The worksheet involved, if any.
    public let sheet: String?
    /// The cell or range involved, in A1 notation (`B3`, `A1:D10`, `A:C`, `2:2`), or the
    /// defined name, if any.
    public let cell: String?
    /// Why this layer refused the call, or what else is known about the failure.
    public let detail: String?

    init(
        _ code: Code, operation: String, sheet: String? = nil, cell: String? = nil,
        detail: String? = nil
    ) {
        self.code = code
        self.message = String(cString: lxw_strerror(lxw_error(rawValue: UInt32(clamping: code.rawValue))))
        self.operation = operation
        self.sheet = sheet
        self.cell = cell
        self.detail = detail
    }

    public var description: String {
        var text = "libxlsxwriter error \(code.rawValue) (\(message)) in \(operation)"
        if let sheet { text += ", sheet '\(sheet)'" }
        if let cell { text += ", cell \(cell)" }
        if let detail { text += ": \(detail)" }
        return text
    }
}
