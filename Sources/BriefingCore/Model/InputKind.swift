/// The four kinds of input file of the contract (input-format.md).
public enum InputKind: String, CaseIterable, Codable, Sendable {
    case teams
    case cadres
    case reports
    case attendance

    /// The name a clerk knows the file by.
    public var chineseName: String {
        switch self {
        case .teams: return "驻村工作队名册"
        case .cadres: return "驻村干部名册"
        case .reports: return "工作队月报"
        case .attendance: return "驻村考勤"
        }
    }
}
