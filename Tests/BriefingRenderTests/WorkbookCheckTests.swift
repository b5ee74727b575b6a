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

    /// libxlsxwriter zips a temporary part cut short by a full disk with a CRC of what was left.
    @Test func aPartCutShortBeforeItWasZippedIsCaught() throws {
        let url = try writeWorkbook()
        defer { try? FileManager.default.removeItem(at: url) }
        let rezip = Process()
        rezip.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        rezip.arguments = ["-c", """
            import sys, zipfile
            path = sys.argv[1]
            parts = {}
            with zipfile.ZipFile(path) as z:
                for name in z.namelist():
                    parts[name] = z.read(name)
            parts['xl/worksheets/sheet1.xml'] = parts['xl/worksheets/sheet1.xml'][:-200]
            with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
                for name, data in parts.items():
                    z.writestr(name, data)
            """, url.path]
        try rezip.run()
        rezip.waitUntilExit()
        try #require(rezip.terminationStatus == 0)
        #expect(WorkbookCheck.problem(in: url) == "生成的统计表中 xl/worksheets/sheet1.xml 不是完整的XML")
    }

    @Test(arguments: [
        ("<?xml version=\"1.0\"?>\n<worksheet a=\"1\"><row/></worksheet>\n", true),
        ("<?xml version=\"1.0\"?><!-- x --><Types/>", true),
        ("<?xml version=\"1.0\"?>\n<worksheet><row/></workshe", false),
        ("<?xml version=\"1.0\"?>\n<worksheet><row/>", false),
        ("", false),
    ])
    func anXMLPartMustCloseItsRoot(xml: String, whole: Bool) {
        #expect(WorkbookCheck.closesItsRoot(Array(xml.utf8)) == whole)
    }
}
