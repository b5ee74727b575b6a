/// How one input file was accounted for: records read = accepted + rejected, always.
public struct InputAccount: Sendable {
    /// The path as the config's glob produced it.
    public let path: String
    public let kind: InputKind
    /// The encoding the file was read in (`UTF-8`, `UTF-8 BOM`, `GB18030`, `UTF-16LE` …), if it could be read.
    public let encoding: String?
    public let recordsRead: Int
    public let recordsAccepted: Int
    public var recordsRejected: Int { recordsRead - recordsAccepted }
}

/// One kind's share of a load: its files, their size, the records read and the time taken. Files are read
/// on every core at once, so `duration` is time spent on the kind summed over cores (reading each file, then
/// settling duplicates and references), not the time the load waited for it.
public struct IngestStage: Sendable {
    public let kind: InputKind
    public private(set) var files = 0
    public private(set) var bytes = 0
    public private(set) var records = 0
    public internal(set) var duration = Duration.zero

    init(kind: InputKind) {
        self.kind = kind
    }

    mutating func count(_ read: FileRead) {
        files += 1
        bytes += read.bytes
        records += read.recordsRead
        duration += read.duration
    }

    public var seconds: Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// What ingest made of the inputs: the accepted records, every finding, and the accounting per file.
public struct IngestResult: Sendable {
    public let data: DataSet
    public let findings: [Finding]
    public let accounts: [InputAccount]
    /// Config patterns that matched no file: nothing can be reported without them (exit 66).
    public let missingInputs: [(kind: InputKind, pattern: String)]
    /// How long each kind took to read, check and settle, for `--verbose` and the benchmark.
    public let stages: [IngestStage]

    public init(data: DataSet, findings: [Finding], accounts: [InputAccount],
                missingInputs: [(kind: InputKind, pattern: String)], stages: [IngestStage] = []) {
        self.data = data
        self.findings = findings
        self.accounts = accounts
        self.missingInputs = missingInputs
        self.stages = stages
    }
}
