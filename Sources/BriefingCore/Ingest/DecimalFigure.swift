/// A decimal number as typed, kept exact: its digits and a power of ten. Every unit in play
/// (元, 万元, 亿元, 百, 千, 万, 亿) is a power of ten, so scaling only moves the point.
struct DecimalFigure: Equatable {
    var negative: Bool
    /// Significant digits, without leading zeros; empty for zero.
    var digits: [UInt8]
    var exponent: Int

    enum IntegerFailure: Error {
        case fraction
        case overflow
    }

    /// `1935`, `1,935`, `1935.5`, `-12`; thousands separators must group by three.
    init?<S: StringProtocol>(_ text: S) {
        var bytes = Array(text.utf8)[...]
        negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        let integerPart = bytes.prefix { $0 != UInt8(ascii: ".") }
        let fractionPart = bytes.dropFirst(integerPart.count + 1)
        guard !integerPart.isEmpty, integerPart.first != UInt8(ascii: ","),
              integerPart.count == bytes.count || !fractionPart.isEmpty,
              fractionPart.allSatisfy(Self.isDigit) else { return nil }
        let groups = integerPart.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(Self.isDigit) }),
              groups.count == 1 || groups[0].count <= 3 && groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        let all = groups.joined() + fractionPart
        digits = Array(all.drop { $0 == UInt8(ascii: "0") })
        exponent = -fractionPart.count
        if digits.isEmpty { negative = false }
    }

    /// The value times 10^`power`.
    func scaled(byPowerOfTen power: Int) -> DecimalFigure {
        var copy = self
        copy.exponent += power
        return copy
    }

    /// The value times 10^`power` as a whole number, or why it is none.
    func integer(timesPowerOfTen power: Int = 0) -> Result<Int64, IntegerFailure> {
        let shift = exponent + power
        let kept = shift >= 0 ? digits[...] : digits.dropLast(min(digits.count, -shift))
        if shift < 0 && digits.suffix(-shift).contains(where: { $0 != UInt8(ascii: "0") }) { return .failure(.fraction) }
        var value: Int64 = 0
        for digit in kept {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int64(digit - UInt8(ascii: "0")))
            if overflow1 || overflow2 { return .failure(.overflow) }
            value = sum
        }
        for _ in 0..<max(0, shift) where value != 0 {
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { return .failure(.overflow) }
            value = times
        }
        return .success(negative ? -value : value)
    }

    /// Plain decimal notation, no exponent and no trailing zeros: `70000`, `0.5`.
    var plainText: String {
        guard !digits.isEmpty else { return "0" }
        var text = String(decoding: digits, as: UTF8.self)
        if exponent >= 0 {
            text += String(repeating: "0", count: exponent)
        } else {
            let point = text.count + exponent
            if point <= 0 { text = "0." + String(repeating: "0", count: -point) + text }
            else { text.insert(".", at: text.index(text.startIndex, offsetBy: point)) }
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return (negative ? "-" : "") + text
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}
