extension Team {
    /// Whether the team was posted at some time in `period`, and so owes a report for that month.
    public func isPosted(in period: Period) -> Bool {
        startDate <= period.lastDay && (endDate.map { period.firstDay <= $0 } ?? true)
    }

    /// The term from 进驻日期 to 期满日期 in months, to the nearest: terms are set in years and end on the
    /// anniversary or the eve of it, so a day either way must not make a two-year term look short.
    var termMonths: Int? {
        guard let endDate else { return nil }
        let days = Double(endDate.day - startDate.day + 1)
        return Int((Double(endDate.period.ordinal - startDate.period.ordinal) + days / 30.44).rounded())
    }
}

extension Cadre {
    /// Days of `period` the cadre was posted: a cadre who arrived on the 20th cannot be asked for 20 days.
    func daysPosted(in period: Period) -> Int {
        let first = max(startDate, period.firstDay)
        let last = min(endDate ?? period.lastDay, period.lastDay)
        return first <= last ? last.daysSinceEpoch - first.daysSinceEpoch + 1 : 0
    }
}
