import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A strict glibc iconv conversion to UTF-8 that stops at the first invalid byte instead of
/// replacing it, and carries a sequence cut by a chunk boundary over to the next chunk.
final class Transcoder {
    enum Outcome: Equatable {
        case ok
        /// Invalid input at this offset of the stream (counted from the first byte fed in).
        case invalid(at: Int)
    }

    private let descriptor: iconv_t
    private var carry: [UInt8] = []
    private var consumedBefore = 0

    init(from encoding: String) {
        let descriptor = iconv_open("UTF-8", encoding)
        // glibc ships GB18030 and UTF-16 converters with libc6, so failing to open one is a broken system.
        precondition(descriptor != iconv_t(bitPattern: -1), "iconv cannot convert \(encoding) to UTF-8")
        self.descriptor = descriptor!
    }

    deinit { iconv_close(descriptor) }

    /// Converts `chunk` (after whatever was carried over), appending UTF-8 to `output`.
    func convert(_ chunk: Data, into output: inout Data) -> Outcome {
        var input = carry
        input.append(contentsOf: chunk)
        carry.removeAll(keepingCapacity: true)
        let start = output.count
        // UTF-8 takes at most 1.5 times the bytes of GB18030 or UTF-16 for the same text.
        output.count = start + input.count * 2 + 8
        var consumed = 0
        var produced = 0
        var stop = 0 as Int32
        input.withUnsafeMutableBytes { inBytes in
            output.withUnsafeMutableBytes { outBytes in
                var inPointer = inBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBytes.count
                var outPointer = outBytes.baseAddress.map { ($0 + start).assumingMemoryBound(to: CChar.self) }
                var outLeft = outBytes.count - start
                if iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) == -1 { stop = errno }
                consumed = inBytes.count - inLeft
                produced = outBytes.count - start - outLeft
            }
        }
        precondition(stop != E2BIG, "UTF-8 output outgrew twice the input")
        output.count = start + produced
        defer { consumedBefore += consumed }
        switch stop {
        case 0:
            return .ok
        case EINVAL:
            carry.append(contentsOf: input[consumed...])
            return .ok
        default:
            return .invalid(at: consumedBefore + consumed)
        }
    }

    /// At the end of the stream: a sequence cut off by the end of the file is invalid.
    func finish() -> Outcome {
        carry.isEmpty ? .ok : .invalid(at: consumedBefore)
    }
}
