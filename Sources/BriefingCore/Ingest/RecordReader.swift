import Foundation

/// Reads one county file, CSV/TSV or JSON, into raw records, streaming: memory holds a chunk and a
/// record, never the file. The encoding is settled in a first pass over the whole file, so an
/// undecodable file yields one problem and no records rather than half of them.
///
/// ```swift
/// let reader = try RecordReader(url: url)
/// for event in reader { … }
/// ```
public final class RecordReader: Sequence, IteratorProtocol {
    public enum Format: Sendable, Equatable {
        case csv(delimiter: Character)
        /// `[ {…}, {…} ]`
        case jsonArray
        /// One object a line (`.jsonl`).
        case jsonLines
    }

    /// Nil for an empty or undecodable file.
    public let encoding: TextEncoding?
    /// Nil for an empty or undecodable file.
    public let format: Format?

    static let chunkSize = 1 << 20
    /// A record (one CSV row, one JSON object) larger than this is rejected rather than held.
    static let recordLimit = 32 << 20

    private let stream: DecodedStream?
    private var parser: (any RecordParser)?
    /// The text read to settle the format, fed to the parser first.
    private var sniffed: Data?
    private var pending: [ReadEvent] = []
    private var head = 0
    private var done = false

    /// Opens and classifies the file; CSV unless it is named `.json`/`.jsonl` or plainly holds JSON.
    public convenience init(url: URL) throws(UnreadableFile) {
        do {
            let source = try FileByteSource(url: url)
            try self.init(source: source, name: url.lastPathComponent, chunkSize: Self.chunkSize, recordLimit: Self.recordLimit)
        } catch {
            throw UnreadableFile(path: url.path, reason: error.localizedDescription)
        }
    }

    init(source: ByteSource, name: String, chunkSize: Int, recordLimit: Int) throws {
        switch try EncodingDetector.classify(source, chunkSize: chunkSize) {
        case .empty:
            (encoding, format, stream, parser) = (nil, nil, nil, nil)
            pending = [.problem(ReadProblem(.emptyFile, line: nil, rejectsRecord: false))]
        case .undecodable(let offset, let line, let declared, let workbook):
            (encoding, format, stream, parser) = (nil, nil, nil, nil)
            let kind = ReadProblem.Kind.undecodable(declared: declared, looksLikeWorkbook: workbook)
            pending = [.problem(ReadProblem(kind, line: line, byteOffset: offset, rejectsRecord: false))]
        case .decodable(let encoding):
            self.encoding = encoding
            let stream = try DecodedStream(source: source, encoding: encoding, chunkSize: chunkSize)
            let jsonByName = ["json", "jsonl"].contains((name as NSString).pathExtension.lowercased())
            var text = Data()
            var sniff = FormatSniffer.Verdict.undecided
            while sniff == .undecided {
                let chunk = try stream.next()
                if let chunk { text.append(chunk) }
                sniff = text.withUnsafeBytes { FormatSniffer.sniff($0, complete: chunk == nil, jsonByName: jsonByName) }
            }
            self.stream = stream
            sniffed = text
            switch sniff {
            case .undecided, .blank:
                (format, parser) = (nil, nil)
                pending = [.problem(ReadProblem(.emptyFile, line: nil, rejectsRecord: false))]
            case .csv(let delimiter):
                format = .csv(delimiter: Character(Unicode.Scalar(delimiter)))
                parser = CSVParser(delimiter: delimiter, recordLimit: recordLimit)
            case .json(let layout):
                format = layout == .array ? .jsonArray : .jsonLines
                parser = JSONScanner(layout: layout, recordLimit: recordLimit)
            }
        }
        done = parser == nil
    }

    /// Reads `range` of a UTF-8 CSV file, which starts at a record on physical line `line`, after the
    /// header row `columns` (nil for the part that holds it): one part of a big file read in parallel
    /// (`CSVSegments`).
    init(url: URL, range: Range<Int>, continuingAfter columns: [String]?, atLine line: Int, delimiter: UInt8) throws {
        let source = try FileByteSource(url: url, range: range)
        encoding = .utf8
        format = .csv(delimiter: Character(Unicode.Scalar(delimiter)))
        stream = try DecodedStream(source: source, encoding: .utf8, chunkSize: Self.chunkSize)
        parser = CSVParser(delimiter: delimiter, recordLimit: Self.recordLimit, continuingAfter: columns, atLine: line)
    }

    public func next() -> ReadEvent? {
        while head == pending.count {
            pending.removeAll(keepingCapacity: true)
            head = 0
            if done { return nil }
            pump(into: &pending)
        }
        defer { head += 1 }
        return pending[head]
    }

    /// Hands every event of the file to `sink` as it is read, each record lent in place: for big
    /// files, what the iterator's copied-out records would cost is most of the reading.
    public func read(into sink: inout some ReadEventSink) {
        while head < pending.count {
            pending[head].deliver(to: &sink)
            head += 1
        }
        while !done { pump(into: &sink) }
    }

    /// Feeds the parser one chunk, or tells it the file has ended.
    private func pump(into events: inout some ReadEventSink) {
        guard var parser, let stream else {
            done = true
            return
        }
        // The parser is moved out while it works so that it is uniquely referenced: no copy on write.
        self.parser = nil
        defer { self.parser = parser }
        do {
            let chunk = try sniffed ?? stream.next()
            sniffed = nil
            if let chunk {
                chunk.withUnsafeBytes { parser.consume($0, into: &events) }
            } else {
                parser.finish(into: &events)
                done = true
            }
        } catch {
            let reason = error is DecodedStream.ChangedWhileReading ? "文件在读取过程中被改动" : error.localizedDescription
            events.problem(ReadProblem(.readFailed(reason: reason), line: parser.currentLine, rejectsRecord: true))
            done = true
        }
    }
}

private extension ReadEvent {
    func deliver(to sink: inout some ReadEventSink) {
        switch self {
        case .columns(let headers, let line): sink.columns(headers, line: line)
        case .record(let record): sink.record(RawRow(record))
        case .problem(let problem): sink.problem(problem)
        }
    }
}
