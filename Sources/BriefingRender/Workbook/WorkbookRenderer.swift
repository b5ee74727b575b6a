import BriefingCore
import Foundation
import XlsxWriter

/// Writes a unit's workbook, the one that is printed for a leader and read by the office above:
/// 汇总, 乡镇汇总 (a county's townships), 各县汇总 (a prefecture's or province's counties, ranked) or
/// 按县汇总 (the counties a sending unit's teams serve in, ranked), 工作队明细, 干部考勤, 校验问题 and 图表.
/// Every total equals the sum of the rows shown beneath it, and a figure nobody reported is a blank cell
/// with a note, never 0.
public struct WorkbookRenderer {
    public let office: String
    /// Recorded as the creation date, so that identical inputs give byte-identical workbooks.
    public let created: CalendarDate
    public let settings: WorkbookSettings

    public init(office: String, created: CalendarDate, settings: WorkbookSettings) {
        self.office = office
        self.created = created
        self.settings = settings
    }

    public static let notReportedNote = "无工作队报送此项"

    /// `芒康县驻村工作统计表.xlsx`, the name the file is written and mailed under.
    public static func fileName(for scope: SummaryScope) -> String { "\(scope.outputName)统计表.xlsx" }

    /// Returns what each sheet's cells received, for throughput figures (the nightly run ignores it).
    @discardableResult
    public func write(_ summary: UnitSummary, review: UnitReview, to url: URL) throws -> [CellTally] {
        let title = "\(summary.scope.outputName)统计表（\(TimePhrase.title(for: summary.window))）"
        let properties = DocumentProperties(title: title, subject: "驻村工作队统计", author: office, company: office,
                                            createdEpochSeconds: created.daysSinceEpoch * 86_400)
        let workbook = try Workbook(path: url.path, options: WorkbookOptions(
            constantMemory: true, temporaryDirectory: ScratchDirectory.forWorkbook(at: url), properties: properties))
        let sheets = Sheets(renderer: self, summary: summary, review: review, title: title, workbook: workbook)
        try sheets.overview()
        let partsLayout = try sheets.parts()
        try sheets.teams()
        try sheets.attendance()
        try sheets.findings()
        try sheets.charts(parts: partsLayout)
        try workbook.close()
        return workbook.cellTallies
    }
}

/// Where the parts table put its rows, for the charts that draw from it.
private struct PartsLayout {
    let sheet: String
    let level: PartLevel
    let rows: ClosedRange<Int>?
    let nameColumn: Int
    let metricColumns: [String: Int]
}

/// The sheets of one workbook, written in order.
private struct Sheets {
    let renderer: WorkbookRenderer
    let summary: UnitSummary
    let review: UnitReview
    let title: String
    let workbook: Workbook

    var catalog: MetricCatalog { summary.catalog }
    var moneyUnit: MoneyUnit { renderer.settings.moneyUnit }

    func header(_ metric: MetricDefinition) -> String {
        "\(metric.name)（\(unitName(metric))）"
    }

    func unitName(_ metric: MetricDefinition) -> String { metric.kind == .money ? moneyUnit.name : metric.unit }

    func cell(_ value: Int64?, _ metric: MetricDefinition, note: String? = nil) -> TableCell {
        guard let value else { return .blank(note: note) }
        return metric.kind == .money ? .money(fen: value) : .count(value)
    }

    func overview() throws {
        let staffing = WorkbookLayout.StaffingItem.allCases
        let previous = review.previous
        var table = try TableSheet(in: workbook, name: WorkbookLayout.overviewSheet, title: title,
                                   headers: ["指标", "单位", "数值"] + (previous == nil ? [] : ["上期", "增减"]),
                                   rowCount: staffing.count + catalog.count + catalog.rates.count, moneyUnit: moneyUnit)
        for item in staffing {
            try table.append([.text(item.name), .text(item.unit), .count(Int64(item.value(in: summary.staffing)))])
        }
        for (position, metric) in catalog.metrics.enumerated() {
            let current = summary.totals[position]
            var row = [.text(metric.name), .text(unitName(metric)),
                       cell(current, metric, note: WorkbookRenderer.notReportedNote)]
            if let previous {
                let before = previous[position]
                let change: TableCell = current.flatMap { now in
                    before.flatMap { $0 == 0 ? nil : TableCell.ratio(Double(now - $0) / Double($0)) }
                } ?? .blank(note: nil)
                row += [cell(before, metric), change]
            }
            try table.append(row)
        }
        for rate in summary.rates {
            let value: TableCell = rate.value.map(TableCell.ratio) ?? .blank(note: "分母为零或未报送，无法计算")
            try table.append([.text(rate.definition.name), .text("%"), value])
        }
        try table.finish()
    }

    /// The parts sheet, or nil for a summary without parts.
    func parts() throws -> PartsLayout? {
        guard let level = summary.scope.parts else { return nil }
        let parts = WorkbookLayout.parts(of: summary, rankedBy: renderer.settings.rankBy)
        let lead = WorkbookLayout.partsLeadColumns(for: level)
        let headers = lead + ["驻村工作队", "驻村干部"] + catalog.metrics.map(header)
        let name = WorkbookLayout.partsSheet(for: level)
        var table = try TableSheet(in: workbook, name: name, title: title, headers: headers,
                                   rowCount: parts.count + 1, moneyUnit: moneyUnit)
        for (index, part) in parts.enumerated() {
            try table.append(WorkbookLayout.partsLeadCells(for: level, rank: index + 1, part: part)
                + [.count(Int64(part.teams.count)), .count(Int64(part.cadres))]
                + catalog.metrics.enumerated().map { cell(part.totals[$0.offset], $0.element) })
        }
        let totalLead = Array(repeating: TableCell.text(""), count: lead.count - 1) + [.text("合计")]
        try table.append(totalLead + [.count(Int64(summary.teams.count)),
                                      .count(Int64(parts.reduce(0) { $0 + $1.cadres }))]
            + catalog.metrics.enumerated().map { cell(summary.totals[$0.offset], $0.element) },
                         format: Sheets.totalFormat)
        try table.finish()
        let metricColumns = Dictionary(uniqueKeysWithValues: catalog.metrics.enumerated().map { ($0.element.id, lead.count + 2 + $0.offset) })
        return PartsLayout(sheet: name, level: level,
                           rows: parts.isEmpty ? nil : TableSheet.firstDataRow...(TableSheet.firstDataRow + parts.count - 1),
                           nameColumn: lead.count - 1, metricColumns: metricColumns)
    }

    func teams() throws {
        let identity = ["工作队编号", "工作队名称", "县（市、区）", "乡（镇）", "村（社区）", "派出单位", "驻村干部", "报送月数"]
        var table = try TableSheet(in: workbook, name: "工作队明细", title: title,
                                   headers: identity + catalog.metrics.map(header),
                                   rowCount: summary.teams.count + 1, moneyUnit: moneyUnit)
        for team in summary.teams {
            let identityCells: [TableCell] = [
                .text(team.team.id), .text(team.team.name), .text(team.team.county.name), .text(team.team.township),
                .text(team.team.village), .text(team.team.sendingUnit), .count(Int64(team.cadresInPost)),
                .count(Int64(team.monthsReported.count)),
            ]
            try table.append(identityCells + catalog.metrics.enumerated().map { cell(team.figures[$0.offset], $0.element) })
        }
        let totalRow: [TableCell] = [.text("合计"), .text("\(summary.teams.count)支工作队"), .text(""), .text(""),
                                     .text(""), .text(""),
                                     .count(Int64(summary.teams.reduce(0) { $0 + $1.cadresInPost })),
                                     .count(Int64(summary.teams.reduce(0) { $0 + $1.monthsReported.count }))]
        try table.append(totalRow + catalog.metrics.enumerated().map { cell(summary.totals[$0.offset], $0.element) },
                         format: Sheets.totalFormat)
        try table.sheet.writeString("说明：空白表示未报送，0 表示报送为零；合计为上方各行之和。",
                                    row: table.nextRow + 1, column: 0)
        try table.finish()
    }

    func attendance() throws {
        let periods = summary.window.periods
        let identity = ["干部编号", "姓名", "职务", "工作队", "县（市、区）"]
        let listed = summary.scope.listsEveryCadre ? summary.attendance : summary.attendance.filter { record in
            let minimum = review.minimumDaysInVillage(for: record.team)
            return record.daysInVillage.contains { ($0 ?? minimum) < minimum }
        }
        var table = try TableSheet(in: workbook, name: "干部考勤", title: title,
                                   headers: identity + periods.map { "\($0.year)年\($0.month)月在村天数" },
                                   rowCount: listed.count)
        // The province's policy for each row: a sending unit's cadres may serve under several. Applied
        // before the rows are written, one rule per run of rows under the same threshold: constant-memory
        // mode writes rows once.
        let minimums = listed.map { review.minimumDaysInVillage(for: $0.team) }
        var start = 0
        while start < minimums.count {
            let end = minimums[start...].firstIndex { $0 != minimums[start] } ?? minimums.count
            let days = CellRange(rows: (TableSheet.firstDataRow + start)...(TableSheet.firstDataRow + end - 1),
                                 columns: identity.count...(identity.count + periods.count - 1))
            try table.sheet.highlightCells(in: days, where: .lessThan(Double(minimums[start])),
                                           format: CellFormat(fontColor: .init(rgb: 0x9C_00_06), border: .thin,
                                                              backgroundColor: .init(rgb: 0xFF_C7_CE)))
            start = end
        }
        for record in listed {
            try table.append([.text(record.cadre.id), .text(record.cadre.name), .text(record.cadre.role.rawValue),
                              .text(record.team.name), .text(record.team.county.name)]
                + record.daysInVillage.map { $0.map { .count(Int64($0)) } ?? .blank(note: nil) })
        }
        let scopeNote = summary.scope.listsEveryCadre ? ""
            : "本表只列出有月份在村天数不足规定天数的干部（\(listed.count)名），全部\(summary.attendance.count)名干部的逐月考勤见各县（市、区）统计表；"
        try table.sheet.writeString("说明：\(scopeNote)\(Sheets.shortDaysRule(summary.attendance.map(\.team), review: review))"
                                        + "空白表示该月无考勤记录。", row: table.nextRow + 1, column: 0)
        try table.finish()
    }

    /// `在村天数少于20天的月份以红色标出；`, naming each province's threshold where they differ.
    static func shortDaysRule(_ teams: [Team], review: UnitReview) -> String {
        var provinces: [String] = []
        var minimums: [String: Int] = [:]
        for team in teams where minimums[team.county.province] == nil {
            provinces.append(team.county.province)
            minimums[team.county.province] = review.minimumDaysInVillage(for: team)
        }
        guard Set(minimums.values).count > 1 else {
            return minimums.values.first.map { "在村天数少于\($0)天的月份以红色标出；" } ?? ""
        }
        let each = provinces.map { "\($0)\(minimums[$0]!)天" }.joined(separator: "，")
        return "在村天数少于规定天数（\(each)）的月份以红色标出；"
    }

    func findings() throws {
        let findings = review.findings
        var table = try TableSheet(in: workbook, name: "校验问题", title: title,
                                   headers: ["级别", "规则", "文件", "行", "列", "工作队", "干部", "报告期", "问题与修改建议"],
                                   rowCount: max(findings.count, 1))
        for finding in findings {
            try table.append([
                .text(finding.severity.chineseName), .text(finding.code.rawValue), .text(finding.file),
                finding.line.map { .count(Int64($0)) } ?? .text(""), .text(finding.column ?? ""),
                .text(finding.teamID ?? ""), .text(finding.cadreID ?? ""), .text(finding.period ?? ""),
                .text(Sheets.fitting(finding.message)),
            ])
        }
        if findings.isEmpty {
            try table.append([.text("无"), .text(""), .text(""), .text(""), .text(""), .text(""), .text(""), .text(""),
                              .text("本单位的输入未发现问题")])
        }
        try table.sheet.writeString(Sheets.reportingLine(review.reportingRate), row: table.nextRow + 1, column: 0)
        try table.finish()
    }

    /// A message as a cell can hold it: one that quotes a huge cell is cut (`briefing validate` prints it whole).
    static func fitting(_ message: String) -> String {
        guard message.unicodeScalars.count > Worksheet.maxStringLength else { return message }
        return String(String.UnicodeScalarView(message.unicodeScalars.prefix(Worksheet.maxStringLength - 1))) + "…"
    }

    /// `报送情况：应报28份，已报27份（96%），按时报送26份（93%）。`
    static func reportingLine(_ rate: ReportingRate) -> String {
        let received = FigureText.rate(Int64(rate.received), of: Int64(rate.expected)).map { "（\($0)）" } ?? ""
        let onTime = FigureText.rate(Int64(rate.onTime), of: Int64(rate.expected)).map { "（\($0)）" } ?? ""
        return "报送情况：应报月报\(rate.expected)份，已报\(rate.received)份\(received)，按时报送\(rate.onTime)份\(onTime)。"
    }

    /// A column chart of the key metrics by part, and a line chart of their monthly trend drawn from
    /// a small table on the same sheet.
    func charts(parts: PartsLayout?) throws {
        let metrics = renderer.settings.chartMetrics.compactMap { id in catalog.metric(id).map { (id, $0) } }
        let periods = summary.window.periods
        var table = try TableSheet(in: workbook, name: "图表", title: title,
                                   headers: ["月份"] + metrics.map { header($0.1) }, rowCount: periods.count,
                                   moneyUnit: moneyUnit)
        for (index, period) in periods.enumerated() {
            try table.append([.text("\(period.year)年\(period.month)月")]
                + metrics.map { cell(summary.monthly[index][catalog.position(of: $0.0)!], $0.1) })
        }
        try table.finish()
        let chartRow = TableSheet.firstDataRow + periods.count + 2
        let monthRows = TableSheet.firstDataRow...(TableSheet.firstDataRow + periods.count - 1)
        try table.sheet.insertChart(Chart(
            kind: .line, title: "各月主要指标", xAxisTitle: "月份", yAxisTitle: nil, legend: .bottom,
            series: metrics.enumerated().map { index, metric in
                Chart.Series(name: metric.1.name, sheet: "图表", categories: CellRange(rows: monthRows, columns: 0...0),
                             values: CellRange(rows: monthRows, columns: (index + 1)...(index + 1)))
            }), row: chartRow, column: 0, width: 720, height: 320)
        if let parts, let rows = parts.rows {
            try table.sheet.insertChart(Chart(
                kind: .column, title: parts.level == .townships ? "各乡（镇）主要指标" : "各县（市、区）主要指标",
                xAxisTitle: nil, yAxisTitle: nil, legend: .bottom,
                series: metrics.map { id, metric in
                    Chart.Series(name: metric.name, sheet: parts.sheet,
                                 categories: CellRange(rows: rows, columns: parts.nameColumn...parts.nameColumn),
                                 values: CellRange(rows: rows, columns: parts.metricColumns[id]!...parts.metricColumns[id]!))
                }), row: chartRow + 18, column: 0, width: 720, height: 360)
        }
    }

    static let totalFormat = CellFormat(bold: true, backgroundColor: .init(rgb: 0xFF_F2_CC))
}
