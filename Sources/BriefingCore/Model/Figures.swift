/// One value per metric of the catalog, by catalog position: counts as they are, money in 分.
///
/// Blank is not zero: a metric nobody reported stays nil, through every sum, up to the briefing, which
/// leaves its sentence out. Stored flat with a sentinel because a national run holds millions of rows.
public struct Figures: Hashable, Sendable {
    private static let notReported = Int64.min
    private var storage: [Int64]

    /// Nothing reported yet.
    public init(count: Int) { storage = Array(repeating: Figures.notReported, count: count) }

    public var count: Int { storage.count }

    public subscript(position: Int) -> Int64? {
        get { storage[position] == Figures.notReported ? nil : storage[position] }
        set { storage[position] = newValue ?? Figures.notReported }
    }

    /// Whether no metric at all was reported.
    public var isEmpty: Bool { storage.allSatisfy { $0 == Figures.notReported } }

    /// Adds `other` metric by metric; a blank adds nothing, and a sum of blanks stays blank.
    public mutating func add(_ other: Figures) {
        precondition(other.count == count, "figures from different catalogs")
        for position in storage.indices where other.storage[position] != Figures.notReported {
            storage[position] = (storage[position] == Figures.notReported ? 0 : storage[position])
                + other.storage[position]
        }
    }

    public static func sum<S: Sequence>(_ rows: S, count: Int) -> Figures where S.Element == Figures {
        rows.reduce(into: Figures(count: count)) { $0.add($1) }
    }
}
