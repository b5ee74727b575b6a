/// A team's figures over the window.
public struct TeamSummary: Sendable {
    public let team: Team
    public let figures: Figures
    public let monthsReported: [Period]
    /// Months of the window in which the team was posted but filed no report (漏报).
    public let monthsMissing: [Period]
    /// Cadres of the team in post at the end of the window.
    public let cadres: [Cadre]
}

/// Who is posted, from the rosters, as of the last day of the window.
public struct Staffing: Hashable, Sendable {
    public let teams: Int
    public let cadres: Int
    public let firstSecretaries: Int
    public let townships: Int
    public let villages: Int
}

/// A derived figure, from summed numerator and denominator; nil parts mean nobody reported them.
public struct RateFigure: Sendable {
    public let definition: RateDefinition
    public let numerator: Int64?
    public let denominator: Int64?

    /// The ratio, or nil where it cannot be stated (a part not reported, or a zero denominator).
    public var value: Double? {
        guard let numerator, let denominator, denominator != 0 else { return nil }
        return Double(numerator) / Double(denominator)
    }
}

/// The figures of a group of teams (a county, prefecture, province, or any other grouping) over a window.
public struct UnitSummary: Sendable {
    public let unit: ReportingUnit
    public let window: Window
    public let catalog: MetricCatalog
    /// The group's teams posted at some time in the window, in roster order.
    public let teams: [TeamSummary]
    /// Sum of `teams`' figures: every total equals the sum of the rows shown beneath it.
    public let totals: Figures
    public let staffing: Staffing

    public func total(of metricID: String) -> Int64? {
        catalog.position(of: metricID).flatMap { totals[$0] }
    }

    public var rates: [RateFigure] {
        catalog.rates.map { RateFigure(definition: $0, numerator: total(of: $0.numerator),
                                       denominator: total(of: $0.denominator)) }
    }

    /// Teams with at least one month missing, for 需要关注的问题.
    public var teamsWithMissingReports: [TeamSummary] { teams.filter { !$0.monthsMissing.isEmpty } }
}
