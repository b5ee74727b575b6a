import Testing
@testable import BriefingCore

@Suite struct InputSchemaTests {
    let reports = InputSchema(kind: .reports, catalog: TestCatalog.catalog)
    let teams = InputSchema(kind: .teams, catalog: TestCatalog.catalog)

    @Test(arguments: ["工作队编号", " 工作队编号 ", "工作隊編號", "team_id", "TEAM_ID"])
    func aHeaderMatchesByChineseNameIdOrTraditionalScript(header: String) {
        #expect(teams.target(forHeader: header) == .field(.teamID))
    }

    @Test(arguments: ["省（区）", "省(区)", "省（區）"])
    func bracketsThatArePartOfAHeaderStillMatch(header: String) {
        #expect(teams.target(forHeader: header) == .field(.province))
    }

    @Test func aMoneyUnitInTheHeaderScalesTheCells() {
        #expect(reports.target(forHeader: "投入帮扶资金") == .metric(position: 2, moneyUnit: .yuan))
        #expect(reports.target(forHeader: "投入帮扶资金（万元）") == .metric(position: 2, moneyUnit: .wanYuan))
        #expect(reports.target(forHeader: "funds(万元)") == .metric(position: 2, moneyUnit: .wanYuan))
        #expect(reports.target(forHeader: "投入帮扶资金（亿元）") == .metric(position: 2, moneyUnit: .yiYuan))
    }

    @Test func aUnitOnACountColumnIsNotAMoneyScale() {
        #expect(reports.target(forHeader: "收集困难诉求（万元）") == nil)
    }

    @Test func aliasesFromTheCatalogMatch() {
        #expect(reports.target(forHeader: "解决诉求") == .metric(position: 1, moneyUnit: nil))
    }

    @Test func metricsAreOnlyColumnsOfReports() {
        #expect(teams.target(forHeader: "投入帮扶资金") == nil)
        #expect(reports.target(forHeader: "无此列") == nil)
    }
}
