/// A calendar month, the unit every report and attendance sheet is filed for.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Four bytes rather than two `Int`s: every report and attendance record of a national run holds one.
    private let storedOrdinal: Int32

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1900...9999).contains(year) else { return nil }
        storedOrdinal = Int32(year * 12 + (month - 1))
    }

    public var year: Int { ordinal / 12 }
    public var month: Int { ordinal % 12 + 1 }

    /// Months counted from year 0, so that windows can be walked and compared with plain integers.
    public var ordinal: Int { Int(storedOrdinal) }

    public init(ordinal: Int) {
        storedOrdinal = Int32(ordinal)
    }

    public func advanced(by months: Int) -> Period { Period(ordinal: ordinal + months) }

    public var next: Period { advanced(by: 1) }
    public var previous: Period { advanced(by: -1) }

    public var numberOfDays: Int { CalendarDate.daysIn(month: month, year: year) }
    public var firstDay: CalendarDate { CalendarDate(uncheckedYear: year, month: month, day: 1) }
    public var lastDay: CalendarDate { CalendarDate(uncheckedYear: year, month: month, day: numberOfDays) }

    /// `2021-04`, the form used in file names, the manifest and `--period`.
    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    public static func < (lhs: Period, rhs: Period) -> Bool { lhs.ordinal < rhs.ordinal }
}

/// A span of whole months, `from` through `to`, both included.
public struct Window: Hashable, Sendable, CustomStringConvertible {
    public let from: Period
    public let to: Period

    public init?(from: Period, to: Period) {
        guard from <= to else { return nil }
        self.from = from
        self.to = to
    }

    public var periods: [Period] { (from.ordinal...to.ordinal).map(Period.init(ordinal:)) }
    public var monthCount: Int { to.ordinal - from.ordinal + 1 }
    public func contains(_ period: Period) -> Bool { from <= period && period <= to }

    /// The window of the same length just before this one, for comparisons with history.
    public var preceding: Window {
        Window(from: from.advanced(by: -monthCount), to: from.previous)!
    }

    public var description: String { "\(from)—\(to)" }
}
