/// A list of teams by county, so that a unit finds its own without a pass over all of them: a national
/// run has thousands of units and a quarter of a million teams.
struct TeamIndex: Sendable {
    private let teams: [Team]
    private let positionsByCounty: [ReportingUnit: [Int]]

    init(_ teams: [Team]) {
        self.teams = teams
        positionsByCounty = Dictionary(grouping: teams.indices) { teams[$0].county }
    }

    /// Positions in the list of the teams `scope` includes, in list order. A sending unit's or a team's
    /// are found by a pass over the list: there are few of them.
    func positions(in scope: SummaryScope) -> [Int] {
        guard case .unit(let unit) = scope else { return teams.indices.filter { scope.includes(teams[$0]) } }
        return positionsByCounty.filter { unit.contains($0.key) }.values.joined().sorted()
    }

    func teams(in scope: SummaryScope) -> [Team] { positions(in: scope).map { teams[$0] } }
}
