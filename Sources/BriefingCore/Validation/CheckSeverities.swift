/// How much each built-in check matters. They describe the work, not broken data, so they are warnings
/// (outliers: info) by default and reject nothing whatever their level; `off` in rules.yaml turns one off (nil).
public struct CheckSeverities: Hashable, Sendable {
    public var teamSize: Severity? = .warning
    public var term: Severity? = .warning
    public var daysInVillage: Severity? = .warning
    public var leaveDays: Severity? = .warning
    public var absences: Severity? = .warning
    public var missingReport: Severity? = .warning
    public var lateReport: Severity? = .warning
    /// A figure far from the usual may well be right: a hint, not a problem.
    public var outlier: Severity? = .info

    public init() {}

    enum Keys: String, CodingKey, CaseIterable {
        case team_size, term, days_in_village, leave_days, absences, missing_report, late_report, outlier
    }

    /// These severities with those written at `decoder` in their place.
    func overridden(by decoder: Decoder) throws -> CheckSeverities {
        try decoder.rejectUnknownKeys(Keys.self)
        let container = try decoder.container(keyedBy: Keys.self)
        var result = self
        func read(_ key: Keys, _ field: WritableKeyPath<CheckSeverities, Severity?>) throws {
            guard container.contains(key) else { return }
            result[keyPath: field] = try container.parse(key) { text throws(RuleTextError) in
                text == "off" ? nil : try Severity.parse(text, orOff: true)
            }
        }
        try read(.team_size, \.teamSize)
        try read(.term, \.term)
        try read(.days_in_village, \.daysInVillage)
        try read(.leave_days, \.leaveDays)
        try read(.absences, \.absences)
        try read(.missing_report, \.missingReport)
        try read(.late_report, \.lateReport)
        try read(.outlier, \.outlier)
        return result
    }
}

extension Severity {
    /// `error`, `warning` or `info` as rules.yaml writes them (and `off` where a check may be turned off).
    static func parse(_ text: String, orOff: Bool = false) throws(RuleTextError) -> Severity {
        guard let severity = Severity(rawValue: text) else {
            throw RuleTextError(message: "级别应为 error（错误）、warning（警告）、info（提示）\(orOff ? "或 off（不检查）" : "")之一，不能是“\(text)”")
        }
        return severity
    }
}
