/// Strict UTF-8 validation over a stream of chunks, as a small state machine so that a character
/// cut by a chunk boundary needs no copying. NUL is rejected too: no spreadsheet writes it, and a
/// BOM-less UTF-16 file would otherwise pass as UTF-8 full of NULs.
struct UTF8Validator {
    /// What the next byte must be.
    private enum Expect {
        case lead
        case continuation(remaining: Int)
        /// After E0, ED, F0 or F4 the first continuation byte has a narrower range (no overlongs,
        /// no surrogates, nothing above U+10FFFF).
        case firstContinuation(ClosedRange<UInt8>, remainingAfter: Int)
    }

    private var expect = Expect.lead
    private var sequenceStart = 0
    private var offset = 0

    /// Feeds the next chunk; returns the stream offset of the first invalid sequence, if any.
    mutating func validate(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let count = bytes.count
        var i = 0
        while i < count {
            if case .lead = expect {
                // Eight ASCII bytes at a time, none of them NUL.
                while i + 8 <= count {
                    let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let highBits = word & 0x8080_8080_8080_8080
                    let zeroByte = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                    if highBits | zeroByte != 0 { break }
                    i += 8
                }
                if i == count { break }
            }
            let byte = bytes[i]
            switch expect {
            case .lead:
                sequenceStart = offset + i
                switch byte {
                case 0x01...0x7F: break
                case 0xC2...0xDF: expect = .continuation(remaining: 1)
                case 0xE0: expect = .firstContinuation(0xA0...0xBF, remainingAfter: 1)
                case 0xED: expect = .firstContinuation(0x80...0x9F, remainingAfter: 1)
                case 0xE1...0xEF: expect = .continuation(remaining: 2)
                case 0xF0: expect = .firstContinuation(0x90...0xBF, remainingAfter: 2)
                case 0xF1...0xF3: expect = .continuation(remaining: 3)
                case 0xF4: expect = .firstContinuation(0x80...0x8F, remainingAfter: 2)
                default: return sequenceStart
                }
            case .continuation(let remaining):
                guard byte & 0xC0 == 0x80 else { return sequenceStart }
                expect = remaining == 1 ? .lead : .continuation(remaining: remaining - 1)
            case .firstContinuation(let range, let remainingAfter):
                guard range.contains(byte) else { return sequenceStart }
                expect = .continuation(remaining: remainingAfter)
            }
            i += 1
        }
        offset += count
        return nil
    }

    /// At the end of the stream: the offset of a sequence cut off by the end, if any.
    func finish() -> Int? {
        if case .lead = expect { return nil }
        return sequenceStart
    }
}
