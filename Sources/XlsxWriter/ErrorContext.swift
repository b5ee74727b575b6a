import CXlsxWriter

/// Where an operation happens, so that every failure it throws says so.
struct ErrorContext {
    let operation: String
    var sheet: String?
    var cell: String?
    /// The cells written, named (`B7`) only if there is an error to report: every cell makes a context.
    var range: CellRange?

    init(_ operation: String, sheet: String? = nil, cell: String? = nil, range: CellRange? = nil) {
        self.operation = operation
        self.sheet = sheet
        self.cell = cell
        self.range = range
    }

    func error(_ code: XlsxError.Code, _ detail: String? = nil) -> XlsxError {
        XlsxError(code, operation: operation, sheet: sheet, cell: cell ?? range?.reference, detail: detail)
    }

    /// Throws unless libxlsxwriter reported success.
    func check(_ result: lxw_error) throws {
        guard result == LXW_NO_ERROR else { throw error(XlsxError.Code(result)) }
    }

    /// Refuses text that C would cut short at a NUL, or that is longer than a fixed-size buffer
    /// of libxlsxwriter, which would truncate it silently, possibly inside a character.
    func checkText(_ text: String, _ what: String, maxBytes: Int? = nil) throws {
        if text.utf8.contains(0) {
            throw error(.parameterValidation, "\(what) contains a NUL character")
        }
        if let maxBytes, text.utf8.count > maxBytes {
            throw error(
                .stringLengthExceeded128,
                "\(what) is \(text.utf8.count) bytes of UTF-8, more than libxlsxwriter's \(maxBytes)")
        }
    }
}
