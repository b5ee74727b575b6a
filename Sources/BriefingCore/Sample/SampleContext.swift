/// What every county's files share, worked out once before the counties are generated in parallel.
struct SampleContext: Sendable {
    /// One month of the window, with the text forms rows repeat, ready as bytes.
    struct Month: Sendable {
        let period: Period
        let days: Int
        /// `2021-04` and `2021年4月`.
        let isoPeriod: [UInt8]
        let chinesePeriod: [UInt8]
        /// The following month, where 填报日期 falls: `2021-05-` and `2021年5月`.
        let isoSubmittedPrefix: [UInt8]
        let chineseSubmittedPrefix: [UInt8]

        init(_ period: Period) {
            self.period = period
            days = period.numberOfDays
            isoPeriod = Array(period.description.utf8)
            chinesePeriod = Array("\(period.year)年\(period.month)月".utf8)
            isoSubmittedPrefix = Array("\(period.next)-".utf8)
            chineseSubmittedPrefix = Array("\(period.next.year)年\(period.next.month)月".utf8)
        }
    }

    let options: SampleOptions
    let geography: SampleGeography
    let metrics: [MetricDefinition]
    let rules: [SampleMetricRule]
    let isMoney: [Bool]
    /// Columns in the order they are filled: a resolved figure after the figure it resolves.
    let fillOrder: [Int]
    /// `,"visits":` for JSON Lines.
    let jsonKeys: [[UInt8]]
    let months: [Month]
    /// Where `7万余` goes (办实事好事), where the negative number goes (走访农户), which column is in 万元.
    let approximateColumn: Int?
    let negativeColumn: Int?
    let wanYuanColumn: Int?

    init(options: SampleOptions, geography: SampleGeography, metrics: [MetricDefinition]) {
        self.options = options
        self.geography = geography
        self.metrics = metrics
        let rules = SampleMetricRule.rules(for: metrics)
        self.rules = rules
        isMoney = metrics.map { $0.kind == .money }
        fillOrder = rules.indices.filter { !rules[$0].isDependent } + rules.indices.filter { rules[$0].isDependent }
        jsonKeys = metrics.map { Array(",\"\($0.id)\":".utf8) }
        months = (0..<options.months).map { Month(options.firstPeriod.advanced(by: $0)) }
        func column(_ id: String, else kind: MetricKind) -> Int? {
            metrics.firstIndex { $0.id == id } ?? metrics.firstIndex { $0.kind == kind }
        }
        approximateColumn = column("deeds", else: .count)
        negativeColumn = column("visits", else: .count)
        wanYuanColumn = column("funds", else: .money)
    }
}
