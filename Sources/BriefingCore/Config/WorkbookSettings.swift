/// How workbooks present the figures (`workbook:` in the config).
public struct WorkbookSettings: Sendable {
    /// Money columns in 元 or 万元 (a leader reads 1935万元 faster than 19,350,000.00).
    public let moneyUnit: MoneyUnit
    /// The metric prefecture and province workbooks rank their counties by.
    public let rankBy: String
    /// The metrics drawn in the charts.
    public let chartMetrics: [String]

    public static let defaultRankBy = "deeds"
    public static let defaultChartMetrics = ["visits", "deeds", "grievances_resolved", "disputes_resolved"]

    init(file: String, raw: WorkbookSettingsFile?, catalog: MetricCatalog) throws(ConfigError) {
        switch raw?.money_unit ?? "元" {
        case "元": moneyUnit = .yuan
        case "万元": moneyUnit = .wanYuan
        case let other:
            throw ConfigError(file: file, message: "workbook.money_unit：“\(other)”不是可用的金额单位，应为 元 或 万元")
        }
        rankBy = raw?.rank_by ?? WorkbookSettings.defaultRankBy
        chartMetrics = raw?.chart_metrics ?? WorkbookSettings.defaultChartMetrics.filter { catalog.position(of: $0) != nil }
        for id in [rankBy] + chartMetrics where catalog.position(of: id) == nil {
            throw ConfigError(file: file, message: "workbook：指标“\(id)”不在指标目录中")
        }
    }
}

struct WorkbookSettingsFile: Decodable {
    let money_unit: String?
    let rank_by: String?
    let chart_metrics: [String]?
}
