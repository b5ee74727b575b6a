import BriefingCore
import BriefingDelivery
import Foundation
import GRDB

/// Every nightly run, the hashes of what it read and each unit's totals per window, kept in one SQLite
/// file (nothing to install or run) for comparisons with earlier windows. The delivery ledger lives in
/// the same file, so that one copy of it carries everything a run knows.
public struct RunHistory: Sendable {
    public static let defaultFileName = "history.sqlite"

    public let file: URL
    /// What was mailed to whom, in the same file.
    public let ledger: DeliveryLedger
    private let database: DatabaseQueue

    /// The file the config names, or `history.sqlite` in the output folder actually used.
    public static func location(config: BriefingConfig, outputDirectory: URL) -> URL {
        config.historyFile ?? outputDirectory.appendingPathComponent(defaultFileName)
    }

    /// Opens the file, creating it and its tables as needed.
    public static func open(at file: URL) throws(RunError) -> RunHistory {
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            var configuration = Configuration()
            // A `briefing --county` reading comparisons while a run writes waits rather than fails.
            configuration.busyMode = .timeout(30)
            let database = try DatabaseQueue(path: file.path, configuration: configuration)
            var migrator = DatabaseMigrator()
            migrator.registerMigration("run-history-1") { db in
                try db.create(table: RunRow.databaseTableName) { table in
                    table.autoIncrementedPrimaryKey("id")
                    table.column("window_from", .text).notNull()
                    table.column("window_to", .text).notNull()
                    table.column("today", .text).notNull()
                    table.column("version", .text).notNull()
                    table.column("started_at", .datetime).notNull()
                    table.column("finished_at", .datetime).notNull()
                    table.column("exit_code", .integer).notNull()
                }
                try db.create(table: InputRow.databaseTableName) { table in
                    table.column("run_id", .integer).notNull().references(RunRow.databaseTableName, onDelete: .cascade)
                    table.column("path", .text).notNull()
                    table.column("kind", .text).notNull()
                    table.column("sha256", .text).notNull()
                }
                try db.create(table: TotalRow.databaseTableName) { table in
                    table.column("unit", .text).notNull()
                    table.column("window_from", .text).notNull()
                    table.column("window_to", .text).notNull()
                    table.column("metric_id", .text).notNull()
                    table.column("value", .integer).notNull()
                    table.column("run_id", .integer).notNull().references(RunRow.databaseTableName)
                    table.primaryKey(["unit", "window_from", "window_to", "metric_id"])
                }
            }
            try migrator.migrate(database)
            let ledger = try DeliveryLedger(database: database)
            return RunHistory(file: file, ledger: ledger, database: database)
        } catch let error as LedgerError {
            throw .history(path: file.path, reason: error.reason)
        } catch {
            throw .history(path: file.path, reason: "\(error)")
        }
    }

    /// Records a finished run. Totals replace those an earlier run recorded for the same unit and window;
    /// a metric that is blank now leaves no stale figure behind.
    @discardableResult
    public func record(_ run: RecordedRun) throws(RunError) -> Int64 {
        try attempt {
            try database.write { db in
                var row = RunRow(id: nil, windowFrom: run.window.from.description, windowTo: run.window.to.description,
                                 today: run.today.description, version: run.version, startedAt: run.startedAt,
                                 finishedAt: run.finishedAt, exitCode: Int(run.exitCode))
                try row.insert(db)
                let id = row.id!
                for input in run.inputs {
                    try InputRow(runID: id, path: input.path, kind: input.kind, sha256: input.sha256).insert(db)
                }
                for totals in run.totals {
                    try TotalRow.filter(Column("unit") == totals.unit && Column("window_from") == row.windowFrom
                                        && Column("window_to") == row.windowTo).deleteAll(db)
                    for (metric, value) in totals.values.sorted(by: { $0.key < $1.key }) {
                        try TotalRow(unit: totals.unit, windowFrom: row.windowFrom, windowTo: row.windowTo,
                                     metricID: metric, value: value, runID: id).insert(db)
                    }
                }
                return id
            }
        }
    }

    /// A unit's totals over `window` by metric id, as last recorded; nil when no run covered that window.
    /// Blank metrics are absent, never zero.
    public func totals(for unit: String, window: Window) throws(RunError) -> [String: Int64]? {
        let rows = try attempt {
            try database.read { db in
                try TotalRow.filter(Column("unit") == unit && Column("window_from") == window.from.description
                                    && Column("window_to") == window.to.description).fetchAll(db)
            }
        }
        return rows.isEmpty ? nil : Dictionary(uniqueKeysWithValues: rows.map { ($0.metricID, $0.value) })
    }

    /// The totals of the window of the same length just before `window` (`Window.preceding`), for
    /// 比上期 comparisons; nil when no run covered it.
    public func previousTotals(for unit: String, before window: Window) throws(RunError) -> [String: Int64]? {
        try totals(for: unit, window: window.preceding)
    }

    /// The window of the most recent run, which `briefing mail` sends from by default.
    public func lastWindow() throws(RunError) -> Window? { try lastRun()?.window }

    /// The most recent run: its window, day, version and when it ran.
    public func lastRun() throws(RunError) -> RunStamp? {
        let row = try attempt {
            try database.read { db in try RunRow.order(Column("id").desc).fetchOne(db) }
        }
        guard let row,
              let from = (try? ValueParser.period(row.windowFrom)) ?? nil,
              let to = (try? ValueParser.period(row.windowTo)) ?? nil,
              let window = Window(from: from, to: to),
              let today = (try? ValueParser.date(row.today))??.date else { return nil }
        return RunStamp(window: window, today: today, version: row.version, startedAt: row.startedAt, finishedAt: row.finishedAt)
    }

    private func attempt<T>(_ body: () throws -> T) throws(RunError) -> T {
        do {
            return try body()
        } catch {
            throw .history(path: file.path, reason: "\(error)")
        }
    }
}

/// A run as the history keeps it.
public struct RecordedRun: Sendable {
    public struct InputHash: Sendable {
        public let path: String
        public let kind: String
        public let sha256: String

        public init(path: String, kind: String, sha256: String) {
            self.path = path
            self.kind = kind
            self.sha256 = sha256
        }
    }

    public let window: Window
    public let today: CalendarDate
    public let version: String
    public let startedAt: Date
    public let finishedAt: Date
    public let exitCode: Int32
    public let inputs: [InputHash]
    public let totals: [UnitTotals]

    public init(window: Window, today: CalendarDate, version: String, startedAt: Date, finishedAt: Date,
                exitCode: Int32, inputs: [InputHash], totals: [UnitTotals]) {
        self.window = window
        self.today = today
        self.version = version
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.exitCode = exitCode
        self.inputs = inputs
        self.totals = totals
    }
}

/// A recorded run, without its inputs and totals.
public struct RunStamp: Sendable {
    public let window: Window
    public let today: CalendarDate
    public let version: String
    public let startedAt: Date
    public let finishedAt: Date
}

/// One unit's reported totals over a window, by metric id; blank metrics are left out.
public struct UnitTotals: Sendable {
    /// `SummaryScope.historyKey`.
    public let unit: String
    public let values: [String: Int64]

    public init(unit: String, values: [String: Int64]) {
        self.unit = unit
        self.values = values
    }

    public init(_ summary: UnitSummary) {
        var values: [String: Int64] = [:]
        for metric in summary.catalog.metrics {
            if let value = summary.total(of: metric.id) { values[metric.id] = value }
        }
        self.init(unit: summary.scope.historyKey, values: values)
    }
}

private struct RunRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "run"
    var id: Int64?
    let windowFrom: String
    let windowTo: String
    let today: String
    let version: String
    let startedAt: Date
    let finishedAt: Date
    let exitCode: Int

    enum CodingKeys: String, CodingKey {
        case id, today, version
        case windowFrom = "window_from", windowTo = "window_to", startedAt = "started_at"
        case finishedAt = "finished_at", exitCode = "exit_code"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

private struct InputRow: Codable, PersistableRecord {
    static let databaseTableName = "run_input"
    let runID: Int64
    let path: String
    let kind: String
    let sha256: String

    enum CodingKeys: String, CodingKey {
        case path, kind, sha256
        case runID = "run_id"
    }
}

private struct TotalRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "unit_total"
    let unit: String
    let windowFrom: String
    let windowTo: String
    let metricID: String
    let value: Int64
    let runID: Int64

    enum CodingKeys: String, CodingKey {
        case unit, value
        case windowFrom = "window_from", windowTo = "window_to", metricID = "metric_id", runID = "run_id"
    }
}
