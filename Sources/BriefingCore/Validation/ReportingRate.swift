/// DHIS2's reporting rate over a window: team-months owed a report, reports received, received on time.
public struct ReportingRate: Hashable, Sendable {
    /// Team-months in which a team was posted (for at least a day), each owing one report.
    public var expected: Int
    /// Of those team-months, the ones with an accepted report; a rejected report is not received.
    public var received: Int
    /// Of the received, those whose 填报日期 is on or before the deadline. A report without 填报日期
    /// cannot be shown to be on time and is not counted.
    public var onTime: Int

    public init(expected: Int = 0, received: Int = 0, onTime: Int = 0) {
        self.expected = expected
        self.received = received
        self.onTime = onTime
    }

    /// 报送率: received / expected; nil where nothing was expected.
    public var receivedShare: Double? { expected == 0 ? nil : Double(received) / Double(expected) }
    /// 及时率: on time / expected; nil where nothing was expected.
    public var onTimeShare: Double? { expected == 0 ? nil : Double(onTime) / Double(expected) }

    public static func + (a: ReportingRate, b: ReportingRate) -> ReportingRate {
        ReportingRate(expected: a.expected + b.expected, received: a.received + b.received, onTime: a.onTime + b.onTime)
    }
}

/// The reporting rates of a window by team; any unit's is the sum over the teams it includes.
public struct ReportingRates: Sendable {
    public let window: Window
    private let teams: TeamIndex
    /// One rate per team, in the order of the teams given.
    private let rates: [ReportingRate]

    init(window: Window, teams: [Team], rates: [ReportingRate]) {
        self.window = window
        self.teams = TeamIndex(teams)
        self.rates = rates
    }

    /// The rate of the teams `scope` includes: a county's, a province's, a sending unit's across provinces.
    public func rate(for scope: SummaryScope) -> ReportingRate {
        teams.positions(in: scope).reduce(ReportingRate()) { $0 + rates[$1] }
    }
}
