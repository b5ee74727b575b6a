import BriefingCore
import Testing
@testable import BriefingRender

/// A sending unit's cadres serve under several provinces' policies: each is held to its own team's.
struct UnitReviewTests {
    static let tibet = ReportingUnit(level: .county, name: "芒康县", province: "西藏自治区", prefecture: "昌都市")
    static let sichuan = ReportingUnit(level: .county, name: "白玉县", province: "四川省", prefecture: "甘孜藏族自治州")

    static func team(in county: ReportingUnit) -> Team {
        Team(id: county.name, name: "工作队", county: county, township: "乡", village: "村", sendingUnit: "国家电网有限公司",
             programme: nil, startDate: CalendarDate(year: 2021, month: 4, day: 1)!, endDate: nil,
             source: SourceLocation(file: "teams.csv", line: 2))
    }

    @Test func theMinimumDaysInTheVillageAreThoseOfTheTeamsProvince() throws {
        let catalog = try MetricCatalog(metrics: [], rates: [])
        var rules = RuleSet.defaults(for: catalog)
        var sichuan = rules.thresholds
        sichuan.minDaysInVillage = 15
        rules.provinceThresholds["四川省"] = sichuan
        let review = UnitReview(findings: [], reportingRate: ReportingRate(), rules: rules, previous: nil)
        #expect(review.minimumDaysInVillage(for: Self.team(in: Self.tibet)) == 20)
        #expect(review.minimumDaysInVillage(for: Self.team(in: Self.sichuan)) == 15)
    }
}
