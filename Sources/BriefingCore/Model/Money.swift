/// An amount of money, held in 分 so that sums of 元 amounts such as `1935.5` stay exact.
public struct Money: Hashable, Comparable, Sendable, AdditiveArithmetic {
    public var fen: Int64

    public init(fen: Int64) { self.fen = fen }
    public init(yuan: Int64) { self.fen = yuan * 100 }

    public static let zero = Money(fen: 0)

    /// Whole 元, floored; a briefing never rounds money up.
    public var wholeYuan: Int64 { fen >= 0 ? fen / 100 : -((-fen + 99) / 100) }
    /// 元 as a floating value, for a spreadsheet cell.
    public var yuan: Double { Double(fen) / 100 }

    public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen + b.fen) }
    public static func - (a: Money, b: Money) -> Money { Money(fen: a.fen - b.fen) }
    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }
}
