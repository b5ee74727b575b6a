import Dispatch
import Foundation

/// What one input file held: its records that passed the row checks, every finding, and how many
/// records were read. Files are independent until their kind is settled, so they are read in parallel.
struct FileRead: Sendable {
    let path: String
    let kind: InputKind
    let bytes: Int
    /// The time taken to read and check the file's records.
    private(set) var duration = Duration.zero
    var encoding: String?
    var recordsRead = 0
    var findings: [Finding] = []
    var teams: [Team] = []
    var cadres: [Cadre] = []
    var reports: [MonthlyReport] = []
    var attendance: [AttendanceRecord] = []

    init(path: String, schema: InputSchema, catalog: MetricCatalog, jurisdiction: Jurisdiction) {
        let started = ContinuousClock.now
        defer { duration = ContinuousClock.now - started }
        self.path = path
        kind = schema.kind
        bytes = FileGlob.size(of: path)
        let reader: RecordReader
        do {
            reader = try RecordReader(url: URL(fileURLWithPath: path))
        } catch {
            findings.append(Finding(.fileUnreadable, .error, file: path, message: error.message))
            return
        }
        encoding = reader.encoding?.description
        var sink = RecordSink(file: path, columns: ColumnMapping(schema: schema, file: path),
                              builder: RecordBuilder(schema: schema, catalog: catalog, jurisdiction: jurisdiction, file: path))
        reader.read(into: &sink)
        recordsRead = sink.recordsRead
        findings += sink.findings + sink.columns.takeFindings() + sink.builder.findings
        (teams, cadres, reports, attendance) = (sink.teams, sink.cadres, sink.reports, sink.attendance)
    }
}

/// Maps and builds each record as the reader lends it.
private struct RecordSink: ReadEventSink {
    let file: String
    var columns: ColumnMapping
    var builder: RecordBuilder
    var recordsRead = 0
    /// The reader's problems and the header's findings, in file order (the rows' are the builder's).
    var findings: [Finding] = []
    var teams: [Team] = []
    var cadres: [Cadre] = []
    var reports: [MonthlyReport] = []
    var attendance: [AttendanceRecord] = []

    init(file: String, columns: ColumnMapping, builder: RecordBuilder) {
        self.file = file
        self.columns = columns
        self.builder = builder
    }

    mutating func columns(_ headers: [String], line: Int) {
        columns.declare(headers, line: line)
        findings += columns.takeFindings()
    }

    mutating func record(_ raw: RawRow) {
        recordsRead += 1
        if let row = columns.map(raw) {
            switch builder.build(row) {
            case .team(let team): teams.append(team)
            case .cadre(let cadre): cadres.append(cadre)
            case .report(let report): reports.append(report)
            case .attendance(let record): attendance.append(record)
            case nil: break
            }
        }
        findings += columns.takeFindings()
    }

    mutating func problem(_ problem: ReadProblem) {
        if problem.rejectsRecord { recordsRead += 1 }
        findings.append(problem.finding(file: file))
    }
}
