/// How one county's reports file is saved. The default counties each show one way a real office saves
/// its sheet, so that the small set exercises every reader; invented counties use plain UTF-8 CSV.
struct SampleFileStyle: Sendable, Equatable {
    var jsonLines = false
    var byteOrderMark = false
    /// Excel's plain "CSV" on Chinese Windows: GB18030 with CRLF line ends.
    var gb18030 = false
    /// `2021年4月`, `2021年5月3日`.
    var chineseDates = false
    /// Money as Excel shows it with separators: `"125,000"`.
    var groupedMoney = false
    /// The first money column (投入帮扶资金) headed `（万元）`, its cells in 万元.
    var wanYuan = false

    static func forCounty(_ index: Int) -> SampleFileStyle {
        switch index {
        case 1: SampleFileStyle(jsonLines: true)
        case 2: SampleFileStyle(byteOrderMark: true, groupedMoney: true)
        case 3: SampleFileStyle(gb18030: true, chineseDates: true)
        case 4: SampleFileStyle(wanYuan: true)
        default: SampleFileStyle()
        }
    }

    /// What sets the file apart, in Chinese; nil for plain UTF-8 CSV.
    func note(wanYuanHeader: String?) -> String? {
        var parts: [String] = []
        if jsonLines { parts.append("JSON Lines，每行一条记录，键为字段 id，数值为 JSON 数字，未填报的指标不出现") }
        if byteOrderMark { parts.append("UTF-8 带 BOM") }
        if gb18030 { parts.append("GB18030 编码，CRLF 换行") }
        if chineseDates { parts.append("报告期和填报日期写作“2021年4月”“2021年5月3日”的形式") }
        if groupedMoney { parts.append("金额带千位分隔符（如 \"125,000\"）") }
        if wanYuan, let wanYuanHeader { parts.append("表头“\(wanYuanHeader)”，该列以万元填写（如 12.5）") }
        return parts.isEmpty ? nil : parts.joined(separator: "；")
    }

    var fileExtension: String { jsonLines ? "jsonl" : "csv" }
    var crlf: Bool { gb18030 }
}
