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

    /// The sheet listing a unit's parts: townships in a county workbook, counties above.
    public static func partsSheet(for level: UnitLevel) -> String { level == .county ? "乡镇汇总" : "各县汇总" }

    /// Columns before the staffing and metric columns of the parts sheet: 排名 and 县 when ranked, or 乡（镇）.
    static func partsLeadColumns(for level: UnitLevel) -> [String] {
        level == .county ? ["乡（镇）"] : ["排名", "县（市、区）"]
    }

    /// The unit's parts in the order the parts sheet lists them: ranked above county level.
    public static func parts(of summary: UnitSummary, rankedBy metricID: String) -> [PartSummary] {
        summary.unit.level == .county ? summary.parts : summary.parts(rankedBy: metricID)
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

    /// The cell of a metric for the part at `index` of the parts sheet (rank order above county level).
    public static func partsCell(level: UnitLevel, index: Int, metricPosition: Int) -> String {
        reference(partsSheet(for: level), row: TableSheet.firstDataRow + index,
                  column: partsLeadColumns(for: level).count + 2 + metricPosition)
    }

    private static func reference(_ sheet: String, row: Int, column: Int) -> String {
        "\(sheet)!\(CellRange(row: row, column: column).reference)"
    }
}
