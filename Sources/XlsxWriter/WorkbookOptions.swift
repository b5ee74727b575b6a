/// How a `Workbook` is written.
public struct WorkbookOptions: Hashable, Sendable {
    /// Writes each row to a temporary file as soon as a later row is started, so memory stays
    /// flat for any number of rows. Rows must then be written in order: writing, merging, setting
    /// the height of or filtering a row before the current one throws `.worksheetIndexOutOfRange`.
    /// Strings are stored inline rather than in the shared-string table.
    public var constantMemory: Bool
    /// Where libxlsxwriter puts its temporary files; best in the output folder, so that a full
    /// disk is the output's own. It must be an existing, writable directory: libxlsxwriter would
    /// otherwise fall back silently to `$TMPDIR`, /tmp or the current directory.
    public var temporaryDirectory: String?
    /// Allows zip64 extensions, needed only for parts larger than 4 GB.
    public var useZip64: Bool
    /// The document properties. Set `created` for byte-identical output.
    public var properties: DocumentProperties

    public init(
        constantMemory: Bool = false,
        temporaryDirectory: String? = nil,
        useZip64: Bool = false,
        properties: DocumentProperties = DocumentProperties()
    ) {
        self.constantMemory = constantMemory
        self.temporaryDirectory = temporaryDirectory
        self.useZip64 = useZip64
        self.properties = properties
    }
}
