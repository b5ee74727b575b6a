import CXlsxWriter
import Foundation

/// An .xlsx file being written with libxlsxwriter.
///
///     let workbook = try Workbook(path: "out.xlsx", options: WorkbookOptions(
///         properties: DocumentProperties(title: "简报", createdEpochSeconds: 1_700_000_000)))
///     let sheet = try workbook.addWorksheet(named: "汇总")
///     try sheet.writeString("县", row: 0, column: 0, format: CellFormat(bold: true))
///     try workbook.close()
///
/// Nothing reaches the disk until `close()`. A workbook released without `close()` writes
/// nothing. After `close()`, whether it succeeds or not, libxlsxwriter has freed every sheet and
/// format: using any of them, or closing again, stops the program.
///
/// libxlsxwriter is not thread-safe: a workbook and its sheets must stay on the thread that
/// created them, so they are not `Sendable`. Different workbooks may be written on different
/// threads at once, which is how a nightly run uses both cores. In 1.1.4 they share only two things:
/// - the seed that names temporary files (`tmpfileplus`, in `addWorksheet` in constant-memory mode and
///   in `close()`): each name is opened with `O_EXCL` and retried, so a clash costs a retry, not a file;
///   `addWorksheet` still takes a lock, which is cheap there;
/// - `gmtime()`'s buffer, for the creation date in `close()`: workbooks written together must share
///   their `createdEpochSeconds` (a run stamps all its workbooks with its date), so that two threads
///   formatting at once format the same date. `close()` takes no lock, since it does all the compressing.
public final class Workbook {
    /// Serializes temporary-file naming in `addWorksheet`.
    private static let libraryLock = NSLock()

    public let path: String
    public let options: WorkbookOptions
    /// `nil` once closed: libxlsxwriter has freed it.
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private var formats = FormatCache()
    private var sheets: [UnsafeMutablePointer<lxw_worksheet>] = []
    /// Upper-cased, because Excel compares sheet names and defined names case-insensitively.
    private var sheetKeys: Set<String> = []
    private var definedNameKeys: Set<String> = []

    public init(path: String, options: WorkbookOptions = WorkbookOptions()) throws {
        let context = ErrorContext("workbook_new_opt")
        guard !path.isEmpty else {
            throw context.error(.parameterValidation, "the path is empty")
        }
        try context.checkText(path, "the path")
        if let directory = options.temporaryDirectory {
            try context.checkText(directory, "the temporary directory")
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
                isDirectory.boolValue, FileManager.default.isWritableFile(atPath: directory)
            else {
                throw context.error(.creatingTmpfile, "'\(directory)' is not a writable directory")
            }
        }
        if let created = options.properties.created, created.timeIntervalSince1970 < 1 {
            throw context.error(
                .parameterValidation, "the creation date \(created) is not after 1970-01-01T00:00:00Z")
        }
        self.path = path
        self.options = options

        let temporaryDirectory = options.temporaryDirectory.flatMap { strdup($0) }
        defer { free(temporaryDirectory) }
        var cOptions = lxw_workbook_options()
        cOptions.constant_memory = options.constantMemory ? 1 : 0
        cOptions.tmpdir = temporaryDirectory
        cOptions.use_zip64 = options.useZip64 ? 1 : 0
        guard let handle = workbook_new_opt(path, &cOptions) else {
            throw context.error(.memoryMallocFailed, "workbook_new_opt returned NULL")
        }
        self.handle = handle
        try setProperties(options.properties)
    }

    deinit {
        guard let handle else { return }
        // Released without close(): write nothing. lxw_workbook_free leaves the temporary files
        // of constant-memory sheets open, so close them first.
        for sheet in sheets {
            if let file = sheet.pointee.optimize_tmpfile {
                fclose(file)
                sheet.pointee.optimize_tmpfile = nil
            }
        }
        lxw_workbook_free(handle)
    }

    /// Whether `close()` has been called.
    public var isClosed: Bool { handle == nil }

    /// The names of the worksheets, in order.
    public private(set) var worksheetNames: [String] = []

    /// What each worksheet's cells received, in the order of `worksheetNames`; kept after `close()`.
    public private(set) var cellTallies: [CellTally] = []

    /// The cells written to every worksheet.
    public var cellsWritten: Int { cellTallies.reduce(0) { $0 + $1.cells } }

    /// Adds a worksheet. The name must have 1 to 31 characters (UTF-16 code units, as Excel counts
    /// them), none of `[ ] : * ? / \`, no `'` at either end, must not be `History`, and must differ
    /// from every other sheet's name ignoring case, for any script.
    public func addWorksheet(named name: String) throws -> Worksheet {
        let context = ErrorContext("workbook_add_worksheet", sheet: name)
        let handle = requireOpen(context.operation)
        try checkSheetName(name, context)
        let pointer = Self.libraryLock.withLock { workbook_add_worksheet(handle, name) }
        guard let pointer else {
            let reason = workbook_validate_sheet_name(handle, name)
            if reason != LXW_NO_ERROR {
                throw context.error(XlsxError.Code(reason))
            }
            throw context.error(
                options.constantMemory ? .creatingTmpfile : .memoryMallocFailed,
                "libxlsxwriter could not create the worksheet")
        }
        sheets.append(pointer)
        sheetKeys.insert(name.uppercased())
        worksheetNames.append(name)
        cellTallies.append(CellTally())
        return Worksheet(name: name, workbook: self, pointer: pointer, index: cellTallies.count - 1)
    }

    /// Defines a workbook-wide name such as `Counties` for `='汇总'!$A$2:$A$8`.
    ///
    /// Names are ASCII only (a letter, `_` or `\` first, then letters, digits, `_`, `.`, `\`) and
    /// neither name nor formula may exceed 127 bytes of UTF-8: libxlsxwriter 1.1.4 checks lengths
    /// in characters but copies bytes into 128-byte buffers, so longer ones corrupt the file.
    public func defineName(_ name: String, refersTo formula: String) throws {
        let context = ErrorContext("workbook_define_name", cell: name)
        let handle = requireOpen(context.operation)
        try checkDefinedName(name, context)
        try context.checkText(formula, "the formula", maxBytes: Int(LXW_DEFINED_NAME_LENGTH) - 1)
        guard !formula.isEmpty, formula != "=" else {
            throw context.error(.parameterValidation, "the formula is empty")
        }
        try context.check(workbook_define_name(handle, name, formula))
        definedNameKeys.insert(name.uppercased())
    }

    /// Writes the file. libxlsxwriter frees the workbook whether or not this succeeds.
    ///
    /// A success proves less than it seems: libxlsxwriter 1.1.4 reports a full temporary
    /// directory as success and leaves a truncated file. Write to a temporary name in the output
    /// folder, check the result, then rename it into place.
    public func close() throws {
        let handle = requireOpen("workbook_close")
        self.handle = nil
        formats.removeAll()
        sheets.removeAll()
        let result = workbook_close(handle)
        guard result == LXW_NO_ERROR else {
            throw ErrorContext("workbook_close").error(XlsxError.Code(result), "writing '\(path)'")
        }
    }

    // MARK: For worksheets

    /// The C workbook; stops the program if it was closed, as its memory is freed.
    @discardableResult
    func requireOpen(_ operation: @autoclosure () -> String) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else {
            preconditionFailure("\(operation()) used after the workbook '\(path)' was closed")
        }
        return handle
    }

    func format(_ format: CellFormat?, context: ErrorContext) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let format else { return nil }
        return try formats.pointer(for: format, in: requireOpen(context.operation), context: context)
    }

    /// Records a write that succeeded on the `index`-th worksheet.
    func tally(sheet index: Int, _ change: (inout CellTally) -> Void) {
        change(&cellTallies[index])
    }

    func hasWorksheet(named name: String) -> Bool {
        worksheetNames.contains(name)
    }

    func makeChart(_ chart: Chart, context: ErrorContext) throws -> UnsafeMutablePointer<lxw_chart> {
        try chart.make(in: requireOpen(context.operation), context: context)
    }

    // MARK: Checks

    private func setProperties(_ properties: DocumentProperties) throws {
        let strings = [properties.title, properties.subject, properties.author, properties.company]
        let context = ErrorContext("workbook_set_properties")
        for string in strings.compactMap({ $0 }) {
            try context.checkText(string, "the property '\(string)'")
        }
        let copies = strings.map { $0.flatMap { strdup($0) } }
        defer { copies.forEach { free($0) } }
        var cProperties = lxw_doc_properties()
        cProperties.title = copies[0]
        cProperties.subject = copies[1]
        cProperties.author = copies[2]
        cProperties.company = copies[3]
        cProperties.created = time_t(properties.created?.timeIntervalSince1970.rounded(.down) ?? 0)
        try context.check(workbook_set_properties(requireOpen(context.operation), &cProperties))
    }

    private func checkSheetName(_ name: String, _ context: ErrorContext) throws {
        try context.checkText(name, "the sheet name")
        if name.isEmpty {
            throw context.error(.parameterValidation, "the sheet name is empty")
        }
        if name.utf16.count > Int(LXW_SHEETNAME_MAX) {
            throw context.error(.sheetNameLengthExceeded, "'\(name)' has \(name.utf16.count) characters")
        }
        if let character = name.first(where: { "[]:*?/\\".contains($0) }) {
            throw context.error(.invalidSheetNameCharacter, "'\(name)' contains '\(character)'")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw context.error(.sheetNameStartEndApostrophe)
        }
        if name.uppercased() == "HISTORY" {
            throw context.error(.parameterValidation, "Excel reserves the sheet name 'History'")
        }
        // libxlsxwriter ignores case for ASCII letters only.
        if sheetKeys.contains(name.uppercased()) {
            throw context.error(.sheetNameAlreadyUsed)
        }
    }

    private func checkDefinedName(_ name: String, _ context: ErrorContext) throws {
        guard name.allSatisfy(\.isASCII), name.wholeMatch(of: /[A-Za-z_\\][A-Za-z0-9_.\\]*/) != nil else {
            throw context.error(
                .parameterValidation, "'\(name)' is not an ASCII name of letters, digits, '_', '.' and '\\'")
        }
        if name.utf8.count > Int(LXW_DEFINED_NAME_LENGTH) - 1 {
            throw context.error(.stringLengthExceeded128, "the name has \(name.utf8.count) bytes")
        }
        // Excel reads these as cell references (B3, XFD1, R1C1, R, C).
        let upper = name.uppercased()
        let looksLikeA1 = upper.wholeMatch(of: /[A-Z]{1,3}[0-9]+/) != nil
        let looksLikeR1C1 = upper.wholeMatch(of: /(R[0-9]*)?(C[0-9]*)?/) != nil
        if looksLikeA1 || looksLikeR1C1 || upper.hasPrefix("_XLNM") {
            throw context.error(
                .parameterValidation, "Excel would read '\(name)' as a cell reference or a built-in name")
        }
        // libxlsxwriter reports a duplicate as a failed malloc.
        if definedNameKeys.contains(upper) {
            throw context.error(.parameterValidation, "the name '\(name)' is already defined")
        }
    }
}

@available(*, unavailable, message: "libxlsxwriter is single-threaded: keep a workbook and its sheets on one thread")
extension Workbook: Sendable {}
