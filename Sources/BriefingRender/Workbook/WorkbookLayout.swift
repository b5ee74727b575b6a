import BriefingCore
import XlsxWriter

/// Where each figure of a unit's summary sits in its workbook. The workbook is written from this
/// layout and a briefing's trace reads it, so a figure in the prose always names the cell it came from.
public enum WorkbookLayout {
    /// The staffing lines that open 汇总, from the rosters.
    public enum StaffingItem: String, CaseIterable, Sendable {
        case teams, cadres, firstSecretaries = "first_secretaries", townships, villages

        public var name: String {
            switch self {
            case .teams: return "驻村工作队"
            case .cadres: return "驻村干部"
            case .firstSecretaries: return "其中：第一书记"
            case .townships: return "覆盖乡（镇）"
            case .villages: return "覆盖村（社区）"
            }
        }

        public var unit: String { self == .teams || self == .townships || self == .villages ? "个" : "名" }

        public func value(in staffing: Staffing) -> Int {
            switch self {
            case .teams: return staffing.teams
            case .cadres: return staffing.cadres
            case .firstSecretaries: return staffing.firstSecretaries
            case .townships: return staffing.townships
            case .villages: return staffing.villages
            }
        }
    }

    public static let overviewSheet = "汇总"
    static let overviewValueColumn = 2

    /// The sheet listing a unit's parts: townships in a county workbook, counties above, the counties
    /// served in a sending unit's.
    public static func partsSheet(for level: PartLevel) -> String {
        switch level {
        case .townships: "乡镇汇总"
        case .counties: "各县汇总"
        case .countiesServed: "按县汇总"
        }
    }

    /// Columns before the staffing and metric columns of the parts sheet, the part's name last.
    static func partsLeadColumns(for level: PartLevel) -> [String] {
        switch level {
        case .townships: ["乡（镇）"]
        case .counties: ["排名", "县（市、区）"]
        case .countiesServed: ["排名", "市（地区、州、师）", "县（市、区）"]
        }
    }

    /// A part's cells under `partsLeadColumns`; `rank` counts from 1.
    static func partsLeadCells(for level: PartLevel, rank: Int, part: PartSummary) -> [TableCell] {
        switch level {
        case .townships: [.text(part.name)]
        case .counties: [.count(Int64(rank)), .text(part.name)]
        case .countiesServed: [.count(Int64(rank)), .text(part.county.prefecture ?? ""), .text(part.name)]
        }
    }

    /// The unit's parts in the order the parts sheet lists them: ranked where `PartLevel.isRanked`.
    public static func parts(of summary: UnitSummary, rankedBy metricID: String) -> [PartSummary] {
        summary.scope.parts?.isRanked == true ? summary.parts(rankedBy: metricID) : summary.parts
    }

    public static func overviewCell(_ item: StaffingItem) -> String {
        reference(overviewSheet, row: TableSheet.firstDataRow + StaffingItem.allCases.firstIndex(of: item)!,
                  column: overviewValueColumn)
    }

    public static func overviewCell(metricPosition: Int) -> String {
        reference(overviewSheet, row: TableSheet.firstDataRow + StaffingItem.allCases.count + metricPosition,
                  column: overviewValueColumn)
    }

    public static func overviewCell(ratePosition: Int, catalog: MetricCatalog) -> String {
        overviewCell(metricPosition: catalog.count + ratePosition)
    }

    /// The cell of a metric for the part at `index` of the parts sheet (in rank order where ranked).
    public static func partsCell(level: PartLevel, index: Int, metricPosition: Int) -> String {
        reference(partsSheet(for: level), row: TableSheet.firstDataRow + index,
                  column: partsLeadColumns(for: level).count + 2 + metricPosition)
    }

    private static func reference(_ sheet: String, row: Int, column: Int) -> String {
        "\(sheet)!\(CellRange(row: row, column: column).reference)"
    }
}
