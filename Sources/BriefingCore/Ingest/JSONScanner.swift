/// Cuts a JSON array of objects, or JSON Lines, into one byte span per record for
/// JSONRecordParser, tracking only strings and nesting. It recovers from a broken record so that
/// the records after it are still read:
/// - a line break inside a string ends the string (JSON allows none there: a quote is missing);
/// - a `{` where a key should be, in a record's own object, starts the next record (the record
///   before it lost its closing brace).
struct JSONScanner: RecordParser {
    enum Layout {
        /// `[ {…}, {…} ]`
        case array
        /// One object a line.
        case lines
    }

    private enum State {
        case beforeArray
        case betweenRecords
        case inRecord
        case afterArray
        case ignoringRest
    }

    private let layout: Layout
    private var state: State
    private var lines = LineCounter()
    private var record: ByteAccumulator
    private var recordLine = 1
    private var depth = 0
    private var inString = false
    private var escaped = false
    /// The last byte outside strings that is not white space.
    private var lastSignificant: UInt8 = 0
    private var recordIsObject = false
    // Array layout: what may come next between records.
    private var expectingRecord = true
    private var afterComma = false

    init(layout: Layout, recordLimit: Int) {
        self.layout = layout
        state = layout == .array ? .beforeArray : .betweenRecords
        record = ByteAccumulator(limit: recordLimit)
    }

    var currentLine: Int { state == .inRecord ? recordLine : lines.line }

    mutating func consume(_ chunk: UnsafeRawBufferPointer, into events: inout some ReadEventSink) {
        // The current record's bytes in this chunk start here; they are copied when it ends.
        var spanStart: Int? = state == .inRecord ? 0 : nil
        var i = 0
        while i < chunk.count {
            let byte = chunk[i]
            switch state {
            case .beforeArray:
                if byte == UInt8(ascii: "[") { state = .betweenRecords }
            case .betweenRecords:
                if isWhitespace(byte) { break }
                if layout == .array {
                    if byte == UInt8(ascii: ",") {
                        if expectingRecord { structureProblem("多余的逗号", into: &events) }
                        expectingRecord = true
                        afterComma = true
                        break
                    }
                    if byte == UInt8(ascii: "]") {
                        if afterComma { structureProblem("] 前有多余的逗号", into: &events) }
                        state = .afterArray
                        break
                    }
                    if !expectingRecord { structureProblem("记录之间缺少逗号", into: &events) }
                }
                startRecord(with: byte)
                spanStart = i
                continue
            case .inRecord:
                var outside = true
                if inString {
                    outside = false
                    if byte == 0x0A || byte == 0x0D {
                        inString = false
                        escaped = false
                        lastSignificant = UInt8(ascii: "\"")
                        outside = true
                    } else if escaped {
                        escaped = false
                    } else if byte == UInt8(ascii: "\\") {
                        escaped = true
                    } else if byte == UInt8(ascii: "\"") {
                        inString = false
                        lastSignificant = byte
                    }
                }
                guard outside else { break }
                switch byte {
                case UInt8(ascii: "\""):
                    inString = true
                case UInt8(ascii: "{") where recordIsObject && depth == 1 && lastSignificant != UInt8(ascii: ":")
                    || depth == 0 && lastSignificant == UInt8(ascii: "}"):
                    let previousWasComplete = depth == 0
                    endRecord(chunk, from: spanStart!, to: i, into: &events)
                    if previousWasComplete {
                        structureProblem(layout == .array ? "记录之间缺少逗号" : "一行只能有一个对象", into: &events)
                    }
                    startRecord(with: byte)
                    spanStart = i
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "]") where layout == .array && depth == 0:
                    endRecord(chunk, from: spanStart!, to: i, into: &events)
                    spanStart = nil
                    state = .afterArray
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth = max(0, depth - 1)
                case UInt8(ascii: ",") where layout == .array && depth == 0:
                    endRecord(chunk, from: spanStart!, to: i, into: &events)
                    spanStart = nil
                    state = .betweenRecords
                    expectingRecord = true
                    afterComma = true
                case 0x0A where layout == .lines && depth == 0, 0x0D where layout == .lines && depth == 0:
                    endRecord(chunk, from: spanStart!, to: i, into: &events)
                    spanStart = nil
                    state = .betweenRecords
                default:
                    break
                }
                if !isWhitespace(byte) { lastSignificant = byte }
            case .afterArray:
                if !isWhitespace(byte) {
                    structureProblem("数组的 ] 之后还有内容，已忽略", into: &events)
                    state = .ignoringRest
                }
            case .ignoringRest:
                break
            }
            lines.feed(UInt16(byte))
            i += 1
        }
        if let spanStart { record.append(UnsafeRawBufferPointer(rebasing: chunk[spanStart...])) }
    }

    mutating func finish(into events: inout some ReadEventSink) {
        var recordFailed = false
        if state == .inRecord { recordFailed = !emitRecord(into: &events) }
        if layout == .array && !recordFailed && [.beforeArray, .betweenRecords, .inRecord].contains(state) {
            structureProblem("数组缺少结尾的 ]", into: &events)
        }
    }

    private mutating func startRecord(with byte: UInt8) {
        record.removeAll()
        recordLine = lines.line
        depth = 0
        inString = false
        escaped = false
        lastSignificant = 0
        recordIsObject = byte == UInt8(ascii: "{")
        state = .inRecord
        expectingRecord = false
        afterComma = false
    }

    private mutating func endRecord(_ chunk: UnsafeRawBufferPointer, from start: Int, to end: Int, into events: inout some ReadEventSink) {
        record.append(UnsafeRawBufferPointer(rebasing: chunk[start..<end]))
        _ = emitRecord(into: &events)
    }

    /// Parses the record cut out and appends what it yields; false if it was rejected.
    private mutating func emitRecord(into events: inout some ReadEventSink) -> Bool {
        if record.overflowed {
            events.problem(ReadProblem(.recordTooLong(limitBytes: record.limit), line: recordLine, rejectsRecord: true))
            return false
        }
        switch record.bytes.withUnsafeBytes(JSONRecordParser.parse) {
        case .record(let columns, let values):
            events.record(RawRow(RawRecord(line: recordLine, columns: columns, values: values)))
            return true
        case .invalid(let detail, let offset):
            var counter = LineCounter()
            for byte in record.bytes.prefix(offset) { counter.feed(UInt16(byte)) }
            let errorLine = recordLine + counter.line - 1
            let located = errorLine == recordLine ? detail : "第 \(errorLine) 行：\(detail)"
            events.problem(ReadProblem(.invalidJSON(detail: located), line: recordLine, rejectsRecord: true))
        case .unsupported(let values):
            for (index, value) in values.enumerated() {
                events.problem(ReadProblem(.unsupportedValue(value.type), line: recordLine,
                                                   column: value.key, rejectsRecord: index == 0))
            }
        }
        return false
    }

    /// Broken structure between records that costs no record.
    private func structureProblem(_ detail: String, into events: inout some ReadEventSink) {
        events.problem(ReadProblem(.invalidJSON(detail: detail), line: lines.line, rejectsRecord: false))
    }

    private func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
