/// What a sample run wrote, for the command line to print and for tests to check against the files.
public struct SampleSummary: Sendable, Equatable, CustomStringConvertible {
    /// Paths relative to the output folder, in the order written.
    public var files: [String] = []
    public var bytesWritten = 0
    /// Records written per kind, deliberate problems included (a duplicate report counts twice).
    public var teams = 0
    public var cadres = 0
    public var reports = 0
    public var attendance = 0
    /// The deliberate problems, as listed in `PROBLEMS.md`.
    public var problems: [SampleProblem] = []

    /// One line for the command line: `已写入 16 个文件（195 KB）：工作队 25 支、干部 101 名、…`.
    public var description: String {
        let size = bytesWritten < 1 << 20 ? "\((bytesWritten + 1023) >> 10) KB" : "\((bytesWritten + (1 << 19)) >> 20) MB"
        return "已写入 \(files.count) 个文件（\(size)）：工作队 \(teams) 支、干部 \(cadres) 名、月报 \(reports) 条、"
            + "考勤 \(attendance) 条；刻意放入的问题 \(problems.count) 处，见 PROBLEMS.md"
    }
}

/// One deliberate flaw in a sample, placed so that validation has something to find.
public struct SampleProblem: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// `7万余` in a count column.
        case approximateNumber
        case negativeCount
        /// A report whose team is not in the roster.
        case unknownTeam
        /// A roster team whose county is not in the config.
        case countyNotInConfig
        /// The same team and month twice, with different figures; the later one has the later 填报日期.
        case conflictingDuplicate
        /// A month a team did not report (漏报); there is no line to point at.
        case missingReport
        /// More days in the village than the month has.
        case daysOverMonth
        /// Fewer than 20 days in the village.
        case fewDaysInVillage
        /// Submitted well after the first days of the following month (迟报).
        case lateReport
    }

    public let kind: Kind
    /// Relative to the output folder: `reports/芒康县.csv`.
    public let file: String
    /// The physical line (the header is line 1; in JSON Lines the first record); nil for a missing row.
    public var line: Int?
    public let teamID: String?
    public let cadreID: String?
    public let period: Period?
    /// The line of `PROBLEMS.md` after the place: what is wrong, in Chinese.
    public let message: String

    /// `- reports/芒康县.csv 第12行：…`, as written to `PROBLEMS.md`.
    public var listing: String {
        "- \(file) " + (line.map { "第\($0)行" } ?? "（无此行）") + "：" + message
    }
}
