/// The unit a money column is written in, taken from its header: `投入帮扶资金（万元）`.
/// Money is stored in 分 whatever the unit.
public enum MoneyUnit: Int, Sendable, Equatable {
    case yuan = 0
    case wanYuan = 4
    case yiYuan = 8

    /// 1 of this unit is 10^powerOfTen 元.
    public var powerOfTen: Int { rawValue }

    /// `元`, `万元`, `亿元`.
    public var name: String {
        switch self {
        case .yuan: "元"
        case .wanYuan: "万元"
        case .yiYuan: "亿元"
        }
    }

    /// The header without its unit, and the unit: `投入帮扶资金（万元）` → (`投入帮扶资金`, .wanYuan);
    /// `(单位：万元)` and `(万)` are read too. Without a unit in brackets money is in 元.
    public static func split(header: String) -> (name: String, unit: MoneyUnit) {
        let folded = CellText.trimmed(CellText.halfWidth(header))
        guard folded.hasSuffix(")"), let open = folded.lastIndex(of: "(") else { return (folded, .yuan) }
        var inside = CellText.trimmed(String(folded[folded.index(after: open)..<folded.index(before: folded.endIndex)]))
        if inside.hasPrefix("单位:") { inside = CellText.trimmed(String(inside.dropFirst(3))) }
        let unit: MoneyUnit? = switch inside {
        case "元": .yuan
        case "万元", "万": .wanYuan
        case "亿元", "亿": .yiYuan
        default: nil
        }
        guard let unit else { return (folded, .yuan) }
        return (CellText.trimmed(String(folded[..<open])), unit)
    }
}
