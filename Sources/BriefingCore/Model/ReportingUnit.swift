/// A level of the hierarchy a run reports on.
public enum UnitLevel: String, CaseIterable, Codable, Sendable {
    case county
    case prefecture
    case province

    /// Level names as a heading or ranking says them.
    public var chineseName: String {
        switch self {
        case .county: return "县（市、区）"
        case .prefecture: return "市（地区、州、师）"
        case .province: return "省（区）"
        }
    }
}

/// A county, prefecture or province of the jurisdiction in the config.
public struct ReportingUnit: Hashable, Sendable, CustomStringConvertible {
    public let level: UnitLevel
    public let name: String
    public let aliases: [String]
    public let recipients: [String]
    /// The province this unit is in (itself for a province).
    public let province: String
    /// The prefecture this unit is in (itself for a prefecture, nil for a province).
    public let prefecture: String?

    public init(level: UnitLevel, name: String, aliases: [String] = [], recipients: [String] = [],
                province: String, prefecture: String?) {
        self.level = level
        self.name = name
        self.aliases = aliases
        self.recipients = recipients
        self.province = province
        self.prefecture = prefecture
    }

    public var description: String { name }

    /// Whether `county` lies in this unit (a county lies in itself).
    public func contains(_ county: ReportingUnit) -> Bool {
        switch level {
        case .county: return county == self
        case .prefecture: return county.prefecture == name && county.province == province
        case .province: return county.province == name
        }
    }
}
