/// What one Excel or WPS sheet can hold. The inputs are saved from such sheets, so text beyond these
/// limits is not a cell or a header but a broken file (lost line ends, a runaway quote, pasted junk),
/// and it could not be written back into a workbook either.
enum ExcelLimits {
    /// Characters in a cell, counted as Excel counts them (UTF-16 units).
    static let cellCharacters = 32_767
    /// Columns in a sheet (A … XFD).
    static let columns = 16_384

    static func exceedsCell(_ text: String) -> Bool {
        // UTF-8 is never shorter than UTF-16, and its count is free.
        text.utf8.count > cellCharacters && text.utf16.count > cellCharacters
    }
}
