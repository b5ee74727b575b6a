import Foundation
import Testing
@testable import BriefingCore

/// Helpers for the sample tests: the default catalog, a scratch folder, and readers that take the
/// written files back apart without the real ingest (which must not be what checks the sample).
enum SampleFixtures {
    /// The default catalog of input-format.md.
    static let defaultCatalog: [MetricDefinition] = [
        ("visits", "走访农户", "户次"), ("deeds", "办实事好事", "件"), ("beneficiaries", "惠及群众", "人次"),
        ("grievances_received", "收集困难诉求", "件"), ("grievances_resolved", "解决困难诉求", "件"),
        ("disputes_found", "排查矛盾纠纷", "件"), ("disputes_resolved", "化解矛盾纠纷", "件"),
        ("projects", "落实帮扶项目", "个"), ("funds", "投入帮扶资金", "元"), ("study_sessions", "宣讲教育", "场次"),
        ("study_attendance", "宣讲受众", "人次"), ("trainings", "技能培训", "场次"), ("trainees", "培训群众", "人次"),
        ("party_trainees", "培训党员", "人次"), ("committee_trainees", "培训村两委成员", "人次"),
        ("activists", "培养入党积极分子", "名"), ("new_members", "发展党员", "名"), ("reserve_cadres", "培养后备干部", "名"),
        ("rules_established", "建立健全制度", "项"), ("cooperatives", "成立专业合作社", "个"), ("jobs", "帮助就业", "人"),
        ("income_gain", "带动增收", "元"), ("collective_income", "村集体经济收入", "元"),
        ("consolation_visits", "慰问困难群众", "户次"),
    ].map { id, name, unit in
        MetricDefinition(id: id, name: name, unit: unit, kind: unit == "元" ? .money : .count, style: .exact)
    }

    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// A fresh folder under the temporary directory; the caller removes it.
    static func scratchFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sample-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes a sample into a fresh folder and hands it to `body`.
    static func withSample<T>(_ options: SampleOptions = SampleOptions(),
                              _ body: (URL, SampleSummary) throws -> T) throws -> T {
        let folder = scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try SampleGenerator(options: options, metrics: defaultCatalog)
            .write(to: folder, metricsPath: "metrics.yaml", rulesPath: "rules.yaml", templatesPath: "../Templates")
        return try body(folder, summary)
    }

    /// Every file under `folder`, by relative path.
    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            files[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    /// A file's text: BOM dropped; UTF-8, or GB18030 where it is not UTF-8.
    static func text(_ data: Data) -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return String(data: bytes, encoding: .utf8) ?? String(data: bytes, encoding: gb18030)!
    }

    /// Physical lines, numbered from 1, without line ends.
    static func lines(_ text: String) -> [(number: Int, text: String)] {
        // A Swift Character holds CR LF as one.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if lines.last == "" { lines.removeLast() }
        return lines.enumerated().map { ($0 + 1, String($1)) }
    }

    /// One CSV line split into fields (RFC 4180 quotes; a sample has no line breaks inside fields).
    static func csvFields(_ line: String) -> [String]? {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(line)[...]
        while let char = chars.popFirst() {
            if quoted {
                if char == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.append(char)
                }
            } else if char == "\"" && field.isEmpty {
                quoted = true
            } else if char == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(char)
            }
        }
        guard !quoted else { return nil }
        fields.append(field)
        return fields
    }

    /// A CSV file as header and rows by line; nil where a row does not fit the header.
    static func table(_ data: Data) -> (header: [String], rows: [(line: Int, cells: [String: String])])? {
        let all = lines(text(data))
        guard let header = all.first.flatMap({ csvFields($0.text) }) else { return nil }
        var rows: [(Int, [String: String])] = []
        for (number, line) in all.dropFirst() {
            guard let cells = csvFields(line), cells.count == header.count else { return nil }
            rows.append((number, Dictionary(uniqueKeysWithValues: zip(header, cells))))
        }
        return (header, rows)
    }

    /// One monthly report, whatever form its file took.
    struct Report {
        let file: String
        let line: Int
        let teamID: String
        let period: String
        let submittedDay: Int
        /// By metric id: the cell as typed (money turned into 元), nil where blank.
        let cells: [String: String]
    }

    /// All reports of a sample, read from CSV and JSON Lines alike.
    static func reports(in files: [String: Data]) throws -> [Report] {
        var reports: [Report] = []
        for (path, data) in files where path.hasPrefix("reports/") {
            if path.hasSuffix(".jsonl") {
                for (number, line) in lines(text(data)) {
                    let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                    var cells: [String: String] = [:]
                    for metric in defaultCatalog {
                        if let value = object[metric.id] { cells[metric.id] = "\(value)" }
                    }
                    let submitted = object["submitted_on"] as! String
                    reports.append(Report(file: path, line: number, teamID: object["team_id"] as! String,
                                          period: object["period"] as! String,
                                          submittedDay: Int(submitted.suffix(2))!, cells: cells))
                }
                continue
            }
            let table = try #require(Self.table(data))
            for (number, row) in table.rows {
                var cells: [String: String] = [:]
                for metric in defaultCatalog {
                    let header = try #require(table.header.first { $0 == metric.name || $0 == metric.name + "（万元）" })
                    guard let cell = row[header], !cell.isEmpty else { continue }
                    cells[metric.id] = header.hasSuffix("（万元）") ? yuan(fromWan: cell) : cell.replacingOccurrences(of: ",", with: "")
                }
                reports.append(Report(file: path, line: number, teamID: row["工作队编号"]!,
                                      period: isoPeriod(row["报告期"]!), submittedDay: day(row["填报日期"]!),
                                      cells: cells))
            }
        }
        return reports
    }

    /// `2021年4月` → `2021-04`; ISO stays.
    static func isoPeriod(_ text: String) -> String {
        guard text.contains("年") else { return text }
        let parts = text.split(whereSeparator: { "年月".contains($0) }).map { Int($0)! }
        return Period(year: parts[0], month: parts[1])!.description
    }

    /// The day of `2021-05-03` or `2021年5月3日`.
    static func day(_ text: String) -> Int {
        Int(text.split(whereSeparator: { "-年月日".contains($0) }).last!)!
    }

    /// `12.53` 万元 → `125300`.
    static func yuan(fromWan text: String) -> String {
        let parts = text.split(separator: ".")
        let fraction = parts.count > 1 ? String(parts[1]).padding(toLength: 4, withPad: "0", startingAt: 0) : "0000"
        return String(Int(parts[0])! * 10000 + Int(fraction)!)
    }
}
