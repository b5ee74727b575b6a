/// The policy figures the work is held to (驻村工作管理办法). rules.yaml sets them under `thresholds:`
/// and a province may set its own under `provinces:`.
public struct Thresholds: Hashable, Sendable {
    /// Cadres in post per team, at least.
    public var minTeamSize = 3
    /// A team's term, 进驻日期 to 期满日期, in months, at least.
    public var minTermMonths = 24
    /// Days in the village per month, at least; pro rata in a month the cadre was posted for only part of.
    public var minDaysInVillage = 20
    /// Leave days per month, at most.
    public var maxLeaveDays = 10
    /// Unexcused absences per month, at most.
    public var maxAbsences = 2
    /// A month's report is due by this day of the following month (the month's last day if it is shorter).
    public var reportDeadlineDay = 5

    public init() {}

    enum Keys: String, CodingKey, CaseIterable {
        case min_team_size, min_term_months, min_days_in_village, max_leave_days, max_absences, report_deadline_day
    }

    /// These thresholds with those written at `decoder` in their place.
    func overridden(by decoder: Decoder) throws -> Thresholds {
        try decoder.rejectUnknownKeys(Keys.self)
        let container = try decoder.container(keyedBy: Keys.self)
        var result = self
        func read(_ key: Keys, _ range: ClosedRange<Int>, _ field: WritableKeyPath<Thresholds, Int>) throws {
            guard let value = try container.decodeIfPresent(Int.self, forKey: key) else { return }
            guard range.contains(value) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container,
                                                       debugDescription: "应为\(range.lowerBound)到\(range.upperBound)之间的整数，不能是\(value)")
            }
            result[keyPath: field] = value
        }
        try read(.min_team_size, 1...100, \.minTeamSize)
        try read(.min_term_months, 1...240, \.minTermMonths)
        try read(.min_days_in_village, 0...31, \.minDaysInVillage)
        try read(.max_leave_days, 0...31, \.maxLeaveDays)
        try read(.max_absences, 0...100, \.maxAbsences)
        try read(.report_deadline_day, 1...31, \.reportDeadlineDay)
        return result
    }
}
