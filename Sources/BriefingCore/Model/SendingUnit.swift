/// A sending unit (派出单位) of `senders:` in the config: a bureau, a state company, a 兵团 division, whose
/// teams serve wherever they were sent. A team belongs to it when the roster's 派出单位 names it, one of
/// its aliases, or one of its member units (下属单位), in any spelling `NameKey` folds together.
public struct SendingUnit: Hashable, Sendable {
    public let name: String
    public let aliases: [String]
    /// Units whose teams count as this unit's (an academy under a department, a branch under a company).
    public let members: [String]
    public let recipients: [String]
    /// The config line that names it, for a finding about it; nil for a unit named only on the command line.
    public let line: Int?
    private let keys: Set<String>

    public init(name: String, aliases: [String] = [], members: [String] = [], recipients: [String] = [], line: Int? = nil) {
        self.name = name
        self.aliases = aliases
        self.members = members
        self.recipients = recipients
        self.line = line
        keys = Set(([name] + aliases + members).map(NameKey.of))
    }

    /// Whether a roster's 派出单位 cell means this unit or one of its members.
    public func sent(_ team: Team) -> Bool { isNamed(byRoster: team.sendingUnit) }

    /// Whether the 派出单位 text `roster` means this unit or one of its members.
    public func isNamed(byRoster roster: String) -> Bool { keys.contains(NameKey.of(roster)) }

    /// Whether `name` is how the command line or the config may call this unit (its name or an alias;
    /// a member is a unit of its own).
    public func isCalled(_ name: String) -> Bool {
        let key = NameKey.of(name)
        return ([self.name] + aliases).contains { NameKey.of($0) == key }
    }
}
