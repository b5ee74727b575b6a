import Foundation
import Testing
import XlsxWriter

@Suite struct WorkbookTests {
    static let properties = DocumentProperties(
        title: "驻村工作简报", subject: "月报", author: "briefing", company: "某县委组织部",
        createdEpochSeconds: 1_700_000_000)

    @Test func chineseSheetNamesAndPropertiesRoundTrip() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("names.xlsx")
        let workbook = try Workbook(path: path, options: WorkbookOptions(properties: Self.properties))
        // 31 characters, the longest Excel allows.
        let longName = String(repeating: "县", count: 31)
        for name in ["汇总", "察隅县 (2024)", longName] {
            try workbook.addWorksheet(named: name).writeString(name, row: 0, column: 0)
        }
        #expect(workbook.worksheetNames == ["汇总", "察隅县 (2024)", longName])
        try workbook.close()
        #expect(workbook.isClosed)

        let out = try Openpyxl.inspect(path, """
            out['names'] = wb.sheetnames
            out['a1'] = [ws['A1'].value for ws in wb.worksheets]
            p = wb.properties
            out['props'] = [p.title, p.subject, p.creator, p.created.isoformat()]
            """)
        #expect(out["names"] as? [String] == ["汇总", "察隅县 (2024)", longName])
        #expect(out["a1"] as? [String] == ["汇总", "察隅县 (2024)", longName])
        #expect(out["props"] as? [String] == ["驻村工作简报", "月报", "briefing", "2023-11-14T22:13:20"])
    }

    @Test(arguments: [
        ("", XlsxError.Code.parameterValidation),
        (String(repeating: "县", count: 32), .sheetNameLengthExceeded),
        // 16 characters outside the BMP: 16 for libxlsxwriter, 32 for Excel.
        (String(repeating: "𠀀", count: 16), .sheetNameLengthExceeded),
        ("a/b", .invalidSheetNameCharacter),
        ("汇总[1]", .invalidSheetNameCharacter),
        ("x:y", .invalidSheetNameCharacter),
        ("why?", .invalidSheetNameCharacter),
        ("a*", .invalidSheetNameCharacter),
        ("a\\b", .invalidSheetNameCharacter),
        ("'汇总", .sheetNameStartEndApostrophe),
        ("汇总'", .sheetNameStartEndApostrophe),
        ("history", .parameterValidation),
        ("SUMMARY", .sheetNameAlreadyUsed),
        ("Ä", .sheetNameAlreadyUsed),
        ("a\u{0}b", .parameterValidation),
    ])
    func invalidSheetNamesThrow(name: String, code: XlsxError.Code) throws {
        let folder = try TemporaryFolder()
        let workbook = try Workbook(path: folder.file("invalid.xlsx"))
        _ = try workbook.addWorksheet(named: "summary")
        _ = try workbook.addWorksheet(named: "ä")
        let error = try #require(throws: XlsxError.self) {
            try workbook.addWorksheet(named: name)
        }
        #expect(error.code == code)
        #expect(error.sheet == name)
        #expect(error.operation == "workbook_add_worksheet")
        #expect(workbook.worksheetNames == ["summary", "ä"])
        try workbook.close()
    }

    @Test func identicalInputGivesIdenticalBytes() throws {
        let folder = try TemporaryFolder()
        func write(_ name: String) throws -> Data {
            let path = folder.file(name)
            let workbook = try Workbook(path: path, options: WorkbookOptions(properties: Self.properties))
            let sheet = try workbook.addWorksheet(named: "汇总")
            try sheet.writeString("县", row: 0, column: 0, format: CellFormat(bold: true))
            try sheet.writeNumber(12.5, row: 1, column: 0, format: CellFormat(numberFormat: "#,##0.00"))
            try sheet.writeNote("未报", row: 1, column: 0)
            try sheet.insertChart(
                Chart(kind: .line, series: [
                    Chart.Series(sheet: "汇总", values: CellRange(rows: 1...1, columns: 0...0))
                ]), row: 3, column: 0)
            try workbook.close()
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
        let first = try write("first.xlsx")
        let second = try write("second.xlsx")
        #expect(first == second)
    }

    @Test func definedNamesAreCheckedBeforeLibxlsxwriterSeesThem() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("names.xlsx")
        let workbook = try Workbook(path: path)
        _ = try workbook.addWorksheet(named: "汇总")
        try workbook.defineName("Counties", refersTo: "='汇总'!$A$2:$A$8")

        let invalidNames = [
            "县名", "café", "cafe\u{301}", "", "1st", "B3", "XFD1", "R1C1", "r", "has space", "_xlnm.Print_Area",
            "COUNTIES",
        ]
        for name in invalidNames {
            let error = try #require(throws: XlsxError.self) {
                try workbook.defineName(name, refersTo: "='汇总'!$A$1")
            }
            #expect(error.code == .parameterValidation, "\(name)")
        }
        let longName = String(repeating: "n", count: 128)
        #expect(throws: XlsxError.self) { try workbook.defineName(longName, refersTo: "=1") }
        // 43 Chinese characters are 129 bytes: libxlsxwriter would cut the formula mid-character.
        let longFormula = "=\"" + String(repeating: "县", count: 42) + "\""
        let error = try #require(throws: XlsxError.self) {
            try workbook.defineName("Long", refersTo: longFormula)
        }
        #expect(error.code == .stringLengthExceeded128)
        try workbook.close()

        let out = try Openpyxl.inspect(path, """
            out['names'] = {d.name: d.attr_text for d in wb.defined_names.definedName}
            """)
        #expect(out["names"] as? [String: String] == ["Counties": "'汇总'!$A$2:$A$8"])
    }

    @Test func unwritablePathIsReportedAtClose() throws {
        let folder = try TemporaryFolder()
        let workbook = try Workbook(path: folder.file("missing/out.xlsx"))
        _ = try workbook.addWorksheet(named: "汇总")
        let error = try #require(throws: XlsxError.self) { try workbook.close() }
        #expect(error.code == .creatingXlsxFile)
        #expect(error.operation == "workbook_close")
        #expect(error.message == "Error creating output xlsx file. Usually a permissions error.")
        #expect(workbook.isClosed)
    }

    @Test func unusableTemporaryDirectoryIsRefused() throws {
        let folder = try TemporaryFolder()
        let error = try #require(throws: XlsxError.self) {
            try Workbook(
                path: folder.file("out.xlsx"), options: WorkbookOptions(temporaryDirectory: folder.file("missing")))
        }
        #expect(error.code == .creatingTmpfile)
    }

    @Test func epochCreationDateIsRefused() throws {
        let folder = try TemporaryFolder()
        #expect(throws: XlsxError.self) {
            try Workbook(path: folder.file("out.xlsx"), options: WorkbookOptions(
                properties: DocumentProperties(createdEpochSeconds: 0)))
        }
    }

    @Test func workbookReleasedWithoutCloseWritesNothing() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("discarded.xlsx")
        do {
            let workbook = try Workbook(path: path, options: WorkbookOptions(
                constantMemory: true, temporaryDirectory: folder.path))
            let sheet = try workbook.addWorksheet(named: "汇总")
            try sheet.writeString("县", row: 0, column: 0)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func sheetUsedAfterCloseStopsTheProgram() async throws {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("XlsxWriterTests-\(UUID().uuidString).xlsx").path
            let workbook = try Workbook(path: path)
            let sheet = try workbook.addWorksheet(named: "汇总")
            try workbook.close()
            try? FileManager.default.removeItem(atPath: path)
            try sheet.writeString("too late", row: 0, column: 0)
        }
        let message = String(decoding: try #require(result).standardErrorContent, as: UTF8.self)
        #expect(message.contains("worksheet '汇总' used after the workbook"))
    }

    @Test func closingTwiceStopsTheProgram() async throws {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("XlsxWriterTests-\(UUID().uuidString).xlsx").path
            let workbook = try Workbook(path: path)
            try workbook.close()
            try? FileManager.default.removeItem(atPath: path)
            try workbook.close()
        }
        let message = String(decoding: try #require(result).standardErrorContent, as: UTF8.self)
        #expect(message.contains("workbook_close used after the workbook"))
    }
}
