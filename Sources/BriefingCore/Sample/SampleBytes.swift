/// A file's contents as UTF-8 bytes, built row by row. Numbers are written digit by digit rather than
/// through `String`, because a large sample writes some hundred million of them.
struct SampleBytes {
    private(set) var bytes: [UInt8] = []

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let minus = UInt8(ascii: "-")

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    init(csvRow fields: [String]) { appendCSVRow(fields, crlf: false) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }
    mutating func append(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    /// A CSV field, quoted only when it has to be (RFC 4180).
    mutating func appendField(_ text: String) {
        let needsQuotes = text.utf8.contains {
            $0 == Self.comma || $0 == Self.quote || $0 == Self.lineFeed || $0 == Self.carriageReturn
        }
        guard needsQuotes else { return append(text) }
        bytes.append(Self.quote)
        for byte in text.utf8 {
            if byte == Self.quote { bytes.append(Self.quote) }
            bytes.append(byte)
        }
        bytes.append(Self.quote)
    }

    mutating func append(int value: Int) {
        if value < 0 { bytes.append(Self.minus) }
        var rest = value.magnitude
        guard rest >= 10 else { return bytes.append(UInt8(ascii: "0") + UInt8(rest)) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// `7`, `07` with `width: 2`.
    mutating func append(int value: Int, width: Int) {
        var digits = 1
        var probe = value
        while probe >= 10 { probe /= 10; digits += 1 }
        if digits < width { bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - digits)) }
        append(int: value)
    }

    /// A CSV field as Excel writes a number formatted with separators: `"1,935,000"`, `935`.
    mutating func appendGroupedField(_ value: Int) {
        guard value >= 1000 else { return append(int: value) }
        bytes.append(Self.quote)
        appendGrouped(value)
        bytes.append(Self.quote)
    }

    private mutating func appendGrouped(_ value: Int) {
        if value >= 1000 {
            appendGrouped(value / 1000)
            bytes.append(Self.comma)
            append(int: value % 1000, width: 3)
        } else {
            append(int: value)
        }
    }

    /// An amount of 元 in 万元 with no trailing zeros: 125300 → `12.53`, 125000 → `12.5`, 120000 → `12`.
    /// Money in a sample is whole hundreds of 元, so two decimals are exact.
    mutating func append(wanYuanFromYuan yuan: Int) {
        let hundreds = yuan / 100
        append(int: hundreds / 100)
        let cents = hundreds % 100
        guard cents != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        if cents % 10 == 0 {
            append(int: cents / 10)
        } else {
            append(int: cents, width: 2)
        }
    }

    mutating func appendCSVRow(_ fields: [String], crlf: Bool) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(Self.comma) }
            appendField(field)
        }
        endLine(crlf: crlf)
    }

    mutating func appendComma() { bytes.append(Self.comma) }

    mutating func endLine(crlf: Bool) {
        if crlf { bytes.append(Self.carriageReturn) }
        bytes.append(Self.lineFeed)
    }
}
