/// The findings about each county's teams and their cadres, sorted out once, so that each unit's workbook
/// takes its own without a scan of every finding: a national run has thousands of units.
public struct FindingIndex: Sendable {
    private let findings: [Finding]
    /// Positions in `findings`, in order, by the county of the team a finding concerns.
    private let positionsByCounty: [ReportingUnit: [Int]]

    public init(_ ingest: IngestResult) {
        var countyOfTeam: [String: ReportingUnit] = [:]
        for team in ingest.data.teams where countyOfTeam[team.id] == nil { countyOfTeam[team.id] = team.county }
        var teamOfCadre: [String: String] = [:]
        for cadre in ingest.data.cadres where teamOfCadre[cadre.id] == nil { teamOfCadre[cadre.id] = cadre.teamID }
        var positionsByCounty: [ReportingUnit: [Int]] = [:]
        for (position, finding) in ingest.findings.enumerated() {
            // A finding naming a team belongs to that team, whatever cadre it also names.
            let team = finding.teamID ?? finding.cadreID.flatMap { teamOfCadre[$0] }
            guard let county = team.flatMap({ countyOfTeam[$0] }) else { continue }
            positionsByCounty[county, default: []].append(position)
        }
        findings = ingest.findings
        self.positionsByCounty = positionsByCounty
    }

    /// The findings about the teams of `unit` and their cadres, in the order they were found.
    public func findings(concerning unit: ReportingUnit) -> [Finding] {
        positionsByCounty.filter { unit.contains($0.key) }.values.joined().sorted().map { findings[$0] }
    }
}
