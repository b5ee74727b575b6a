/// The provinces, prefectures and counties the office reports on, as listed under `units:` in the config.
/// Geography lives here, not in the data: a team whose county is not listed is a finding, not a new county.
public struct Jurisdiction: Sendable {
    /// Every unit, provinces first, each followed by its prefectures and their counties, in config order.
    public let units: [ReportingUnit]
    private let byName: [String: ReportingUnit]

    public init(units: [ReportingUnit]) throws(JurisdictionError) {
        var byName: [String: ReportingUnit] = [:]
        for unit in units {
            for name in [unit.name] + unit.aliases {
                let key = NameKey.of(name)
                if let other = byName[key], other != unit {
                    throw .ambiguousName(name, first: other.name, second: unit.name)
                }
                byName[key] = unit
            }
        }
        self.units = units
        self.byName = byName
    }

    public func units(at level: UnitLevel) -> [ReportingUnit] { units.filter { $0.level == level } }

    /// The counties under `unit`, in config order.
    public func counties(in unit: ReportingUnit) -> [ReportingUnit] { units(at: .county).filter { unit.contains($0) } }

    /// The unit a name written by a person means: in full, by an alias, in Traditional script, with stray spaces.
    public func unit(named name: String) -> ReportingUnit? { byName[NameKey.of(name)] }

    /// The county a roster's 县 cell means; a prefecture or province named there is no county.
    public func county(named name: String) -> ReportingUnit? {
        unit(named: name).flatMap { $0.level == .county ? $0 : nil }
    }

    /// Names close to an unknown one, for "did you mean" messages: the units sharing the most characters
    /// of the name proper (县, 区, 市 and the like say nothing about which one was meant), best first.
    public func nearMatches(for name: String, limit: Int = 3) -> [String] {
        func proper(_ text: String) -> Set<Character> { Set(NameKey.of(text)).subtracting("省市县区州盟旗镇乡自治") }
        let wanted = proper(name)
        let scored = units.map { unit -> (Int, String) in
            ((([unit.name] + unit.aliases).map { proper($0).intersection(wanted).count }.max() ?? 0), unit.name)
        }
        let best = scored.map(\.0).max() ?? 0
        return best == 0 ? [] : scored.filter { $0.0 == best }.prefix(limit).map(\.1)
    }
}

public enum JurisdictionError: Error, Sendable {
    case ambiguousName(String, first: String, second: String)

    public var message: String {
        switch self {
        case .ambiguousName(let name, let first, let second):
            return "单位名称“\(name)”同时指向“\(first)”和“\(second)”，请改用全称或删去重复的简称"
        }
    }
}
