import Testing
import XlsxWriter

@Suite struct PrintSetupTests {
    @Test func printSetupRoundTrips() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("print.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "汇总表")
        try sheet.writeString("县", row: 0, column: 0)
        sheet.setLandscape()
        sheet.setPaper(.a4)
        try sheet.fitToPages(wide: 1)
        try sheet.repeatRows(0...1)
        try sheet.setHeader("&C驻村工作简报")
        try sheet.setFooter("&C第&P页 共&N页")
        try sheet.setMargins(left: 0.5, right: 0.5)
        try workbook.close()

        let out = try Openpyxl.inspect(path, """
            ws = wb['汇总表']
            ps = ws.page_setup
            # fitToWidth="1" is the default, so libxlsxwriter leaves it out.
            out['setup'] = [ps.orientation, int(ps.paperSize), int(ps.fitToWidth or 1), int(ps.fitToHeight)]
            out['fit'] = ws.sheet_properties.pageSetUpPr.fitToPage
            out['titles'] = ws.print_title_rows
            out['header'] = ws.oddHeader.center.text
            out['footer'] = ws.oddFooter.center.text
            out['margins'] = [ws.page_margins.left, ws.page_margins.right, ws.page_margins.top]
            """)
        #expect(out["setup"] as? [AnyHashable] == ["landscape", 9, 1, 0])
        #expect(out["fit"] as? Bool == true)
        #expect(out["titles"] as? String == "$1:$2")
        #expect(out["header"] as? String == "驻村工作简报")
        #expect(out["footer"] as? String == "第&P页 共&N页")
        #expect(out["margins"] as? [Double] == [0.5, 0.5, 0.75])
    }

    @Test func invalidPrintSetupThrows() throws {
        let folder = try TemporaryFolder()
        let workbook = try Workbook(path: folder.file("print.xlsx"))
        let sheet = try workbook.addWorksheet(named: "汇总")
        // libxlsxwriter 1.1.4 would free this footer twice.
        var error = try #require(throws: XlsxError.self) { try sheet.setFooter("&C&G") }
        #expect(error.code == .parameterValidation)
        #expect(error.operation == "worksheet_set_footer")
        error = try #require(throws: XlsxError.self) { try sheet.setHeader(String(repeating: "页", count: 256)) }
        #expect(error.code == .stringLengthExceeded255)
        error = try #require(throws: XlsxError.self) { try sheet.fitToPages(wide: 0) }
        #expect(error.code == .parameterValidation)
        error = try #require(throws: XlsxError.self) { try sheet.setMargins(top: -1) }
        #expect(error.code == .parameterValidation)
        try workbook.close()
    }
}
