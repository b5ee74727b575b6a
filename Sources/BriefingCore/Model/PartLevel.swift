/// What a summary's teams are grouped by beneath its totals (乡镇汇总, 各县汇总, 按县汇总).
public enum PartLevel: Sendable {
    /// A county's townships, in roster order.
    case townships
    /// The counties of a prefecture or province, ranked.
    case counties
    /// The counties a sending unit's teams serve in, ranked and each named with its prefecture: they lie
    /// anywhere on the map, not in one place the reader knows.
    case countiesServed

    /// Whether parts are listed highest first, by `workbook.rank_by`.
    public var isRanked: Bool { self != .townships }
}
