/// The records that passed validation, ready to be summed. Rejected records never get here.
public struct DataSet: Sendable {
    public var teams: [Team] = []
    public var cadres: [Cadre] = []
    public var reports: [MonthlyReport] = []
    public var attendance: [AttendanceRecord] = []

    public init() {}

    /// The latest month any team reported, the default end of the window.
    public var latestReportedPeriod: Period? { reports.lazy.map(\.period).max() }
}
