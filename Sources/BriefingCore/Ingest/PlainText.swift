/// The forms nearly every cell of a national run takes (`1935`, `2021-04`, `2021-04-15`), read straight
/// from their bytes. Anything else returns nil and goes the general way of `ValueParser`, which reads
/// these forms the same, only slower.
enum PlainText {
    /// ASCII digits only, at most 18 of them (so that no value overflows).
    static func digits(_ text: String) -> Int64? { utf8(of: text, digits) }

    static func digits(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        guard (1...18).contains(bytes.count) else { return nil }
        return number(bytes[...])
    }

    /// `value` × 10^`power`, nil on overflow.
    static func scaled(_ value: Int64, byPowerOfTen power: Int) -> Int64? {
        var result = value
        for _ in 0..<power {
            let (product, overflow) = result.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            result = product
        }
        return result
    }

    /// `2021-04`.
    static func period(_ text: String) -> Period? { utf8(of: text, period) }

    static func period(_ bytes: UnsafeRawBufferPointer) -> Period? {
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let year = number(bytes[0..<4]),
              let month = number(bytes[5..<7]) else { return nil }
        return Period(year: Int(year), month: Int(month))
    }

    /// `2021-04-15`.
    static func date(_ text: String) -> CalendarDate? { utf8(of: text, date) }

    static func date(_ bytes: UnsafeRawBufferPointer) -> CalendarDate? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10])
        else { return nil }
        return CalendarDate(year: Int(year), month: Int(month), day: Int(day))
    }

    /// Whether the text has something other than spaces; decided by its first byte for nearly every cell.
    static func isBlank(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let first = bytes.first else { return true }
        if (0x21...0x7E).contains(first) { return false }
        return CellText.trimmed(String(decoding: bytes, as: UTF8.self)).isEmpty
    }

    /// Whether the text is digits and signs only (`2021-04`, `802796-01`, `1,935.5`): no header of any
    /// input is, so such a cell shows at once that its row is not a repeated header.
    static func isNumeric(_ bytes: UnsafeRawBufferPointer) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
            || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "/") }
    }

    private static func utf8<Value>(of text: String, _ read: (UnsafeRawBufferPointer) -> Value?) -> Value? {
        var text = text
        return text.withUTF8 { read(UnsafeRawBufferPointer($0)) }
    }

    private static func number(_ bytes: Slice<UnsafeRawBufferPointer>) -> Int64? {
        var value: Int64 = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
