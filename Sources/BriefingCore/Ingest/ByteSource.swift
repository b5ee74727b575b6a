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

    init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
    }

    deinit { try? handle.close() }

    func read(upTo count: Int) throws -> Data { try handle.read(upToCount: count) ?? Data() }
    func rewind() throws { try handle.seek(toOffset: 0) }
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
