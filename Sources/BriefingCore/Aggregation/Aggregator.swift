/// Sums accepted records over a window, once per team, then per unit by adding team rows.
///
/// Units are sums of their teams' rows rather than of raw reports, so a county total is by construction
/// the sum of the rows beneath it, and any grouping of teams (by sending unit, by programme) is a filter.
public struct Aggregator: Sendable {
    public let window: Window
    public let catalog: MetricCatalog
    private let data: DataSet
    private let teamSummaries: [TeamSummary]
    /// Positions in `data.reports` of each team's reports in the window, for monthly series.
    private let reportsByTeam: [String: [Int]]
    /// Positions in `data.attendance` of each cadre's records in the window.
    private let attendanceByCadre: [String: [Int]]
    /// Every cadre of each team, in post at the end of the window or not.
    private let cadresByTeam: [String: [Cadre]]
    /// Finds the teams of a scope among `teamSummaries`.
    private let index: TeamIndex

    public init(data: DataSet, catalog: MetricCatalog, window: Window) {
        self.window = window
        self.catalog = catalog
        self.data = data

        var figuresByTeam: [String: Figures] = [:]
        var periodsByTeam: [String: Set<Period>] = [:]
        var reportsByTeam: [String: [Int]] = [:]
        for (position, report) in data.reports.enumerated() where window.contains(report.period) {
            figuresByTeam[report.teamID, default: Figures(count: catalog.count)].add(report.figures)
            periodsByTeam[report.teamID, default: []].insert(report.period)
            reportsByTeam[report.teamID, default: []].append(position)
        }
        var attendanceByCadre: [String: [Int]] = [:]
        for (position, record) in data.attendance.enumerated() where window.contains(record.period) {
            attendanceByCadre[record.cadreID, default: []].append(position)
        }
        let cadresByTeam = Dictionary(grouping: data.cadres, by: \.teamID)
        let end = window.to.lastDay

        teamSummaries = data.teams.compactMap { team in
            let reported = periodsByTeam[team.id] ?? []
            let posted = window.periods.filter(team.isPosted(in:))
            guard !posted.isEmpty || !reported.isEmpty else { return nil }
            return TeamSummary(
                team: team,
                figures: figuresByTeam[team.id] ?? Figures(count: catalog.count),
                monthsReported: reported.sorted(),
                monthsMissing: posted.filter { !reported.contains($0) },
                cadres: (cadresByTeam[team.id] ?? []).filter { $0.isActive(on: end) }
            )
        }
        index = TeamIndex(teamSummaries.map(\.team))
        self.reportsByTeam = reportsByTeam
        self.attendanceByCadre = attendanceByCadre
        self.cadresByTeam = cadresByTeam
    }

    /// The summary of every team `scope` includes.
    public func summary(for scope: SummaryScope) -> UnitSummary {
        summary(of: scope, teams: index.positions(in: scope).map { teamSummaries[$0] })
    }

    /// The summary of the teams `belongs` picks, reported under `scope`.
    public func summary(of scope: SummaryScope, where belongs: (TeamSummary) -> Bool) -> UnitSummary {
        summary(of: scope, teams: teamSummaries.filter(belongs))
    }

    /// The summary of `teams`, in roster order.
    private func summary(of scope: SummaryScope, teams: [TeamSummary]) -> UnitSummary {
        let end = window.to.lastDay
        let posted = teams.filter { $0.team.isActive(on: end) }
        let staffing = Staffing(
            teams: posted.count,
            cadres: posted.reduce(0) { $0 + $1.cadres.count },
            firstSecretaries: posted.reduce(0) { $0 + $1.cadres.filter(\.role.isFirstSecretary).count },
            counties: Set(posted.map(\.team.county.name)).count,
            townships: Set(posted.map { [$0.team.county.name, $0.team.township] }).count,
            villages: Set(posted.map { [$0.team.county.name, $0.team.township, $0.team.village] }).count
        )
        return UnitSummary(scope: scope, window: window, catalog: catalog, teams: teams,
                           totals: Figures.sum(teams.map(\.figures), count: catalog.count), staffing: staffing,
                           monthly: monthly(of: teams), attendance: attendance(of: teams))
    }

    private func monthly(of teams: [TeamSummary]) -> [Figures] {
        var months = Array(repeating: Figures(count: catalog.count), count: window.monthCount)
        for team in teams {
            for position in reportsByTeam[team.team.id] ?? [] {
                let report = data.reports[position]
                months[report.period.ordinal - window.from.ordinal].add(report.figures)
            }
        }
        return months
    }

    /// Each cadre who was posted in the window or has attendance in it, with days in the village by month.
    private func attendance(of teams: [TeamSummary]) -> [CadreAttendance] {
        teams.flatMap { team in
            (cadresByTeam[team.team.id] ?? []).compactMap { cadre -> CadreAttendance? in
                var days: [Int?] = Array(repeating: nil, count: window.monthCount)
                for position in attendanceByCadre[cadre.id] ?? [] {
                    let record = data.attendance[position]
                    days[record.period.ordinal - window.from.ordinal] = record.daysInVillage
                }
                let postedInWindow = cadre.startDate <= window.to.lastDay
                    && (cadre.endDate.map { window.from.firstDay <= $0 } ?? true)
                guard postedInWindow || days.contains(where: { $0 != nil }) else { return nil }
                return CadreAttendance(cadre: cadre, team: team.team, daysInVillage: days)
            }
        }
    }
}
