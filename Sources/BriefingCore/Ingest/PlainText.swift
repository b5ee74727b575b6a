/// The forms nearly every cell of a national run takes (`1935`, `2021-04`, `2021-04-15`), read straight
/// from their bytes. Anything else returns nil and goes the general way of `ValueParser`, which reads
/// these forms the same, only slower.
enum PlainText {
    /// ASCII digits only, at most 18 of them (so that no value overflows).
    static func digits(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { bytes in
            guard (1...18).contains(bytes.count) else { return nil }
            return number(bytes[...])
        }
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
    static func period(_ text: String) -> Period? {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let year = number(bytes[0..<4]),
                  let month = number(bytes[5..<7]) else { return nil }
            return Period(year: Int(year), month: Int(month))
        }
    }

    /// `2021-04-15`.
    static func date(_ text: String) -> CalendarDate? {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                  let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10])
            else { return nil }
            return CalendarDate(year: Int(year), month: Int(month), day: Int(day))
        }
    }

    private static func number(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int64? {
        var value: Int64 = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
