/// One value per metric of the catalog, by catalog position: counts as they are, money in 分.
///
/// Blank is not zero: a metric nobody reported stays nil, through every sum, up to the briefing, which
/// leaves its sentence out. A national run holds three million reports of two dozen figures, so values
/// are kept in 32 bits, with a sentinel for "not reported", until one does not fit (a sum, or a large
/// sum of money in 分); then all of them move to 64 bits.
public struct Figures: Hashable, Sendable {
    private static let narrowNotReported = Int32.min
    private static let wideNotReported = Int64.min
    private var narrow: [Int32]
    /// Every value, once one has left `Int32`'s range; `narrow` is then empty.
    private var wide: [Int64]?

    /// Nothing reported yet.
    public init(count: Int) { narrow = Array(repeating: Figures.narrowNotReported, count: count) }

    public var count: Int { wide?.count ?? narrow.count }

    public subscript(position: Int) -> Int64? {
        get {
            if let wide { return wide[position] == Figures.wideNotReported ? nil : wide[position] }
            return narrow[position] == Figures.narrowNotReported ? nil : Int64(narrow[position])
        }
        set {
            if wide == nil {
                guard let value = newValue else {
                    narrow[position] = Figures.narrowNotReported
                    return
                }
                if let small = Int32(exactly: value), small != Figures.narrowNotReported {
                    narrow[position] = small
                    return
                }
                widen()
            }
            wide![position] = newValue ?? Figures.wideNotReported
        }
    }

    /// Whether no metric at all was reported.
    public var isEmpty: Bool { (0..<count).allSatisfy { self[$0] == nil } }

    /// Adds `other` metric by metric; a blank adds nothing, and a sum of blanks stays blank.
    public mutating func add(_ other: Figures) {
        precondition(other.count == count, "figures from different catalogs")
        for position in 0..<count {
            guard let value = other[position] else { continue }
            self[position] = (self[position] ?? 0) + value
        }
    }

    public static func sum<S: Sequence>(_ rows: S, count: Int) -> Figures where S.Element == Figures {
        rows.reduce(into: Figures(count: count)) { $0.add($1) }
    }

    private mutating func widen() {
        guard wide == nil else { return }
        wide = narrow.map { $0 == Figures.narrowNotReported ? Figures.wideNotReported : Int64($0) }
        narrow = []
    }

    // Equal values are equal figures, however they are stored.
    public static func == (lhs: Figures, rhs: Figures) -> Bool {
        lhs.count == rhs.count && (0..<lhs.count).allSatisfy { lhs[$0] == rhs[$0] }
    }

    public func hash(into hasher: inout Hasher) {
        for position in 0..<count { hasher.combine(self[position]) }
    }
}
