import BriefingCore

/// What a unit's workbook and briefing say besides its figures: its findings and reporting rate, the
/// previous window's totals, and the province's days-in-the-village policy. Made once per unit and shared
/// by both renderers.
public struct UnitReview: Sendable {
    public let findings: [Finding]
    public let reportingRate: ReportingRate
    /// Days in the village a month below which a cadre's cell is highlighted.
    public let minimumDaysInVillage: Int
    /// The totals of the window just before, where the history has them.
    public let previous: Figures?

    public init(findings: [Finding], reportingRate: ReportingRate, minimumDaysInVillage: Int, previous: Figures?) {
        self.findings = findings
        self.reportingRate = reportingRate
        self.minimumDaysInVillage = minimumDaysInVillage
        self.previous = previous
    }
}
