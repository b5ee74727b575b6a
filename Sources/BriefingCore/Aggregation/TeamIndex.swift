/// A list of teams by county and by sending unit, so that a unit finds its own without a pass over all of
/// them: a national run has thousands of units and a quarter of a million teams.
struct TeamIndex: Sendable {
    private let teams: [Team]
    /// Each county of the list, in order of first appearance, with the positions of its teams.
    private let counties: [(county: ReportingUnit, positions: [Int])]
    private let countyPosition: [ReportingUnit: Int]
    /// The positions of the teams of each 派出单位 as the roster spells it. A sending unit's teams are
    /// found by folding each spelling once (`NameKey` is far dearer than a look-up), not each team's.
    private let positionsBySender: [String: [Int]]

    init(_ teams: [Team]) {
        self.teams = teams
        var counties: [(county: ReportingUnit, positions: [Int])] = []
        var countyPosition: [ReportingUnit: Int] = [:]
        var positionsBySender: [String: [Int]] = [:]
        for (position, team) in teams.enumerated() {
            if let county = countyPosition[team.county] {
                counties[county].positions.append(position)
            } else {
                countyPosition[team.county] = counties.count
                counties.append((team.county, [position]))
            }
            positionsBySender[team.sendingUnit, default: []].append(position)
        }
        self.counties = counties
        self.countyPosition = countyPosition
        self.positionsBySender = positionsBySender
    }

    /// Positions in the list of the teams `scope` includes, in list order.
    func positions(in scope: SummaryScope) -> [Int] {
        switch scope {
        case .unit(let unit):
            // A county is one look-up; a prefecture or province compares names with each county's, which
            // hashes nothing (a unit's hash covers its aliases and recipients too).
            if unit.level == .county { return countyPosition[unit].map { counties[$0].positions } ?? [] }
            return counties.filter { unit.contains($0.county) }.flatMap(\.positions).sorted()
        case .sender(let sender):
            return positionsBySender.filter { sender.isNamed(byRoster: $0.key) }.values.joined().sorted()
        case .team:
            return teams.indices.filter { scope.includes(teams[$0]) }
        }
    }

    func teams(in scope: SummaryScope) -> [Team] { positions(in: scope).map { teams[$0] } }
}
