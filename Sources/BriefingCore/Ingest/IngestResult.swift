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

/// What ingest made of the inputs: the accepted records, every finding, and the accounting per file.
public struct IngestResult: Sendable {
    public let data: DataSet
    public let findings: [Finding]
    public let accounts: [InputAccount]
    /// Config patterns that matched no file: nothing can be reported without them (exit 66).
    public let missingInputs: [(kind: InputKind, pattern: String)]

    /// The findings about a unit's teams and their cadres, for that unit's workbook.
    public func findings(concerning scope: SummaryScope) -> [Finding] {
        let teams = Set(data.teams.filter(scope.includes).map(\.id))
        let cadres = Set(data.cadres.filter { teams.contains($0.teamID) }.map(\.id))
        return findings.filter { finding in
            finding.teamID.map(teams.contains) ?? finding.cadreID.map(cadres.contains) ?? false
        }
    }
}
