/// Settles a file's format from its first text: JSON or CSV, and for CSV the delimiter, counted in
/// the header row (the first row with content) outside quotes.
enum FormatSniffer {
    enum Verdict: Equatable {
        /// More text is needed.
        case undecided
        /// Nothing but white space.
        case blank
        case csv(delimiter: UInt8)
        case json(JSONScanner.Layout)
    }

    /// A header longer than this is judged on what has been read of it.
    static let headerLimit = 1 << 20
    private static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";")]

    /// `complete` says the text is the whole file.
    static func sniff(_ text: UnsafeRawBufferPointer, complete: Bool, jsonByName: Bool) -> Verdict {
        guard let first = text.firstIndex(where: { !isWhitespace($0) }) else { return complete ? .blank : .undecided }
        let opening = text[first]
        if jsonByName {
            return .json(opening == UInt8(ascii: "[") ? .array : .lines)
        }
        if opening == UInt8(ascii: "{") || opening == UInt8(ascii: "[") {
            // `{"` or `[{` is JSON; a CSV header never starts so.
            guard let next = text[(first + 1)...].firstIndex(where: { !isWhitespace($0) }) else {
                return complete ? .csv(delimiter: UInt8(ascii: ",")) : .undecided
            }
            let expected: [UInt8] = opening == UInt8(ascii: "{") ? [UInt8(ascii: "\""), UInt8(ascii: "}")] : [UInt8(ascii: "{"), UInt8(ascii: "]")]
            if expected.contains(text[next]) { return .json(opening == UInt8(ascii: "[") ? .array : .lines) }
        }
        return delimiter(text, complete: complete)
    }

    private static func delimiter(_ text: UnsafeRawBufferPointer, complete: Bool) -> Verdict {
        var counts = [0, 0, 0]
        var hasContent = false
        var quoted = false
        for byte in text.prefix(headerLimit) {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
                hasContent = true
            } else if quoted {
                continue
            } else if let k = candidates.firstIndex(of: byte) {
                counts[k] += 1
            } else if byte == 0x0A || byte == 0x0D {
                if hasContent { return .csv(delimiter: choose(counts)) }
                // A blank row (`,,,,`) before the header says nothing.
                counts = [0, 0, 0]
            } else if !isWhitespace(byte) {
                hasContent = true
            }
        }
        return complete || text.count >= headerLimit ? .csv(delimiter: choose(counts)) : .undecided
    }

    /// The most frequent; on a tie comma, then tab, then semicolon; comma for a one-column file.
    private static func choose(_ counts: [Int]) -> UInt8 {
        let best = counts.indices.max { counts[$0] < counts[$1] || counts[$0] == counts[$1] && $0 > $1 }!
        return candidates[best]
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
