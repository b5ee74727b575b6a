/// A team's figures over the window.
public struct TeamSummary: Sendable {
    public let team: Team
    public let figures: Figures
    public let monthsReported: [Period]
    /// Months of the window in which the team was posted but filed no report (漏报).
    public let monthsMissing: [Period]
    /// Cadres of the team in post at the end of the window, and how many of them are first secretaries:
    /// counts rather than the cadres, as a national run holds a quarter of a million team summaries.
    public let cadresInPost: Int
    public let firstSecretariesInPost: Int
}

/// Who is posted, from the rosters, as of the last day of the window.
public struct Staffing: Hashable, Sendable {
    public let teams: Int
    public let cadres: Int
    public let firstSecretaries: Int
    public let counties: Int
    public let townships: Int
    public let villages: Int
}

/// A cadre's days in the village, month by month over the window (nil: no attendance filed).
public struct CadreAttendance: Sendable {
    public let cadre: Cadre
    public let team: Team
    /// One entry per month of the window, in order.
    public let daysInVillage: [Int?]
}

/// The teams of a unit gathered under one of its parts (a township of a county, a county of a prefecture).
public struct PartSummary: Sendable {
    public let name: String
    /// The county of its teams: the part itself, or the county a township lies in.
    public let county: ReportingUnit
    public let teams: [TeamSummary]
    public let totals: Figures

    public var cadres: Int { teams.reduce(0) { $0 + $1.cadresInPost } }
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

/// The figures of a group of teams (a county, prefecture, province, sending unit or team) over a window.
public struct UnitSummary: Sendable {
    public let scope: SummaryScope
    public let window: Window
    public let catalog: MetricCatalog
    /// The group's teams posted at some time in the window, in roster order.
    public let teams: [TeamSummary]
    /// Sum of `teams`' figures: every total equals the sum of the rows shown beneath it.
    public let totals: Figures
    public let staffing: Staffing
    /// The unit's totals month by month, one entry per month of the window.
    public let monthly: [Figures]
    public let attendance: [CadreAttendance]

    public func total(of metricID: String) -> Int64? {
        catalog.position(of: metricID).flatMap { totals[$0] }
    }

    public var rates: [RateFigure] {
        catalog.rates.map { RateFigure(definition: $0, numerator: total(of: $0.numerator),
                                       denominator: total(of: $0.denominator)) }
    }

    /// The unit's parts (`scope.parts`), in order of first appearance: townships of a county, counties
    /// of a prefecture, province or sending unit; none for a team.
    public var parts: [PartSummary] {
        guard let level = scope.parts else { return [] }
        var order: [String] = []
        var byName: [String: [TeamSummary]] = [:]
        for team in teams {
            let name = level == .townships ? team.team.township : team.team.county.name
            if byName[name] == nil { order.append(name) }
            byName[name, default: []].append(team)
        }
        return order.map { name in
            PartSummary(name: name, county: byName[name]![0].team.county, teams: byName[name]!,
                        totals: Figures.sum(byName[name]!.map(\.figures), count: catalog.count))
        }
    }

    /// The counties its teams serve in, in order of first appearance.
    public var counties: [ReportingUnit] {
        var seen = Set<ReportingUnit>()
        return teams.map(\.team.county).filter { seen.insert($0).inserted }
    }

    /// The parts, highest `metricID` first; a part that reported none of it ranks last, ties keep order.
    public func parts(rankedBy metricID: String) -> [PartSummary] {
        guard let position = catalog.position(of: metricID) else { return parts }
        return parts.enumerated().sorted { a, b in
            let (x, y) = (a.element.totals[position] ?? -1, b.element.totals[position] ?? -1)
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }

    /// Teams with at least one month missing, for 需要关注的问题.
    public var teamsWithMissingReports: [TeamSummary] { teams.filter { !$0.monthsMissing.isEmpty } }
}
