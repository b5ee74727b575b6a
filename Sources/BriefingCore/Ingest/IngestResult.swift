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

/// One kind's share of a load: its files, their size, the records read and the time taken.
public struct IngestStage: Sendable {
    public let kind: InputKind
    public let files: Int
    public let bytes: Int
    public let records: Int
    public let duration: Duration

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
