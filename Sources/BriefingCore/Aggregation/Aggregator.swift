/// Sums accepted records over a window, once per team, then per unit by adding team rows.
///
/// Units are sums of their teams' rows rather than of raw reports, so a county total is by construction
/// the sum of the rows beneath it, and any grouping of teams (by sending unit, by programme) is a filter.
public struct Aggregator: Sendable {
    public let window: Window
    public let catalog: MetricCatalog
    private let teamSummaries: [TeamSummary]

    public init(data: DataSet, catalog: MetricCatalog, window: Window) {
        self.window = window
        self.catalog = catalog

        var figuresByTeam: [String: Figures] = [:]
        var periodsByTeam: [String: Set<Period>] = [:]
        for report in data.reports where window.contains(report.period) {
            figuresByTeam[report.teamID, default: Figures(count: catalog.count)].add(report.figures)
            periodsByTeam[report.teamID, default: []].insert(report.period)
        }
        let end = window.to.lastDay
        let cadresByTeam = Dictionary(grouping: data.cadres.filter { $0.isActive(on: end) }, by: \.teamID)

        teamSummaries = data.teams.compactMap { team in
            let reported = periodsByTeam[team.id] ?? []
            let posted = window.periods.filter { period in
                team.startDate <= period.lastDay && (team.endDate.map { period.firstDay <= $0 } ?? true)
            }
            guard !posted.isEmpty || !reported.isEmpty else { return nil }
            return TeamSummary(
                team: team,
                figures: figuresByTeam[team.id] ?? Figures(count: catalog.count),
                monthsReported: reported.sorted(),
                monthsMissing: posted.filter { !reported.contains($0) },
                cadres: cadresByTeam[team.id] ?? []
            )
        }
    }

    /// The summary of every team in `unit`.
    public func summary(for unit: ReportingUnit) -> UnitSummary {
        summary(of: unit) { unit.contains($0.team.county) }
    }

    /// The summary of the teams `belongs` picks, reported under `unit`'s name.
    public func summary(of unit: ReportingUnit, where belongs: (TeamSummary) -> Bool) -> UnitSummary {
        let teams = teamSummaries.filter(belongs)
        let end = window.to.lastDay
        let posted = teams.filter { $0.team.isActive(on: end) }
        let staffing = Staffing(
            teams: posted.count,
            cadres: posted.reduce(0) { $0 + $1.cadres.count },
            firstSecretaries: posted.reduce(0) { $0 + $1.cadres.filter(\.role.isFirstSecretary).count },
            townships: Set(posted.map { [$0.team.county.name, $0.team.township] }).count,
            villages: Set(posted.map { [$0.team.county.name, $0.team.township, $0.team.village] }).count
        )
        return UnitSummary(unit: unit, window: window, catalog: catalog, teams: teams,
                           totals: Figures.sum(teams.map(\.figures), count: catalog.count), staffing: staffing)
    }
}
