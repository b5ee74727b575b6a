/// The findings about each team and its cadres, sorted out once, so that each unit's workbook takes its
/// own without a scan of every finding: a national run has thousands of units.
public struct FindingIndex: Sendable {
    private let findings: [Finding]
    private let teams: TeamIndex
    /// Positions in `findings`, in order, by the id of the team a finding concerns.
    private let positionsByTeam: [String: [Int]]

    public init(_ ingest: IngestResult) {
        var teamOfCadre: [String: String] = [:]
        for cadre in ingest.data.cadres where teamOfCadre[cadre.id] == nil { teamOfCadre[cadre.id] = cadre.teamID }
        var positionsByTeam: [String: [Int]] = [:]
        for (position, finding) in ingest.findings.enumerated() {
            // A finding naming a team belongs to that team, whatever cadre it also names.
            guard let team = finding.teamID ?? finding.cadreID.flatMap({ teamOfCadre[$0] }) else { continue }
            positionsByTeam[team, default: []].append(position)
        }
        findings = ingest.findings
        teams = TeamIndex(ingest.data.teams)
        self.positionsByTeam = positionsByTeam
    }

    /// The findings about the teams `scope` includes and their cadres, in the order they were found.
    public func findings(concerning scope: SummaryScope) -> [Finding] {
        Set(teams.teams(in: scope).map(\.id)).flatMap { positionsByTeam[$0] ?? [] }.sorted().map { findings[$0] }
    }
}
