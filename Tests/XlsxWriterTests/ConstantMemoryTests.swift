import Foundation
import Testing
import XlsxWriter

@Suite struct ConstantMemoryTests {
    @Test func rowsWrittenInOrderRoundTrip() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("constant.xlsx")
        let workbook = try Workbook(
            path: path, options: WorkbookOptions(constantMemory: true, temporaryDirectory: folder.path))
        let sheet = try workbook.addWorksheet(named: "明细")
        try sheet.setAutofilter(CellRange(rows: 0...200, columns: 0...1))
        try sheet.writeString("县", row: 0, column: 0)
        try sheet.writeString(#"=HYPERLINK("x")"#, row: 0, column: 1)
        for row in 1...200 {
            try sheet.writeString("村\(row)", row: row, column: 0)
            try sheet.writeNumber(Double(row), row: row, column: 1, format: CellFormat(numberFormat: "0.0"))
        }
        try workbook.close()

        let out = try Openpyxl.inspect(path, """
            ws = wb['明细']
            out['a1'] = [ws['A1'].value, ws['B1'].value, ws['B1'].data_type, ws['A201'].value, ws['B201'].value]
            out['filter'] = ws.auto_filter.ref
            """)
        #expect(out["a1"] as? [AnyHashable] == ["县", #"=HYPERLINK("x")"#, "s", "村200", 200])
        #expect(out["filter"] as? String == "A1:B201")
    }

    @Test func touchingAWrittenRowThrowsAndTheRestStillWorks() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("constant.xlsx")
        let workbook = try Workbook(
            path: path, options: WorkbookOptions(constantMemory: true, temporaryDirectory: folder.path))
        let sheet = try workbook.addWorksheet(named: "明细")
        try sheet.writeString("表头", row: 0, column: 0)
        try sheet.writeString("第二行", row: 1, column: 0)
        try sheet.writeString("第三行", row: 2, column: 0)

        var error = try #require(throws: XlsxError.self) {
            try sheet.setAutofilter(CellRange(rows: 0...1, columns: 0...1))
        }
        #expect(error.code == .worksheetIndexOutOfRange)
        #expect(error.code.rawValue == 23)
        #expect(error.cell == "A1:B2")
        error = try #require(throws: XlsxError.self) { try sheet.writeString("迟到", row: 0, column: 1) }
        #expect(error.code == .worksheetIndexOutOfRange)
        #expect(error.cell == "B1")
        // libxlsxwriter alone would record this merge and silently drop its text.
        error = try #require(throws: XlsxError.self) {
            try sheet.merge(CellRange(rows: 1...3, columns: 0...1), string: "合并")
        }
        #expect(error.code == .worksheetIndexOutOfRange)

        try sheet.writeString("第四行", row: 3, column: 0)
        try workbook.close()
        let out = try Openpyxl.inspect(path, """
            ws = wb['明细']
            out['column'] = [ws.cell(row=r, column=1).value for r in range(1, 5)]
            out['b1'] = ws['B1'].value
            out['merged'] = [str(r) for r in ws.merged_cells.ranges]
            out['filter'] = ws.auto_filter.ref
            """)
        #expect(out["column"] as? [String] == ["表头", "第二行", "第三行", "第四行"])
        #expect(out["b1"] is NSNull)
        #expect(out["merged"] as? [String] == [])
        #expect(out["filter"] is NSNull)
    }
}
