/// What a summary is of, and everything that differs with it: which teams belong, what its parts are,
/// its name and recipients, and the names its outputs go by. Counties, prefectures, provinces, sending
/// units and single teams all take this one path through aggregation, workbook, briefing, manifest and
/// mail, so a new grouping (by programme, say) is one more case here and a section of the config.
public enum SummaryScope: Hashable, Sendable, CustomStringConvertible {
    /// A county, prefecture or province of the jurisdiction: the teams serving in its counties.
    case unit(ReportingUnit)
    /// A sending unit: the teams it and its member units sent, wherever they serve.
    case sender(SendingUnit)
    /// One team, over its own term (`briefing --team`).
    case team(Team)

    public var name: String {
        switch self {
        case .unit(let unit): unit.name
        case .sender(let sender): sender.name
        case .team(let team): team.name
        }
    }

    public var description: String { name }

    /// Who is mailed its workbook.
    public var recipients: [String] {
        switch self {
        case .unit(let unit): unit.recipients
        case .sender(let sender): sender.recipients
        case .team: []
        }
    }

    /// `county`, `prefecture`, `province`, `sender` or `team`: the manifest's `level`, the name of the
    /// briefing template (`sender.txt`) and `unit.level` in templates.
    public var kind: String {
        switch self {
        case .unit(let unit): unit.level.rawValue
        case .sender: "sender"
        case .team: "team"
        }
    }

    public func includes(_ team: Team) -> Bool {
        switch self {
        case .unit(let unit): unit.contains(team.county)
        case .sender(let sender): sender.sent(team)
        case .team(let own): own.id == team.id
        }
    }

    /// What its teams are grouped by beneath its totals; nil for a team, which has no parts.
    public var parts: PartLevel? {
        switch self {
        case .unit(let unit): unit.level == .county ? .townships : .counties
        case .sender: .countiesServed
        case .team: nil
        }
    }

    /// Whether its 干部考勤 lists every cadre. A prefecture's or province's lists only those short of days in
    /// the village: its counties' workbooks list them all, and a province has tens of thousands of cadres.
    public var listsEveryCadre: Bool {
        switch self {
        case .unit(let unit): unit.level == .county
        case .sender, .team: true
        }
    }

    /// The stem of its file names and workbook title (`芒康县驻村工作` → `芒康县驻村工作统计表.xlsx`),
    /// telling a sending unit's apart from a unit of the same name (a 兵团 division is both).
    public var outputName: String {
        switch self {
        case .unit: "\(name)驻村工作"
        case .sender: "\(name)选派驻村工作队"
        case .team: name
        }
    }

    /// Whether a workbook goes with its briefing, for the briefing's figures to be traced to. A team has
    /// none: its figures are traced to the sums of its reports.
    public var hasWorkbook: Bool {
        switch self {
        case .unit, .sender: true
        case .team: false
        }
    }

    /// The key its totals are kept under in the run history: a unit's name, as the history has always
    /// kept it; anything else by kind as well, so that a sending unit named like a unit keeps its own.
    public var historyKey: String {
        switch self {
        case .unit: name
        case .sender, .team: "\(kind):\(name)"
        }
    }
}
