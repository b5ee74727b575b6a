/// A format's state machine: fed the file's UTF-8 in chunks of any size, it hands each record to the
/// sink as it completes, so memory holds one record and one chunk, never the file. A struct, so that
/// the per-byte work runs without the runtime exclusivity checks that class properties carry.
protocol RecordParser {
    mutating func consume(_ chunk: UnsafeRawBufferPointer, into events: inout some ReadEventSink)
    mutating func finish(into events: inout some ReadEventSink)
    /// Where the record being read started, for a read failure part way through it.
    var currentLine: Int { get }
}
