import Foundation

/// Where a reader's bytes come from: a file, or memory in tests. Read twice: once to classify the
/// encoding, once to parse, so that nothing is emitted from a file that turns out undecodable.
protocol ByteSource: AnyObject {
    /// Up to `count` bytes; empty at the end.
    func read(upTo count: Int) throws -> Data
    func rewind() throws
}

final class FileByteSource: ByteSource {
    private let handle: FileHandle
    /// The part of the file read, by byte offsets; nil for all of it.
    private let range: Range<Int>?
    private var position = 0

    init(url: URL, range: Range<Int>? = nil) throws {
        handle = try FileHandle(forReadingFrom: url)
        self.range = range
        try rewind()
    }

    deinit { try? handle.close() }

    func read(upTo count: Int) throws -> Data {
        let wanted = range.map { min(count, $0.upperBound - position) } ?? count
        guard wanted > 0 else { return Data() }
        let data = try handle.read(upToCount: wanted) ?? Data()
        position += data.count
        return data
    }

    func rewind() throws {
        position = range?.lowerBound ?? 0
        try handle.seek(toOffset: UInt64(position))
    }
}

final class MemoryByteSource: ByteSource {
    private let data: Data
    private var position = 0

    init(_ data: Data) { self.data = data }

    func read(upTo count: Int) throws -> Data {
        let end = min(data.count, position + count)
        defer { position = end }
        return data.subdata(in: (data.startIndex + position)..<(data.startIndex + end))
    }

    func rewind() throws { position = 0 }
}
