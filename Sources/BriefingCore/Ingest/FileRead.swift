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
    var records = BuiltRecords()

    /// A UTF-8 CSV file of `segmentBytes` or more without quotes is read in parts side by side.
    init(path: String, schema: InputSchema, catalog: MetricCatalog, jurisdiction: Jurisdiction,
         segmentBytes: Int = CSVSegments.minimumBytes) {
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
        let url = URL(fileURLWithPath: path)
        let makeSink = {
            RecordSink(file: path, columns: ColumnMapping(schema: schema, file: path),
                       builder: RecordBuilder(schema: schema, catalog: catalog, jurisdiction: jurisdiction, file: path))
        }
        if case .csv(let delimiter)? = reader.format, let encoding = reader.encoding, encoding.iconvName == nil,
           let ascii = delimiter.asciiValue,
           let parts = CSVSegments(url: url, bytes: bytes, bomLength: encoding.bomLength, delimiter: ascii,
                                     minimumBytes: segmentBytes),
           let sinks = Self.read(parts, of: url, delimiter: ascii, into: makeSink) {
            absorb(sinks)
            return
        }
        var sink = makeSink()
        reader.read(into: &sink)
        absorb([sink])
    }

    /// The records and findings of a file's parts, in file order: reader problems and header findings,
    /// then the rows' findings, as one reading in one piece gives them.
    private mutating func absorb(_ sinks: consuming [RecordSink]) {
        for index in sinks.indices {
            recordsRead += sinks[index].recordsRead
            findings += sinks[index].findings + sinks[index].columns.takeFindings()
        }
        var parts: [BuiltRecords] = []
        for index in sinks.indices {
            findings += sinks[index].builder.findings
            parts.append(sinks[index].records)
            sinks[index].records = BuiltRecords()
        }
        records = BuiltRecords.joining(&parts)
    }

    /// The parts read side by side, each into its own sink; nil if the first part's header is not the one
    /// the parts after it were given (the file is then read in one piece).
    private static func read(_ parts: CSVSegments, of url: URL, delimiter: UInt8,
                             into makeSink: () -> RecordSink) -> [RecordSink]? {
        // A thread each (`SideThread`): files are themselves read under a concurrentPerform.
        let reads = parts.segments.enumerated().map { index, segment in
            var sink = makeSink()
            let header = index == 0 ? nil : parts.header
            if let header { sink.columns.resume(after: header) }
            return SideThread { [sink] in
                var sink = sink
                do {
                    try RecordReader(url: url, range: segment.range, continuingAfter: header, atLine: segment.firstLine,
                                     delimiter: delimiter).read(into: &sink)
                } catch {
                    sink.problem(ReadProblem(.readFailed(reason: error.localizedDescription), line: segment.firstLine,
                                             rejectsRecord: false))
                }
                return sink
            }
        }
        let sinks = reads.map(\.value)
        return sinks[0].header == parts.header ? sinks : nil
    }
}

/// Maps and builds each record as the reader lends it.
private struct RecordSink: ReadEventSink, Sendable {
    let file: String
    /// The header row, once read.
    private(set) var header: [String]?
    var columns: ColumnMapping
    var builder: RecordBuilder
    var recordsRead = 0
    /// The reader's problems and the header's findings, in file order (the rows' are the builder's).
    var findings: [Finding] = []
    var records = BuiltRecords()

    init(file: String, columns: ColumnMapping, builder: RecordBuilder) {
        self.file = file
        self.columns = columns
        self.builder = builder
    }

    mutating func columns(_ headers: [String], line: Int) {
        header = headers
        columns.declare(headers, line: line)
        findings += columns.takeFindings()
    }

    mutating func record(_ raw: RawRow) {
        recordsRead += 1
        if let row = columns.map(raw), let record = builder.build(row) { records.append(record) }
        findings += columns.takeFindings()
    }

    mutating func problem(_ problem: ReadProblem) {
        if problem.rejectsRecord { recordsRead += 1 }
        findings.append(problem.finding(file: file))
    }
}
