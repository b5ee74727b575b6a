import BriefingCore

/// How a figure, a rate or a change is written in a briefing (briefing-style.md, "Numbers").
///
/// All arithmetic is on integers: money in 分, ratios by full-width multiplication and division,
/// so no floating-point rounding can move a figure across a boundary.
///
/// A negative count or amount is not a briefing figure (input validation rejects negative counts), but it
/// must not crash a run: it is written as `-` followed by the figure for its magnitude, cut toward zero.
public enum FigureText {
    // MARK: Counts

    /// The count as it is: `1677名`. Counts are never written in 万 or 亿 in the exact style.
    public static func exact(count: Int64, unit: String) -> String {
        "\(count)\(unit)"
    }

    /// The count floored to the approx style: `7800余条`, `1.2万余户次`, `7万余件`, `234万余人次`.
    ///
    /// Counts of 1亿 and above follow the spec's 亿 row as money does: 亿 with at most two decimals,
    /// floored, no marker (`123456789` → `1.23亿人次`), the way such totals appear in official summaries.
    public static func approx(count: Int64, unit: String, marker: ApproxMarker = .yu) -> String {
        let sign = count < 0 ? "-" : ""
        let value = count.magnitude
        switch value {
        case ..<100:
            return "\(sign)\(value)\(unit)"
        case ..<10_000:
            let kept = floored(value, toSignificantDigits: 2)
            return "\(sign)\(kept)\(value == kept ? "" : marker.rawValue)\(unit)"
        case ..<100_000_000:
            // In tenths of 万: one decimal at most, and no more than 3 significant digits.
            let tenths = floored(value / 1_000, toSignificantDigits: 3)
            let cut = tenths * 1_000 != value
            return "\(sign)\(decimal(tenths, places: 1))万\(cut ? marker.rawValue : "")\(unit)"
        default:
            return "\(sign)\(decimal(value / 1_000_000, places: 2))亿\(unit)"
        }
    }

    // MARK: Money

    /// The amount as it is: in 亿元 when a whole number of 0.01亿 and at least 1亿 (`22.7亿元`), else in
    /// 万元 when at least 10万元 and a whole number of 万 (`1935万元`), else in 元 (`1935.5元`).
    public static func exact(money: Money) -> String {
        let sign = money.fen < 0 ? "-" : ""
        let fen = money.fen.magnitude
        if fen >= fenPerYi, fen % fenPerHundredthYi == 0 {
            return "\(sign)\(decimal(fen / fenPerHundredthYi, places: 2))亿元"
        }
        if fen >= 10 * fenPerWan, fen % fenPerWan == 0 {
            return "\(sign)\(fen / fenPerWan)万元"
        }
        return "\(sign)\(decimal(fen, places: 2))元"
    }

    /// The amount floored to the approx style: `5100余元`, `16万余元`, `1012万余元`, `27.15亿元`.
    /// Below 100元 nothing is cut, 分 included (`57.5元`).
    public static func approx(money: Money, marker: ApproxMarker = .yu) -> String {
        let sign = money.fen < 0 ? "-" : ""
        let fen = money.fen.magnitude
        let yuan = fen / 100
        switch yuan {
        case ..<100:
            return exact(money: money)
        case ..<10_000:
            let kept = floored(yuan, toSignificantDigits: 2)
            return "\(sign)\(kept)\(kept * 100 == fen ? "" : marker.rawValue)元"
        case ..<100_000_000:
            let wan = fen / fenPerWan
            return "\(sign)\(wan)万\(wan * fenPerWan == fen ? "" : marker.rawValue)元"
        default:
            return "\(sign)\(decimal(fen / fenPerHundredthYi, places: 2))亿元"
        }
    }

    // MARK: Rates and changes

    /// A rate from summed figures: `57%`, `100%`, `99.9%`, `0.1%`, `0%`.
    ///
    /// A whole percent, rounded half up, except that 100% is written only when the figures are equal and
    /// 0% only when the numerator is 0; otherwise one decimal, kept off those two values. A numerator above
    /// the denominator is written as it is (`105%`, never `100%` for `100.01%`), so that inconsistent
    /// figures show rather than vanish. Nil when there is no rate to write: a denominator of 0 or below,
    /// a negative numerator, or a ratio too large for 64-bit arithmetic.
    public static func rate(_ numerator: Int64, of denominator: Int64) -> String? {
        guard numerator >= 0, denominator > 0 else { return nil }
        return percent(numerator.magnitude, of: denominator.magnitude)
    }

    /// The change from the previous window to this one: `增长12%`, `下降5%`, `持平`.
    ///
    /// Rounded as rates are: a real change is never `0%`, and `100%` only for an exact doubling or a fall
    /// to zero. Nil when the previous figure is 0 (no base to compare with), when either figure is
    /// negative, or when the ratio is too large for 64-bit arithmetic. A missing previous figure is the
    /// caller's: `previous.flatMap { FigureText.change(from: $0, to: current) }`. Pass money as `fen`.
    public static func change(from previous: Int64, to current: Int64) -> String? {
        guard previous > 0, current >= 0 else { return nil }
        if current == previous { return "持平" }
        let verb = current > previous ? "增长" : "下降"
        let difference = current > previous ? current - previous : previous - current
        return percent(difference.magnitude, of: previous.magnitude).map { verb + $0 }
    }

    // MARK: Helpers

    private static let fenPerWan: UInt64 = 1_000_000
    private static let fenPerHundredthYi: UInt64 = 100_000_000
    private static let fenPerYi: UInt64 = 10_000_000_000

    /// `part / whole` as a percent, with 0% and 100% kept for exact values; `whole` is not 0.
    private static func percent(_ part: UInt64, of whole: UInt64) -> String? {
        if part == 0 { return "0%" }
        if part == whole { return "100%" }
        guard let hundredths = roundedQuotient(part, times: 100, over: whole) else { return nil }
        if hundredths != 0 && hundredths != 100 { return "\(hundredths)%" }
        guard let thousandths = roundedQuotient(part, times: 1_000, over: whole) else { return nil }
        let kept = part < whole ? min(max(thousandths, 1), 999) : max(thousandths, 1_001)
        return "\(decimal(kept, places: 1))%"
    }

    /// `value × scale ÷ divisor`, rounded half up; nil when the result does not fit in 64 bits.
    private static func roundedQuotient(_ value: UInt64, times scale: UInt64, over divisor: UInt64) -> UInt64? {
        let product = value.multipliedFullWidth(by: scale)
        guard product.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        let (rounded, overflow) = quotient.addingReportingOverflow(remainder >= divisor - remainder ? 1 : 0)
        return overflow ? nil : rounded
    }

    /// `value` with all but its first `digits` significant digits set to zero: 7845 → 7800.
    private static func floored(_ value: UInt64, toSignificantDigits digits: Int) -> UInt64 {
        let limit = power(10, digits)
        var step: UInt64 = 1
        while value / step >= limit { step *= 10 }
        return value / step * step
    }

    private static func power(_ base: UInt64, _ exponent: Int) -> UInt64 {
        (0..<exponent).reduce(1) { result, _ in result * base }
    }

    /// `units` counted in 10^-places, written with trailing zeros dropped: (2270, 2) → `22.7`, (100, 2) → `1`.
    private static func decimal(_ units: UInt64, places: Int) -> String {
        let scale = power(10, places)
        var fraction = units % scale
        guard fraction != 0 else { return "\(units / scale)" }
        var digits = places
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let written = String(fraction)
        return "\(units / scale)." + String(repeating: "0", count: digits - written.count) + written
    }
}
