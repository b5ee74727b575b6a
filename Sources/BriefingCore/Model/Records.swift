import Foundation

/// An input file's name, interned: millions of records share a few thousand names, so each holds a
/// four-byte number rather than its own reference to the name.
public struct SourceFile: Hashable, Sendable {
    private let number: UInt32

    /// The one `SourceFile` of this name, made on first use.
    public init(_ name: String) { number = SourceFile.names.number(for: name) }

    public var name: String { SourceFile.names.name(of: number) }

    /// Names are only ever added, so a number once given stays valid for the whole process.
    private final class Names: @unchecked Sendable {
        private let lock = NSLock()
        private var names: [String] = []
        private var numbers: [String: UInt32] = [:]

        func number(for name: String) -> UInt32 {
            lock.withLock {
                if let number = numbers[name] { return number }
                let number = UInt32(names.count)
                names.append(name)
                numbers[name] = number
                return number
            }
        }

        func name(of number: UInt32) -> String { lock.withLock { names[Int(number)] } }
    }

    private static let names = Names()
}

/// Where a record came from, so every finding and figure can point back at it. Eight bytes: a national
/// run holds seventeen million of these.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let sourceFile: SourceFile
    private let storedLine: UInt32

    public init(file: SourceFile, line: Int) {
        sourceFile = file
        storedLine = UInt32(clamping: line)
    }

    public init(file: String, line: Int) { self.init(file: SourceFile(file), line: line) }

    public var file: String { sourceFile.name }
    public var line: Int { Int(storedLine) }

    public var description: String { "\(file) 第\(line)行" }
}

/// A work team from the roster (驻村工作队名册).
public struct Team: Hashable, Sendable {
    public let id: String
    public let name: String
    public let county: ReportingUnit
    public let township: String
    public let village: String
    public let sendingUnit: String
    public let programme: String?
    public let startDate: CalendarDate
    public let endDate: CalendarDate?
    public internal(set) var source: SourceLocation

    public init(id: String, name: String, county: ReportingUnit, township: String, village: String, sendingUnit: String,
                programme: String?, startDate: CalendarDate, endDate: CalendarDate?, source: SourceLocation) {
        self.id = id
        self.name = name
        self.county = county
        self.township = township
        self.village = village
        self.sendingUnit = sendingUnit
        self.programme = programme
        self.startDate = startDate
        self.endDate = endDate
        self.source = source
    }

    /// Whether the team is posted in its village on `date`.
    public func isActive(on date: CalendarDate) -> Bool {
        startDate <= date && (endDate.map { date <= $0 } ?? true)
    }
}

/// A cadre's role in a team; the first secretary counts apart in staffing figures.
public enum CadreRole: String, CaseIterable, Sendable {
    case firstSecretary = "第一书记"
    case leader = "队长"
    case firstSecretaryAndLeader = "第一书记兼队长"
    case member = "队员"

    public var isFirstSecretary: Bool { self == .firstSecretary || self == .firstSecretaryAndLeader }
}

/// A cadre from the roster (驻村干部名册).
public struct Cadre: Hashable, Sendable {
    public let id: String
    public let name: String
    public let teamID: String
    public let role: CadreRole
    public let sendingUnit: String?
    public let startDate: CalendarDate
    public let endDate: CalendarDate?
    public internal(set) var source: SourceLocation

    public init(id: String, name: String, teamID: String, role: CadreRole, sendingUnit: String?,
                startDate: CalendarDate, endDate: CalendarDate?, source: SourceLocation) {
        self.id = id
        self.name = name
        self.teamID = teamID
        self.role = role
        self.sendingUnit = sendingUnit
        self.startDate = startDate
        self.endDate = endDate
        self.source = source
    }

    public func isActive(on date: CalendarDate) -> Bool {
        startDate <= date && (endDate.map { date <= $0 } ?? true)
    }
}

/// One team's figures for one month (工作队月报).
public struct MonthlyReport: Hashable, Sendable {
    public let teamID: String
    public let period: Period
    public let submittedOn: CalendarDate?
    public let figures: Figures
    public internal(set) var source: SourceLocation

    public init(teamID: String, period: Period, submittedOn: CalendarDate?, figures: Figures, source: SourceLocation) {
        self.teamID = teamID
        self.period = period
        self.submittedOn = submittedOn
        self.figures = figures
        self.source = source
    }
}

/// One cadre's attendance for one month (驻村考勤).
public struct AttendanceRecord: Hashable, Sendable {
    // A national run holds 13 million of these, so they are packed: figures as 32-bit numbers (-1 for
    // "not filled in"), and the fields in an order that leaves no padding between them.
    public let cadreID: String
    public internal(set) var source: SourceLocation
    private let storedDays: Int32
    private let storedLeave: Int32
    private let storedAbsences: Int32
    public let period: Period

    public var daysInVillage: Int { Int(storedDays) }
    public var leaveDays: Int? { storedLeave < 0 ? nil : Int(storedLeave) }
    public var absences: Int? { storedAbsences < 0 ? nil : Int(storedAbsences) }

    /// The largest figure a record holds; ingest rejects a larger one.
    public static let largestFigure = Int(Int32.max)

    public init(cadreID: String, period: Period, daysInVillage: Int, leaveDays: Int?, absences: Int?,
                source: SourceLocation) {
        precondition([daysInVillage, leaveDays ?? 0, absences ?? 0].allSatisfy { (0...Self.largestFigure).contains($0) },
                     "attendance figures are checked by ingest")
        self.cadreID = cadreID
        self.period = period
        storedDays = Int32(daysInVillage)
        storedLeave = leaveDays.map(Int32.init) ?? -1
        storedAbsences = absences.map(Int32.init) ?? -1
        self.source = source
    }
}

/// A record read from an input file, which knows where it was read.
protocol SourcedRecord: Hashable {
    var source: SourceLocation { get set }
}

extension SourcedRecord {
    /// Whether two records say the same thing, wherever each was read.
    func sameContent(as other: Self) -> Bool {
        var relocated = self
        relocated.source = other.source
        return relocated == other
    }
}

extension Team: SourcedRecord {}
extension Cadre: SourcedRecord {}
extension MonthlyReport: SourcedRecord {}
extension AttendanceRecord: SourcedRecord {}
