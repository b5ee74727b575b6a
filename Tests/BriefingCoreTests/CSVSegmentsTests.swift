import Foundation
import Testing
@testable import BriefingCore

/// A big CSV file read in parts side by side gives what reading it in one piece gives: the same records,
/// findings, lines and accounting, in the same order.
@Suite struct CSVSegmentsTests {
    /// Monthly reports with the mishaps of real files: CR LF, LF and lone CR line ends, blank lines, rows
    /// of the wrong width, bad figures, an unknown and an unnamed column, a duplicate and a byte-order mark.
    private func reportsFile(rows: Int) -> String {
        var lines = ["\u{FEFF}报告期,工作队编号,填报日期,走访农户,投入帮扶资金,备注,"]
        for row in 0..<rows {
            let team = "T\(row % 37)"
            let period = String(format: "2021-%02d", 1 + row / 37 % 12)
            var cells = [period, team, "2021-05-0\(1 + row % 9)", "\(row % 300)", "\(row * 7 % 10_000)", "", ""]
            switch row % 101 {
            case 3: cells[4] = "约\(row)"
            case 5: cells.append("多")
            case 8: cells[0] = "2021-13"
            default: break
            }
            lines.append(cells.joined(separator: ","))
            if row % 53 == 0 { lines.append("") }
        }
        let ends = ["\r\n", "\n", "\r"]
        return lines.enumerated().map { $0.element + ends[$0.offset % 97 == 50 ? 2 : $0.offset % 2] }.joined()
    }

    private func read(_ url: URL, segmentBytes: Int) -> FileRead {
        FileRead(path: url.path, schema: InputSchema(kind: .reports, catalog: TestCatalog.catalog),
                 catalog: TestCatalog.catalog, jurisdiction: TestCatalog.jurisdiction, segmentBytes: segmentBytes)
    }

    @Test func partsReadSideBySideGiveTheWholeFilesRecordsAndFindings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("segments-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("reports.csv")
        try Data(reportsFile(rows: 6_000).utf8).write(to: url)
        let bytes = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)

        let parts = try #require(CSVSegments(url: url, bytes: bytes, bomLength: 3, delimiter: UInt8(ascii: ","),
                                             minimumBytes: bytes / 4))
        #expect(parts.segments.count >= 2)
        #expect(parts.segments.first?.range.lowerBound == 3)
        #expect(parts.segments.last?.range.upperBound == bytes)

        let whole = read(url, segmentBytes: .max)
        let inParts = read(url, segmentBytes: bytes / 4)
        #expect(whole.recordsRead == 6_000)
        #expect(inParts.recordsRead == whole.recordsRead)
        #expect(inParts.records.reports == whole.records.reports)
        #expect(inParts.findings == whole.findings)
        #expect(Set(whole.findings.map(\.code)).isSuperset(of: [.invalidNumber, .invalidPeriod, .unknownColumn, .cellCount]))
        // Row 5 is on line 8, after the header and the blank line that follows row 0.
        #expect(whole.findings.contains { $0.code == .cellCount && $0.line == 8 })
        // Lone CRs end lines too: row 106, past the one ending line 51, is on line 110 (two blank lines precede it).
        #expect(whole.findings.contains { $0.code == .cellCount && $0.line == 110 })
    }

    @Test func aFileWithAQuoteIsReadInOnePiece() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("segments-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("reports.csv")
        try Data((reportsFile(rows: 2_000) + "2021-01,T1,,\"1\r\n2\",,,\r\n").utf8).write(to: url)
        let bytes = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        #expect(CSVSegments(url: url, bytes: bytes, bomLength: 3, delimiter: UInt8(ascii: ","), minimumBytes: 1_000) == nil)
    }
}
