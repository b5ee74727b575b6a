import Foundation
import Testing
@testable import BriefingRender
import XlsxWriter

/// The check that stands between a written workbook and the one it replaces.
@Suite struct WorkbookCheckTests {
    func writeWorkbook() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString).xlsx")
        let workbook = try Workbook(path: url.path)
        let sheet = try workbook.addWorksheet(named: "汇总")
        for row in 0..<200 { try sheet.writeString("芒康县第\(row)行", row: row, column: 0) }
        try workbook.close()
        return url
    }

    @Test func aWholeWorkbookPasses() throws {
        let url = try writeWorkbook()
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(WorkbookCheck.problem(in: url) == nil)
    }

    @Test func aTruncatedWorkbookIsCaught() throws {
        let url = try writeWorkbook()
        defer { try? FileManager.default.removeItem(at: url) }
        let data = try Data(contentsOf: url)
        try data.prefix(data.count * 2 / 3).write(to: url)
        #expect(WorkbookCheck.problem(in: url) != nil)
    }

    @Test func aFlippedByteInsideAPartIsCaught() throws {
        let url = try writeWorkbook()
        defer { try? FileManager.default.removeItem(at: url) }
        var data = try Data(contentsOf: url)
        data[200] ^= 0xFF  // inside the first part's compressed data
        try data.write(to: url)
        #expect(WorkbookCheck.problem(in: url) != nil)
    }
}
