import BriefingCore

/// The options every command shares (cli-and-config.md).
public struct RunOptions: Sendable {
    public var configPath: String
    /// Last month of the window; default: the latest month with reports.
    public var period: Period?
    /// First month of the window; default: `batch_start` from the config.
    public var from: Period?
    /// The run date used for phrases such as 今年以来.
    public var today: CalendarDate

    public init(configPath: String, period: Period?, from: Period?, today: CalendarDate) {
        self.configPath = configPath
        self.period = period
        self.from = from
        self.today = today
    }
}
