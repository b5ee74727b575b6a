/// The records that passed validation, ready to be summed. Rejected records never get here.
public struct DataSet: Sendable {
    public var teams: [Team] = []
    public var cadres: [Cadre] = []
    public var reports: [MonthlyReport] = []
    public var attendance: [AttendanceRecord] = []

    public init() {}

    /// Each team id's position in `teams`, the first should an id repeat: checks and aggregation find a
    /// record's team by position rather than copy teams into dictionaries.
    public func teamPositions() -> [String: Int] { Self.firstPositions(of: teams.lazy.map(\.id)) }

    /// Each cadre id's position in `cadres`, the first should an id repeat.
    public func cadrePositions() -> [String: Int] { Self.firstPositions(of: cadres.lazy.map(\.id)) }

    private static func firstPositions(of ids: some Collection<String>) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where positions[id] == nil { positions[id] = position }
        return positions
    }

    /// The latest month any team reported, the default end of the window.
    public var latestReportedPeriod: Period? { reports.lazy.map(\.period).max() }
}
