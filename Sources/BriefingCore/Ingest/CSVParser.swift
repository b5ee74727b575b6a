/// RFC 4180 CSV as Excel and WPS write it, over a stream of UTF-8 chunks: a byte-level state
/// machine that copies whole spans into the record buffer and decodes only finished fields.
/// Splitting on bytes is safe because GB18030 and UTF-16 arrive transcoded to UTF-8.
struct CSVParser: RecordParser {
    private enum State {
        /// Before the first byte of a record: line ends here are empty lines.
        case recordStart
        case fieldStart
        case unquoted
        case quoted
        /// A quote inside a quoted field: the closing one, or the first of a doubled pair.
        case quoteInQuoted
    }

    // Byte classes, as bits so that each state stops on its own set with one test.
    private static let delimiterBit: UInt8 = 1, quoteBit: UInt8 = 2, crBit: UInt8 = 4, lfBit: UInt8 = 8
    private static let unquotedStops = delimiterBit | crBit | lfBit
    private static let quotedStops = quoteBit | crBit | lfBit

    private let delimiter: UInt8
    private let classes: [UInt8]
    private var state = State.recordStart
    private var line = 1
    private var recordLine = 1
    private var quoteLine = 1
    private var streamOffset = 0
    /// The stream offset just after the latest CR, so that the LF of a CRLF does not count a second line.
    private var afterCR = -1
    private var record: ByteAccumulator
    private var fieldEnds: [Int] = []
    private var columns: [String]?

    /// A parser for a part of a file that starts at a record on physical line `line`, after the file's
    /// header row `columns` (nil for the part that holds it).
    init(delimiter: UInt8, recordLimit: Int, continuingAfter columns: [String]?, atLine line: Int) {
        self.init(delimiter: delimiter, recordLimit: recordLimit)
        self.columns = columns
        self.line = line
    }

    init(delimiter: UInt8, recordLimit: Int) {
        self.delimiter = delimiter
        record = ByteAccumulator(limit: recordLimit)
        var classes = [UInt8](repeating: 0, count: 256)
        classes[Int(delimiter)] = Self.delimiterBit
        classes[Int(UInt8(ascii: "\""))] = Self.quoteBit
        classes[Int(UInt8(ascii: "\r"))] = Self.crBit
        classes[Int(UInt8(ascii: "\n"))] = Self.lfBit
        self.classes = classes
    }

    var currentLine: Int { state == .recordStart ? line : recordLine }

    mutating func consume(_ chunk: UnsafeRawBufferPointer, into events: inout some ReadEventSink) {
        let table = classes
        table.withUnsafeBufferPointer { classes in
            let count = chunk.count
            var i = 0
            while i < count {
                let byte = chunk[i]
                switch state {
                case .recordStart:
                    if byte == 0x0D {
                        line += 1
                        afterCR = streamOffset + i + 1
                    } else if byte == 0x0A {
                        if streamOffset + i != afterCR { line += 1 }
                    } else {
                        recordLine = line
                        if let next = plainRecord(in: chunk, from: i, classes: classes, into: &events) {
                            i = next
                            continue
                        }
                        state = .fieldStart
                        continue
                    }
                case .fieldStart:
                    if byte == UInt8(ascii: "\"") {
                        state = .quoted
                        quoteLine = line
                    } else if classes[Int(byte)] & Self.unquotedStops != 0 {
                        endField(with: byte, at: i, into: &events)
                    } else {
                        state = .unquoted
                        continue
                    }
                case .unquoted:
                    let start = i
                    while i < count, classes[Int(chunk[i])] & Self.unquotedStops == 0 { i += 1 }
                    record.append(UnsafeRawBufferPointer(rebasing: chunk[start..<i]))
                    if i == count { continue }
                    endField(with: chunk[i], at: i, into: &events)
                case .quoted:
                    let start = i
                    while i < count, classes[Int(chunk[i])] & Self.quotedStops == 0 { i += 1 }
                    if i == count {
                        record.append(UnsafeRawBufferPointer(rebasing: chunk[start..<i]))
                        continue
                    }
                    let stop = chunk[i]
                    // A line break inside quotes is cell content; it still counts as a physical line.
                    record.append(UnsafeRawBufferPointer(rebasing: chunk[start..<(stop == UInt8(ascii: "\"") ? i : i + 1)]))
                    if stop == UInt8(ascii: "\"") {
                        state = .quoteInQuoted
                    } else if stop == 0x0D {
                        line += 1
                        afterCR = streamOffset + i + 1
                    } else if streamOffset + i != afterCR {
                        line += 1
                    }
                case .quoteInQuoted:
                    if byte == UInt8(ascii: "\"") {
                        record.append(byte)
                        state = .quoted
                    } else if classes[Int(byte)] & Self.unquotedStops != 0 {
                        endField(with: byte, at: i, into: &events)
                    } else {
                        // Text after the closing quote (`"ab"c`) is kept, as Excel does.
                        state = .unquoted
                        continue
                    }
                }
                i += 1
            }
        }
        streamOffset += chunk.count
    }

    /// A record wholly inside the chunk, on one line and without quotes, as nearly every record is: its
    /// cells are cut and lent straight from the chunk, without the state machine or a copy. Returns
    /// the index after its line end, or nil to leave the record to the state machine.
    private mutating func plainRecord(in chunk: UnsafeRawBufferPointer, from start: Int,
                                      classes: UnsafeBufferPointer<UInt8>, into events: inout some ReadEventSink) -> Int? {
        // The state machine starts the record afresh when this leaves it.
        defer { fieldEnds.removeAll(keepingCapacity: true) }
        let count = min(chunk.count, start + record.limit)
        var i = start
        while i < count {
            let byteClass = classes[Int(chunk[i])]
            if byteClass == 0 {
                i += 1
            } else if byteClass == Self.delimiterBit {
                fieldEnds.append(i - start)
                i += 1
            } else if byteClass == Self.lfBit || (byteClass == Self.crBit && i + 1 < count && chunk[i + 1] == 0x0A) {
                fieldEnds.append(i - start)
                endRecord(UnsafeRawBufferPointer(rebasing: chunk[start..<i]), gap: 1, into: &events)
                line += 1
                return byteClass == Self.lfBit ? i + 1 : i + 2
            } else {
                // A quote, a lone CR: the state machine's.
                return nil
            }
        }
        return nil
    }

    /// Ends the field on a delimiter, CR or LF at chunk index `i`.
    private mutating func endField(with byte: UInt8, at i: Int, into events: inout some ReadEventSink) {
        fieldEnds.append(record.count)
        if byte == delimiter {
            state = .fieldStart
            return
        }
        endRecord(into: &events)
        line += 1
        if byte == 0x0D { afterCR = streamOffset + i + 1 }
        state = .recordStart
    }

    mutating func finish(into events: inout some ReadEventSink) {
        switch state {
        case .recordStart:
            break
        case .fieldStart, .unquoted, .quoteInQuoted:
            fieldEnds.append(record.count)
            endRecord(into: &events)
        case .quoted:
            events.problem(ReadProblem(.unterminatedQuote, line: quoteLine, rejectsRecord: columns != nil))
            return
        }
        if columns == nil { events.problem(ReadProblem(.emptyFile, line: nil, rejectsRecord: false)) }
    }

    /// Ends the record the state machine accumulated.
    private mutating func endRecord(into events: inout some ReadEventSink) {
        defer {
            record.removeAll()
            fieldEnds.removeAll(keepingCapacity: true)
        }
        if record.overflowed {
            events.problem(ReadProblem(.recordTooLong(limitBytes: record.limit), line: recordLine, rejectsRecord: columns != nil))
            return
        }
        let bytes = record.bytes
        bytes.withUnsafeBytes { endRecord($0, gap: 0, into: &events) }
    }

    /// Hands on a record whose cells end at `fieldEnds` in `bytes`, `gap` bytes (the delimiters) apart.
    private mutating func endRecord(_ bytes: UnsafeRawBufferPointer, gap: Int, into events: inout some ReadEventSink) {
        if isBlank(bytes, delimitersBetween: gap > 0) { return }
        // A row of the wrong width is rejected before any of its text is decoded.
        if let columns, fieldEnds.count != columns.count {
            let kind = ReadProblem.Kind.wrongCellCount(expected: columns.count, found: fieldEnds.count)
            events.problem(ReadProblem(kind, line: recordLine, rejectsRecord: true))
            return
        }
        guard let columns else {
            var start = 0
            let header = fieldEnds.map { end in
                defer { start = end + gap }
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
            columns = header
            events.columns(header, line: recordLine)
            return
        }
        fieldEnds.withUnsafeBufferPointer { ends in
            events.record(RawRow(line: recordLine, columns: columns, utf8: bytes, cellEnds: ends, gap: gap))
        }
    }

    /// Only spaces in every cell, as Excel writes a row it once touched (`,,,,`): an empty line.
    private func isBlank(_ bytes: UnsafeRawBufferPointer, delimitersBetween: Bool) -> Bool {
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09: i += 1
            case delimiter where delimitersBetween: i += 1
            case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0xA0: i += 2 // no-break space
            case 0xE3 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80: i += 3 // U+3000
            default: return false
            }
        }
        return true
    }
}
