import BriefingCore
import Foundation
import XlsxWriter

/// Writes a unit's workbook: 汇总 (every metric for the window), 工作队明细 (a row per team, a column per
/// metric, totals that equal the sum of the rows above them) and 校验问题 (the unit's findings).
public struct WorkbookRenderer {
    public let office: String
    /// Recorded as the creation date, so that identical inputs give byte-identical workbooks.
    public let created: CalendarDate

    public init(office: String, created: CalendarDate) {
        self.office = office
        self.created = created
    }

    public static let notReportedNote = "无工作队报送此项"

    public func write(_ summary: UnitSummary, findings: [Finding], to url: URL) throws {
        let title = "\(summary.unit.name)驻村工作统计表（\(TimePhrase.title(for: summary.window))）"
        let properties = DocumentProperties(title: title, subject: "驻村工作队统计", author: office, company: office,
                                            createdEpochSeconds: created.daysSinceEpoch * 86_400)
        let workbook = try Workbook(path: url.path, options: WorkbookOptions(
            temporaryDirectory: url.deletingLastPathComponent().path, properties: properties))
        try writeOverview(summary, title: title, in: workbook)
        try writeTeams(summary, title: title, in: workbook)
        try writeFindings(findings, unit: summary.unit, title: title, in: workbook)
        try workbook.close()
    }

    private func writeOverview(_ summary: UnitSummary, title: String, in workbook: Workbook) throws {
        var table = try TableSheet(in: workbook, name: "汇总", title: title, headers: ["指标", "单位", "数值"])
        let staffing = summary.staffing
        for (name, unit, value) in [("驻村工作队", "个", staffing.teams), ("驻村干部", "名", staffing.cadres),
                                    ("其中：第一书记", "名", staffing.firstSecretaries),
                                    ("覆盖乡（镇）", "个", staffing.townships), ("覆盖村（社区）", "个", staffing.villages)] {
            try table.append([.text(name), .text(unit), .count(Int64(value))])
        }
        for (position, metric) in summary.catalog.metrics.enumerated() {
            try table.append([.text(metric.name), .text(metric.unit),
                              cell(summary.totals[position], metric, note: WorkbookRenderer.notReportedNote)])
        }
        for rate in summary.rates {
            let value: TableCell = rate.value.map(TableCell.ratio) ?? .blank(note: "分母为零或未报送，无法计算")
            try table.append([.text(rate.definition.name), .text("%"), value])
        }
        try table.finish()
    }

    private func writeTeams(_ summary: UnitSummary, title: String, in workbook: Workbook) throws {
        let metrics = summary.catalog.metrics
        let identity = ["工作队编号", "工作队名称", "县（市、区）", "乡（镇）", "村（社区）", "派出单位", "驻村干部", "报送月数"]
        var table = try TableSheet(in: workbook, name: "工作队明细", title: title,
                                   headers: identity + metrics.map { "\($0.name)（\($0.unit)）" })
        for team in summary.teams {
            let identityCells: [TableCell] = [
                .text(team.team.id), .text(team.team.name), .text(team.team.county.name), .text(team.team.township),
                .text(team.team.village), .text(team.team.sendingUnit), .count(Int64(team.cadres.count)),
                .count(Int64(team.monthsReported.count)),
            ]
            try table.append(identityCells + metrics.enumerated().map { cell(team.figures[$0.offset], $0.element, note: nil) })
        }
        let totalRow: [TableCell] = [.text("合计"), .text("\(summary.teams.count)支工作队"), .text(""), .text(""),
                                     .text(""), .text(""),
                                     .count(Int64(summary.teams.reduce(0) { $0 + $1.cadres.count })),
                                     .count(Int64(summary.teams.reduce(0) { $0 + $1.monthsReported.count }))]
        try table.append(totalRow + metrics.enumerated().map { cell(summary.totals[$0.offset], $0.element, note: nil) },
                         format: CellFormat(bold: true, backgroundColor: .init(rgb: 0xFF_F2_CC)))
        try table.sheet.writeString("说明：空白表示未报送，0 表示报送为零；合计为上方各行之和。",
                                    row: table.nextRow + 1, column: 0)
        try table.finish()
    }

    private func writeFindings(_ findings: [Finding], unit: ReportingUnit, title: String, in workbook: Workbook) throws {
        var table = try TableSheet(in: workbook, name: "校验问题", title: title,
                                   headers: ["级别", "规则", "文件", "行", "列", "工作队", "干部", "报告期", "问题与修改建议"])
        for finding in findings {
            try table.append([
                .text(finding.severity.chineseName), .text(finding.code.rawValue), .text(finding.file),
                finding.line.map { .count(Int64($0)) } ?? .text(""), .text(finding.column ?? ""),
                .text(finding.teamID ?? ""), .text(finding.cadreID ?? ""), .text(finding.period ?? ""),
                .text(finding.message),
            ])
        }
        if findings.isEmpty {
            try table.append([.text("无"), .text(""), .text(""), .text(""), .text(""), .text(""), .text(""), .text(""),
                              .text("本单位的输入未发现问题")])
        }
        try table.finish()
    }

    private func cell(_ value: Int64?, _ metric: MetricDefinition, note: String?) -> TableCell {
        guard let value else { return .blank(note: note) }
        return metric.kind == .money ? .money(fen: value) : .count(value)
    }
}
