import Foundation
@testable import BriefingCore

/// Records and rule files for the rules-engine tests, over the default catalog of input-format.md.
enum RuleFixtures {
    static let catalog = try! MetricCatalog(metrics: SampleFixtures.defaultCatalog, rates: [])
    static let sichuan = ReportingUnit(level: .province, name: "四川省", province: "四川省", prefecture: nil)
    static let ganzi = ReportingUnit(level: .prefecture, name: "甘孜藏族自治州", province: "四川省", prefecture: "甘孜藏族自治州")
    static let baiyu = ReportingUnit(level: .county, name: "白玉县", province: "四川省", prefecture: "甘孜藏族自治州")
    static let jurisdiction = try! Jurisdiction(units: TestCatalog.jurisdiction.units + [sichuan, ganzi, baiyu])
    static let window = Window(from: TestCatalog.period("2021-04"), to: TestCatalog.period("2021-06"))!

    static func figures(_ values: [String: Int64]) -> Figures {
        var figures = Figures(count: catalog.count)
        for (id, value) in values { figures[catalog.position(of: id)!] = value }
        return figures
    }

    static func report(_ team: String, _ period: String, _ values: [String: Int64], submitted: String? = nil,
                       line: Int = 2) -> MonthlyReport {
        MonthlyReport(teamID: team, period: TestCatalog.period(period),
                      submittedOn: submitted.map(TestCatalog.date), figures: figures(values),
                      source: SourceLocation(file: "reports.csv", line: line))
    }

    static func team(_ id: String, county: ReportingUnit = TestCatalog.mangkang, start: String = "2021-04-01",
                     end: String? = nil, line: Int = 2) -> Team {
        Team(id: id, name: "\(id)工作队", county: county, township: "曲孜卡乡", village: "\(id)村", sendingUnit: "财政厅",
             programme: nil, startDate: TestCatalog.date(start), endDate: end.map(TestCatalog.date),
             source: SourceLocation(file: "teams.csv", line: line))
    }

    static func cadre(_ id: String, team: String, start: String = "2021-04-01", end: String? = nil) -> Cadre {
        Cadre(id: id, name: "干部\(id)", teamID: team, role: .member, sendingUnit: nil, startDate: TestCatalog.date(start),
              endDate: end.map(TestCatalog.date), source: SourceLocation(file: "cadres.csv", line: 2))
    }

    static func attendance(_ cadre: String, _ period: String, days: Int, leave: Int? = nil, absences: Int? = nil,
                           line: Int = 2) -> AttendanceRecord {
        AttendanceRecord(cadreID: cadre, period: TestCatalog.period(period), daysInVillage: days, leaveDays: leave,
                         absences: absences, source: SourceLocation(file: "attendance.csv", line: line))
    }

    /// A team of three cadres in post, with a two-year term: it breaks no policy by itself.
    static func staffedTeam(_ id: String, county: ReportingUnit = TestCatalog.mangkang, line: Int = 2) -> (Team, [Cadre]) {
        (team(id, county: county, end: "2023-03-31", line: line), (1...3).map { cadre("\(id)\($0)", team: id) })
    }

    /// The rules `yaml` sets, read as a config would read them.
    static func rules(_ yaml: String) throws -> RuleSet {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString).yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try RuleSet.load(from: url, displayPath: "rules.yaml", catalog: catalog, jurisdiction: jurisdiction)
    }

    /// The error reading `yaml` gives.
    static func ruleError(_ yaml: String) -> ConfigError? {
        do {
            _ = try rules(yaml)
            return nil
        } catch {
            return error as? ConfigError
        }
    }

    static func engine(_ rules: RuleSet = RuleSet.defaults(for: catalog)) -> RuleEngine {
        RuleEngine(rules: rules, catalog: catalog)
    }

    /// `data` reviewed over `window` as ingest would hand it over (no files, no findings).
    static func review(_ data: DataSet, rules: RuleSet = RuleSet.defaults(for: catalog), window: Window = window) -> Review {
        engine(rules).review(IngestResult(data: data, findings: [], accounts: [], missingInputs: []), window: window)
    }
}
