import Foundation

/// A file's text as chunks of UTF-8, byte-order mark removed, for a file EncodingDetector accepted.
final class DecodedStream {
    /// The file changed between the pass that classified it and the pass that reads it.
    struct ChangedWhileReading: Error {}

    private let source: ByteSource
    private let chunkSize: Int
    private let transcoder: Transcoder?
    private var finished = false

    init(source: ByteSource, encoding: TextEncoding, chunkSize: Int) throws {
        self.source = source
        self.chunkSize = chunkSize
        transcoder = encoding.iconvName.map(Transcoder.init(from:))
        try source.rewind()
        _ = try source.read(upTo: encoding.bomLength)
    }

    /// The next chunk of UTF-8; nil at the end.
    func next() throws -> Data? {
        while !finished {
            let chunk = try source.read(upTo: chunkSize)
            guard let transcoder else {
                if chunk.isEmpty { finished = true }
                return finished ? nil : chunk
            }
            if chunk.isEmpty {
                finished = true
                guard transcoder.finish() == .ok else { throw ChangedWhileReading() }
                return nil
            }
            var output = Data()
            guard transcoder.convert(chunk, into: &output) == .ok else { throw ChangedWhileReading() }
            if !output.isEmpty { return output }
        }
        return nil
    }
}
