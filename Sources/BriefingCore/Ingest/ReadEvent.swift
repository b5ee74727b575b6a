/// What a RecordReader yields, in file order.
///
/// Accounting: every record of the file is either a `.record` or a `.problem` whose
/// `rejectsRecord` is true, so records read = `.record`s + rejecting problems.
public enum ReadEvent: Sendable, Equatable {
    /// The CSV header row, as written, once, before any record. JSON has none.
    case columns([String], line: Int)
    case record(RawRecord)
    case problem(ReadProblem)
}

/// Where a parser delivers what it reads, as it reads it: the events of `ReadEvent`, with each record
/// lent in place rather than copied out, so that ingest can read a cell's bytes without decoding the
/// rest of the row.
public protocol ReadEventSink {
    mutating func columns(_ headers: [String], line: Int)
    /// `row` is valid only during the call.
    mutating func record(_ row: RawRow)
    mutating func problem(_ problem: ReadProblem)
}

/// Events kept as values, for the reader's iterator and for tests.
extension Array: ReadEventSink where Element == ReadEvent {
    public mutating func columns(_ headers: [String], line: Int) { append(.columns(headers, line: line)) }
    public mutating func record(_ row: RawRow) { append(.record(row.record)) }
    public mutating func problem(_ problem: ReadProblem) { append(.problem(problem)) }
}
