import Foundation
import Testing
import XlsxWriter

@Suite struct WorksheetTests {
    @Test func cellsRoundTrip() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("cells.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "汇总")
        let money = CellFormat(numberFormat: #"#,##0.00"万元""#, border: .thin)
        let title = CellFormat(bold: true, fontName: "宋体", fontSize: 14)
        try sheet.writeString("芒康县", row: 0, column: 0, format: title)
        try sheet.writeString(#"=HYPERLINK("x")"#, row: 0, column: 1)
        try sheet.writeString("", row: 0, column: 2)
        try sheet.writeNumber(1234567.891, row: 1, column: 0, format: money)
        try sheet.writeNumber(42, row: 1, column: 1, format: CellFormat(numberFormat: "#,##0"))
        let pink = CellFormat(backgroundColor: CellFormat.Color(rgb: 0xFFC7CE))
        try sheet.writeBlank(row: 1, column: 2, format: pink)
        try sheet.writeFormula("=SUM(A2:B2)", cachedResult: 1234609.891, row: 1, column: 3, format: money)
        try sheet.writeNote("未报送", row: 1, column: 1, author: "briefing")
        try workbook.close()

        let out = try Openpyxl.inspect(path, """
            ws = wb['汇总']
            cells = (ws['A1'], ws['B1'], ws['A2'], ws['B2'], ws['D2'])
            out['cells'] = [[c.value, c.data_type, c.number_format] for c in cells]
            out['c1'] = ws['C1'].value
            out['font'] = [ws['A1'].font.b, ws['A1'].font.name, ws['A1'].font.sz]
            out['fill'] = ws['C2'].fill.fgColor.rgb
            out['border'] = ws['A2'].border.left.style
            out['note'] = [ws['B2'].comment.text, ws['B2'].comment.author]
            """)
        let cells = try #require(out["cells"] as? [[Any]])
        #expect(cells[0][0] as? String == "芒康县")
        #expect(cells[1][0] as? String == #"=HYPERLINK("x")"#)
        #expect(cells[1][1] as? String == "s")
        #expect(cells[2][0] as? Double == 1234567.891)
        #expect(cells[2][2] as? String == #"#,##0.00"万元""#)
        #expect(cells[3][0] as? Int == 42)
        #expect(cells[3][2] as? String == "#,##0")
        #expect(cells[4][0] as? String == "=SUM(A2:B2)")
        #expect(cells[4][1] as? String == "f")
        #expect(out["c1"] is NSNull)
        let font = try #require(out["font"] as? [Any])
        #expect(font[0] as? Bool == true)
        #expect(font[1] as? String == "宋体")
        #expect(font[2] as? Double == 14)
        #expect(out["fill"] as? String == "FFFFC7CE")
        #expect(out["border"] as? String == "thin")
        #expect(out["note"] as? [String] == ["未报送", "briefing"])

        let cached = try Openpyxl.inspect(path, dataOnly: true, "out['d2'] = wb['汇总']['D2'].value")
        #expect(cached["d2"] as? Double == 1234609.891)
    }

    @Test func layoutRoundTrips() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("layout.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "明细")
        try sheet.setAutofilter(CellRange(rows: 1...9, columns: 0...3))
        try sheet.merge(
            CellRange(rows: 0...0, columns: 0...3), string: "2024年驻村情况",
            format: CellFormat(horizontalAlignment: .center))
        for row in 1...9 {
            for column in 0...3 {
                try sheet.writeNumber(Double(row * column), row: row, column: column)
            }
        }
        try sheet.setColumnWidth(ColumnWidth.estimate(for: "察隅县"), column: 0)
        try sheet.setColumnWidth(12, columns: 1...3)
        try sheet.setRowHeight(30, row: 0)
        try sheet.freezePanes(topRows: 2, leftColumns: 1)
        sheet.hideGridlines()
        try workbook.close()

        let out = try Openpyxl.inspect(path, """
            ws = wb['明细']
            out['a1'] = ws['A1'].value
            out['merged'] = [str(r) for r in ws.merged_cells.ranges]
            out['filter'] = ws.auto_filter.ref
            out['freeze'] = ws.freeze_panes
            out['widths'] = [ws.column_dimensions[c].width for c in 'AB']
            out['height'] = ws.row_dimensions[1].height
            out['grid'] = ws.sheet_view.showGridLines
            """)
        #expect(out["a1"] as? String == "2024年驻村情况")
        #expect(out["merged"] as? [String] == ["A1:D1"])
        #expect(out["filter"] as? String == "A2:D10")
        #expect(out["freeze"] as? String == "B3")
        #expect(out["widths"] as? [Double] == [8.7109375, 12.7109375])
        #expect(out["height"] as? Double == 30)
        #expect(out["grid"] as? Bool == false)
    }

    @Test func highlightedCellsRoundTrip() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("highlight.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "驻村")
        let warning = CellFormat(
            fontColor: CellFormat.Color(rgb: 0x9C0006), backgroundColor: CellFormat.Color(rgb: 0xFFC7CE))
        for row in 0...4 {
            try sheet.writeNumber(Double(row * 10), row: row, column: 2, format: warning)
        }
        try sheet.highlightCells(in: CellRange(rows: 0...4, columns: 2...2), where: .lessThan(20), format: warning)
        try workbook.close()

        let out = try Openpyxl.inspect(path, """
            ws = wb['驻村']
            out['rules'] = [
                [str(cf.sqref), r.type, r.operator, r.formula, r.dxf.font.color.rgb, r.dxf.fill.bgColor.rgb]
                for cf in ws.conditional_formatting for r in cf.rules]
            """)
        let rules = try #require(out["rules"] as? [[Any]])
        #expect(rules.count == 1)
        #expect(rules.first?[0] as? String == "C1:C5")
        #expect(rules.first?[1] as? String == "cellIs")
        #expect(rules.first?[2] as? String == "lessThan")
        #expect(rules.first?[3] as? [String] == ["20"])
        #expect(rules.first?[4] as? String == "FF9C0006")
        #expect(rules.first?[5] as? String == "FFFFC7CE")
    }

    @Test func failuresCarryTheirContext() throws {
        let folder = try TemporaryFolder()
        let workbook = try Workbook(path: folder.file("errors.xlsx"))
        let sheet = try workbook.addWorksheet(named: "汇总")

        var error = try #require(throws: XlsxError.self) {
            try sheet.writeString(String(repeating: "县", count: 32_768), row: 2, column: 1)
        }
        #expect(error.code == .maxStringLengthExceeded)
        #expect(error.operation == "worksheet_write_string")
        #expect(error.sheet == "汇总")
        #expect(error.cell == "B3")
        #expect(error.message == "String exceeds Excel's limit of 32,767 characters.")
        #expect(
            error.description == "libxlsxwriter error 21 (String exceeds Excel's limit of 32,767 characters.) "
                + "in worksheet_write_string, sheet '汇总', cell B3")

        error = try #require(throws: XlsxError.self) { try sheet.writeNumber(1, row: -1, column: 0) }
        #expect(error.code == .worksheetIndexOutOfRange)
        error = try #require(throws: XlsxError.self) { try sheet.writeNumber(1, row: 0, column: 16_384) }
        #expect(error.code == .worksheetIndexOutOfRange)
        error = try #require(throws: XlsxError.self) { try sheet.writeNumber(.nan, row: 0, column: 0) }
        #expect(error.code == .parameterValidation)
        error = try #require(throws: XlsxError.self) { try sheet.merge(CellRange(row: 0, column: 0), string: "x") }
        #expect(error.code == .parameterValidation)
        error = try #require(throws: XlsxError.self) {
            let tooLong = CellFormat(numberFormat: String(repeating: "0", count: 128))
            try sheet.writeNumber(1, row: 0, column: 0, format: tooLong)
        }
        #expect(error.code == .stringLengthExceeded128)

        // After any of these, the workbook still writes a sound file.
        try sheet.writeString("仍可写入", row: 0, column: 0)
        try workbook.close()
        let out = try Openpyxl.inspect(folder.file("errors.xlsx"), "out['a1'] = wb['汇总']['A1'].value")
        #expect(out["a1"] as? String == "仍可写入")
    }
}
