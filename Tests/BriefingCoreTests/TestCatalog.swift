@testable import BriefingCore

/// A small catalog for tests: two counts, one money metric, and the rate between the counts.
enum TestCatalog {
    static let catalog = try! MetricCatalog(
        metrics: [
            MetricDefinition(id: "grievances_received", name: "收集困难诉求", unit: "件", kind: .count, style: .exact),
            MetricDefinition(id: "grievances_resolved", name: "解决困难诉求", aliases: ["解决诉求"], unit: "件", kind: .count, style: .exact),
            MetricDefinition(id: "funds", name: "投入帮扶资金", unit: "元", kind: .money, style: .approx),
        ],
        rates: [RateDefinition(id: "grievance_resolution_rate", name: "诉求化解率",
                               numerator: "grievances_resolved", denominator: "grievances_received")]
    )

    static let province = ReportingUnit(level: .province, name: "西藏自治区", province: "西藏自治区", prefecture: nil)
    static let prefecture = ReportingUnit(level: .prefecture, name: "昌都市", province: "西藏自治区", prefecture: "昌都市")
    static let mangkang = ReportingUnit(level: .county, name: "芒康县", aliases: ["芒康"], province: "西藏自治区", prefecture: "昌都市")
    static let zogang = ReportingUnit(level: .county, name: "左贡县", province: "西藏自治区", prefecture: "昌都市")
    static let jurisdiction = try! Jurisdiction(units: [province, prefecture, mangkang, zogang])

    static func date(_ text: String) -> CalendarDate {
        let parts = text.split(separator: "-").map { Int($0)! }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2])!
    }

    static func period(_ text: String) -> Period {
        let parts = text.split(separator: "-").map { Int($0)! }
        return Period(year: parts[0], month: parts[1])!
    }

    static func team(_ id: String, county: ReportingUnit = mangkang, township: String = "曲孜卡乡", village: String = "一村",
                     start: String = "2021-04-01", end: String? = nil) -> Team {
        Team(id: id, name: "\(id)工作队", county: county, township: township, village: village, sendingUnit: "自治区财政厅",
             programme: nil, startDate: date(start), endDate: end.map(date), source: SourceLocation(file: "teams.csv", line: 2))
    }

    static func figures(_ values: [String: Int64]) -> Figures {
        var figures = Figures(count: catalog.count)
        for (id, value) in values { figures[catalog.position(of: id)!] = value }
        return figures
    }

    static func report(_ team: String, _ period: String, _ values: [String: Int64], submitted: String? = nil,
                       line: Int = 2) -> MonthlyReport {
        MonthlyReport(teamID: team, period: self.period(period), submittedOn: submitted.map(date),
                      figures: figures(values), source: SourceLocation(file: "reports.csv", line: line))
    }
}
