/// Where a county's deliberate problems go. Places depend only on the county's position and the sizes
/// asked for, never on the seed, so `PROBLEMS.md` points at the same rows run after run.
///
/// The default set has nine, one of each kind, in the default counties; beyond those, one invented
/// county in fifty gets one problem, the kinds taking turns.
struct SampleProblemPlan: Sendable {
    struct Placement: Sendable {
        let kind: SampleProblem.Kind
        let team: Int
        let month: Int
        /// Index of the cadre within the team, for attendance problems.
        var cadre = 0
    }

    /// A team number that is no team: the transposed code typed for 扎囊县 (540521 → 540512).
    static let unknownTeamID = "540512-01"
    static let inventedSpacing = 50
    private static let inventedKinds: [SampleProblem.Kind] = [
        .approximateNumber, .negativeCount, .conflictingDuplicate, .missingReport, .daysOverMonth,
        .fewDaysInVillage, .lateReport,
    ]

    let placements: [Placement]

    init(county: Int, options: SampleOptions) {
        func at(_ kind: SampleProblem.Kind, team: Int = 0, month: Int = 0, cadre: Int = 0) -> Placement {
            Placement(kind: kind, team: min(team, options.teamsPerCounty - 1),
                      month: min(month, options.months - 1), cadre: cadre)
        }
        switch county {
        case 0: placements = [
            at(.approximateNumber, team: 1, month: 2), at(.conflictingDuplicate, team: 2, month: 3),
            at(.daysOverMonth, team: 0, month: 1), at(.countyNotInConfig),
        ]
        case 1: placements = [at(.fewDaysInVillage, team: 1, month: 2, cadre: 2)]
        case 2: placements = [at(.missingReport, team: 3, month: 4)]
        case 4: placements = [
            at(.negativeCount, team: 0, month: 1), at(.unknownTeam), at(.lateReport, team: 2, month: 5),
        ]
        case let index where index >= SampleGeography.knownCountyCount
            && (index - SampleGeography.knownCountyCount) % Self.inventedSpacing == Self.inventedSpacing / 2:
            let turn = (index - SampleGeography.knownCountyCount) / Self.inventedSpacing
            placements = [at(Self.inventedKinds[turn % Self.inventedKinds.count],
                             team: index % options.teamsPerCounty, month: index % options.months)]
        default: placements = []
        }
    }

    /// The placement of `kind`, in `month` and for `team` where given.
    func placement(_ kind: SampleProblem.Kind, team: Int? = nil, month: Int? = nil) -> Placement? {
        placements.first { $0.kind == kind && (team ?? $0.team) == $0.team && (month ?? $0.month) == $0.month }
    }
}
