/// A list of teams by county, so that a unit finds its own without a pass over all of them: a national
/// run has thousands of units and a quarter of a million teams.
struct TeamIndex: Sendable {
    private let teams: [Team]
    /// Each county of the list, in order of first appearance, with the positions of its teams.
    private let counties: [(county: ReportingUnit, positions: [Int])]
    private let countyPosition: [ReportingUnit: Int]

    init(_ teams: [Team]) {
        self.teams = teams
        var counties: [(county: ReportingUnit, positions: [Int])] = []
        var countyPosition: [ReportingUnit: Int] = [:]
        for (position, team) in teams.enumerated() {
            if let county = countyPosition[team.county] {
                counties[county].positions.append(position)
            } else {
                countyPosition[team.county] = counties.count
                counties.append((team.county, [position]))
            }
        }
        self.counties = counties
        self.countyPosition = countyPosition
    }

    /// Positions in the list of the teams `scope` includes, in list order. A sending unit's or a team's
    /// are found by a pass over the list: there are few of them.
    func positions(in scope: SummaryScope) -> [Int] {
        guard case .unit(let unit) = scope else { return teams.indices.filter { scope.includes(teams[$0]) } }
        // A county is one look-up; a prefecture or province compares names with each county's, which
        // hashes nothing (a unit's hash covers its aliases and recipients too).
        if unit.level == .county { return countyPosition[unit].map { counties[$0].positions } ?? [] }
        return counties.filter { unit.contains($0.county) }.flatMap(\.positions).sorted()
    }

    func teams(in scope: SummaryScope) -> [Team] { positions(in: scope).map { teams[$0] } }
}
