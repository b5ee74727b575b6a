/// How much a finding matters: an error keeps its record out of the totals, a warning does not.
public enum Severity: String, Codable, Comparable, CaseIterable, Sendable {
    case error
    case warning
    case info

    public var chineseName: String {
        switch self {
        case .error: return "错误"
        case .warning: return "警告"
        case .info: return "提示"
        }
    }

    private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A problem found in the inputs, placed by file, line and column, in words a clerk can act on.
public struct Finding: Hashable, Codable, Sendable {
    /// Stable: a code once published keeps its meaning (see `FindingCode`).
    public let code: FindingCode
    public let severity: Severity
    public let file: String
    /// Physical line in the file, the header being line 1; nil where it does not apply.
    public let line: Int?
    /// The column header as written in the file (the key, in JSON).
    public let column: String?
    public let teamID: String?
    public let cadreID: String?
    public let period: String?
    /// What is wrong and what to change, in Chinese.
    public let message: String

    public init(_ code: FindingCode, _ severity: Severity, file: String, line: Int? = nil, column: String? = nil,
                teamID: String? = nil, cadreID: String? = nil, period: Period? = nil, message: String) {
        self.code = code
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.teamID = teamID
        self.cadreID = cadreID
        self.period = period?.description
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case code, severity, file, line, column, message
        case teamID = "team_id", cadreID = "cadre_id", period
    }

    /// `line` and `column` are always there, null where they do not apply (cli-and-config.md); the keys
    /// only where known.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(severity, forKey: .severity)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encodeIfPresent(teamID, forKey: .teamID)
        try container.encodeIfPresent(cadreID, forKey: .cadreID)
        try container.encodeIfPresent(period, forKey: .period)
        try container.encode(message, forKey: .message)
    }
}

/// The published finding codes. Add new ones; never reuse or rename one.
public struct FindingCode: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    // Files and their text
    public static let fileUnreadable = FindingCode(rawValue: "file.unreadable")
    public static let fileEmpty = FindingCode(rawValue: "file.empty")
    public static let noInputFiles = FindingCode(rawValue: "file.none_matched")
    public static let undecodable = FindingCode(rawValue: "encoding.undecodable")
    public static let unterminatedQuote = FindingCode(rawValue: "csv.unterminated_quote")
    public static let cellCount = FindingCode(rawValue: "csv.cell_count")
    public static let recordTooLong = FindingCode(rawValue: "csv.record_too_long")
    public static let invalidJSON = FindingCode(rawValue: "json.invalid")
    // Headers
    public static let missingColumn = FindingCode(rawValue: "header.missing_required")
    public static let repeatedColumn = FindingCode(rawValue: "header.repeated")
    public static let unknownColumn = FindingCode(rawValue: "header.unknown")
    public static let headerTooLong = FindingCode(rawValue: "header.too_long")
    // Values
    public static let requiredValueMissing = FindingCode(rawValue: "value.required_missing")
    public static let cellTooLong = FindingCode(rawValue: "value.too_long")
    public static let invalidNumber = FindingCode(rawValue: "value.invalid_number")
    public static let invalidPeriod = FindingCode(rawValue: "value.invalid_period")
    public static let invalidDate = FindingCode(rawValue: "value.invalid_date")
    public static let excelSerialDate = FindingCode(rawValue: "value.excel_serial_date")
    public static let invalidChoice = FindingCode(rawValue: "value.invalid_choice")
    public static let unsupportedValue = FindingCode(rawValue: "value.unsupported")
    public static let daysExceedMonth = FindingCode(rawValue: "value.days_exceed_month")
    // References
    public static let unknownCounty = FindingCode(rawValue: "ref.unknown_county")
    public static let unknownTeam = FindingCode(rawValue: "ref.unknown_team")
    public static let unknownCadre = FindingCode(rawValue: "ref.unknown_cadre")
    public static let duplicateID = FindingCode(rawValue: "ref.duplicate_id")
    /// A sending unit of the config's `senders:` that no team of the roster names.
    public static let senderWithoutTeams = FindingCode(rawValue: "ref.sender_without_teams")
    // Duplicate submissions
    public static let identicalDuplicate = FindingCode(rawValue: "dup.identical")
    public static let replacedSubmission = FindingCode(rawValue: "dup.replaced")
    public static let conflictingDuplicate = FindingCode(rawValue: "dup.conflict")
}
