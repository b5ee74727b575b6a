import BriefingCore

/// What a unit's workbook and briefing say besides its figures: its findings and reporting rate, the
/// previous window's totals, and the policy its cadres are held to. Made once per unit and shared by both
/// renderers.
public struct UnitReview: Sendable {
    public let findings: [Finding]
    public let reportingRate: ReportingRate
    /// The rules in force, whose thresholds a province may set for itself: a sending unit's teams may
    /// serve under several.
    public let rules: RuleSet
    /// The totals of the window just before, where the history has them.
    public let previous: Figures?

    public init(findings: [Finding], reportingRate: ReportingRate, rules: RuleSet, previous: Figures?) {
        self.findings = findings
        self.reportingRate = reportingRate
        self.rules = rules
        self.previous = previous
    }

    /// Days in the village a month below which a cadre of `team` is highlighted: its province's policy.
    public func minimumDaysInVillage(for team: Team) -> Int {
        rules.thresholds(for: team.county.province).minDaysInVillage
    }
}
