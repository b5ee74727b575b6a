/// Sums accepted records over a window, once per team, then per unit by adding team rows.
///
/// Units are sums of their teams' rows rather than of raw reports, so a county total is by construction
/// the sum of the rows beneath it, and any grouping of teams (by sending unit, by programme) is a filter.
public struct Aggregator: Sendable {
    public let window: Window
    public let catalog: MetricCatalog
    private let data: DataSet
    private let teamSummaries: [TeamSummary]
    /// Each team summary's position in `data.teams`.
    private let rosterPositions: [Int]
    /// Positions in `data.reports` of the window's reports, by team position in `data.teams`.
    private let reportsByTeam: Buckets
    /// Positions in `data.cadres` of every cadre of each team, in post at the end of the window or not.
    private let cadresByTeam: Buckets
    /// Positions in `data.attendance` of the window's records, by cadre position in `data.cadres`.
    private let attendanceByCadre: Buckets
    /// Finds the teams of a scope among `teamSummaries`.
    private let index: TeamIndex

    // Groups are made by counting sort on roster positions, with one look-up of each id: a national run
    // has a quarter of a million teams, a million cadres and twelve million attendance records.
    public init(data: DataSet, catalog: MetricCatalog, window: Window) {
        self.window = window
        self.catalog = catalog
        self.data = data

        let teamPositions = data.teamPositions(), cadrePositions = data.cadrePositions()
        let reports = data.reports, attendance = data.attendance, cadres = data.cadres
        reportsByTeam = Buckets(count: reports.count, keyCount: data.teams.count) { position in
            window.contains(reports[position].period) ? teamPositions[reports[position].teamID] : nil
        }
        cadresByTeam = Buckets(count: cadres.count, keyCount: data.teams.count) { teamPositions[cadres[$0].teamID] }
        attendanceByCadre = Buckets(count: attendance.count, keyCount: cadres.count) { position in
            window.contains(attendance[position].period) ? cadrePositions[attendance[position].cadreID] : nil
        }

        let end = window.to.lastDay
        var summaries: [TeamSummary] = []
        var rosterPositions: [Int] = []
        for (position, team) in data.teams.enumerated() {
            var figures = Figures(count: catalog.count)
            var reported = Set<Period>()
            for report in reportsByTeam[position] {
                figures.add(reports[Int(report)].figures)
                reported.insert(reports[Int(report)].period)
            }
            let posted = window.periods.filter(team.isPosted(in:))
            guard !posted.isEmpty || !reported.isEmpty else { continue }
            let inPost = cadresByTeam[position].lazy.map { cadres[Int($0)] }.filter { $0.isActive(on: end) }
            summaries.append(TeamSummary(
                team: team,
                figures: figures,
                monthsReported: reported.sorted(),
                monthsMissing: posted.filter { !reported.contains($0) },
                cadresInPost: inPost.count,
                firstSecretariesInPost: inPost.filter(\.role.isFirstSecretary).count
            ))
            rosterPositions.append(position)
        }
        teamSummaries = summaries
        self.rosterPositions = rosterPositions
        index = TeamIndex(summaries.map(\.team))
    }

    /// The summary of every team `scope` includes.
    public func summary(for scope: SummaryScope) -> UnitSummary {
        summary(of: scope, teams: index.positions(in: scope))
    }

    /// The summary of the teams `belongs` picks, reported under `scope`.
    public func summary(of scope: SummaryScope, where belongs: (TeamSummary) -> Bool) -> UnitSummary {
        summary(of: scope, teams: teamSummaries.indices.filter { belongs(teamSummaries[$0]) })
    }

    /// The summary of the team summaries at `positions`, in roster order.
    private func summary(of scope: SummaryScope, teams positions: [Int]) -> UnitSummary {
        let teams = positions.map { teamSummaries[$0] }
        let end = window.to.lastDay
        let posted = teams.filter { $0.team.isActive(on: end) }
        let staffing = Staffing(
            teams: posted.count,
            cadres: posted.reduce(0) { $0 + $1.cadresInPost },
            firstSecretaries: posted.reduce(0) { $0 + $1.firstSecretariesInPost },
            counties: Set(posted.map(\.team.county.name)).count,
            townships: Set(posted.map { [$0.team.county.name, $0.team.township] }).count,
            villages: Set(posted.map { [$0.team.county.name, $0.team.township, $0.team.village] }).count
        )
        return UnitSummary(scope: scope, window: window, catalog: catalog, teams: teams,
                           totals: Figures.sum(teams.map(\.figures), count: catalog.count), staffing: staffing,
                           monthly: monthly(of: positions), attendance: attendance(of: positions))
    }

    private func monthly(of positions: [Int]) -> [Figures] {
        var months = Array(repeating: Figures(count: catalog.count), count: window.monthCount)
        for position in positions {
            for report in reportsByTeam[rosterPositions[position]] {
                let report = data.reports[Int(report)]
                months[report.period.ordinal - window.from.ordinal].add(report.figures)
            }
        }
        return months
    }

    /// Each cadre who was posted in the window or has attendance in it, with days in the village by month.
    private func attendance(of positions: [Int]) -> [CadreAttendance] {
        positions.flatMap { position in
            let team = teamSummaries[position].team
            return cadresByTeam[rosterPositions[position]].compactMap { cadrePosition -> CadreAttendance? in
                let cadre = data.cadres[Int(cadrePosition)]
                var days: [Int?] = Array(repeating: nil, count: window.monthCount)
                for record in attendanceByCadre[Int(cadrePosition)] {
                    let record = data.attendance[Int(record)]
                    days[record.period.ordinal - window.from.ordinal] = record.daysInVillage
                }
                let postedInWindow = cadre.startDate <= window.to.lastDay
                    && (cadre.endDate.map { window.from.firstDay <= $0 } ?? true)
                guard postedInWindow || days.contains(where: { $0 != nil }) else { return nil }
                return CadreAttendance(cadre: cadre, team: team, daysInVillage: days)
            }
        }
    }
}
