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
