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
        var columns = ColumnMapping(schema: schema, file: path)
        var builder = RecordBuilder(schema: schema, catalog: catalog, jurisdiction: jurisdiction, file: path)
        for event in reader {
            switch event {
            case .columns(let headers, let line):
                columns.declare(headers, line: line)
            case .record(let raw):
                recordsRead += 1
                guard let row = columns.map(raw) else { continue }
                switch builder.build(row) {
                case .team(let team): teams.append(team)
                case .cadre(let cadre): cadres.append(cadre)
                case .report(let report): reports.append(report)
                case .attendance(let record): attendance.append(record)
                case nil: break
                }
            case .problem(let problem):
                if problem.rejectsRecord { recordsRead += 1 }
                findings.append(problem.finding(file: path))
            }
            findings += columns.takeFindings()
        }
        findings += columns.takeFindings() + builder.findings
    }
}
