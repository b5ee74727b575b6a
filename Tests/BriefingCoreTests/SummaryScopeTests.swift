import Foundation
import Testing
@testable import BriefingCore

/// Who belongs to a sending unit, and what its summary is made of: its teams wherever they serve, parts
/// by the counties served across prefectures and provinces, reporting rates over its own teams.
@Suite struct SummaryScopeTests {
    static let department = SendingUnit(name: "西藏自治区农业农村厅", aliases: ["自治区农业农村厅"],
                                        members: ["西藏自治区农牧科学院"], recipients: ["nyt@example.org"])
    static let shannan = ReportingUnit(level: .prefecture, name: "山南市", province: "西藏自治区", prefecture: "山南市")
    static let naidong = ReportingUnit(level: .county, name: "乃东区", province: "西藏自治区", prefecture: "山南市")

    static func team(_ id: String, sentBy unit: String, county: ReportingUnit = TestCatalog.mangkang,
                     township: String = "曲孜卡乡") -> Team {
        Team(id: id, name: "\(id)工作队", county: county, township: township, village: "\(id)村", sendingUnit: unit,
             programme: nil, startDate: TestCatalog.date("2021-04-01"), endDate: nil,
             source: SourceLocation(file: "teams.csv", line: 2))
    }

    @Test(arguments: ["西藏自治区农业农村厅", "自治区农业农村厅", "西藏自治区农牧科学院", " 自治区 农业农村厅 ",
                      "自治區農業農村廳", "西藏自治区农牧科学院\u{3000}"])
    func aTeamBelongsByNameAliasOrMemberInAnySpelling(written: String) {
        #expect(Self.department.sent(Self.team("A", sentBy: written)))
        #expect(SummaryScope.sender(Self.department).includes(Self.team("A", sentBy: written)))
    }

    @Test(arguments: ["西藏自治区财政厅", "农业农村厅", "昌都市农业农村局", ""])
    func otherUnitsDoNotBelong(written: String) {
        #expect(!Self.department.sent(Self.team("A", sentBy: written)))
    }

    @Test func aMemberIsNotACallingName() {
        #expect(Self.department.isCalled("自治区农业农村厅") && Self.department.isCalled("西藏自治区农業農村廳"))
        #expect(!Self.department.isCalled("西藏自治区农牧科学院"), "--sender with a member's name means the member alone")
    }

    @Test func aSendingUnitNamedLikeAPrefectureKeepsItsOwnFilesAndHistory() {
        let division = SummaryScope.sender(SendingUnit(name: "昌都市"))
        let prefecture = SummaryScope.unit(TestCatalog.prefecture)
        #expect(division.name == prefecture.name)
        #expect(division.kind == "sender" && prefecture.kind == "prefecture")
        #expect(division.outputName == "昌都市选派驻村工作队" && prefecture.outputName == "昌都市驻村工作")
        #expect(division.historyKey == "sender:昌都市" && prefecture.historyKey == "昌都市")
        #expect(division.parts == .countiesServed && prefecture.parts == .counties)
        #expect(SummaryScope.unit(TestCatalog.mangkang).parts == .townships)
    }

    @Test func aTeamScopeIsItselfAlone() {
        let own = Self.team("A", sentBy: "财政厅")
        let scope = SummaryScope.team(own)
        #expect(scope.includes(own) && !scope.includes(Self.team("B", sentBy: "财政厅")))
        #expect(scope.kind == "team" && scope.parts == nil && !scope.hasWorkbook && scope.recipients.isEmpty)
    }

    /// A and B sent by the department to 芒康县 (昌都市) and C by its academy to 乃东区 (山南市); D another
    /// unit's team in 芒康县; E the department's in 白玉县 (四川省).
    func data(_ report: (String, String, [String: Int64]) -> MonthlyReport = { TestCatalog.report($0, $1, $2) }) -> DataSet {
        var data = DataSet()
        data.teams = [
            Self.team("A", sentBy: "自治区农业农村厅"),
            Self.team("B", sentBy: "西藏自治区农业农村厅", township: "纳西乡"),
            Self.team("C", sentBy: "西藏自治区农牧科学院", county: Self.naidong),
            Self.team("D", sentBy: "自治区财政厅"),
            Self.team("E", sentBy: "自治區農業農村廳", county: RuleFixtures.baiyu),
        ]
        data.reports = [
            report("A", "2021-04", ["grievances_received": 10, "grievances_resolved": 9]),
            report("B", "2021-04", ["grievances_received": 5, "funds": 100]),
            report("C", "2021-04", ["grievances_received": 20, "grievances_resolved": 20]),
            report("D", "2021-04", ["grievances_received": 1000]),
            report("E", "2021-04", ["grievances_received": 7]),
        ]
        return data
    }

    @Test func aSendingUnitsSummaryIsOfItsTeamsWhereverTheyServe() {
        let window = Window(from: TestCatalog.period("2021-04"), to: TestCatalog.period("2021-04"))!
        let summary = Aggregator(data: data(), catalog: TestCatalog.catalog, window: window).summary(for: .sender(Self.department))
        #expect(summary.teams.map(\.team.id) == ["A", "B", "C", "E"])
        #expect(summary.total(of: "grievances_received") == 42, "D, another unit's team in the same county, is not counted")
        #expect(summary.total(of: "grievances_resolved") == 29)
        #expect(summary.staffing.counties == 3 && summary.staffing.townships == 4)
        #expect(summary.counties.map(\.name) == ["芒康县", "乃东区", "白玉县"])

        let parts = summary.parts(rankedBy: "grievances_received")
        #expect(parts.map(\.name) == ["乃东区", "芒康县", "白玉县"], "counties served, ranked")
        #expect(parts.map { $0.county.prefecture } == ["山南市", "昌都市", "甘孜藏族自治州"])
        #expect(parts.map { $0.teams.count } == [1, 2, 1])
        #expect(parts.map { $0.totals[TestCatalog.catalog.position(of: "grievances_received")!] } == [20, 15, 7])
    }

    @Test func reportingRatesAreSummedOverTheSendingUnitsTeamsAcrossProvinces() {
        let rates = RuleFixtures.review(data { RuleFixtures.report($0, $1, $2) }).reportingRates
        #expect(rates.rate(for: .sender(Self.department)).expected == 12, "A, B, C and E over April–June")
        #expect(rates.rate(for: .sender(Self.department)).received == 4)
        #expect(rates.rate(for: .unit(TestCatalog.mangkang)).expected == 9, "A, B and D")
    }

    @Test func findingsConcerningASendingUnitAreAboutItsTeamsOnly() {
        let data = data { RuleFixtures.report($0, $1, $2) }
        let findings = FindingIndex(IngestResult(data: data, findings: RuleFixtures.review(data).findings,
                                                 accounts: [], missingInputs: []))
            .findings(concerning: .sender(Self.department))
        #expect(!findings.isEmpty)
        #expect(Set(findings.compactMap(\.teamID)).isSubset(of: ["A", "B", "C", "E"]))
    }
}
