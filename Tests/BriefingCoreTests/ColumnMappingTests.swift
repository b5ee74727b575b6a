import Testing
@testable import BriefingCore

@Suite struct ColumnMappingTests {
    let schema = InputSchema(kind: .reports, catalog: TestCatalog.catalog)

    @Test func aJSONObjectNamingOneColumnTwiceIsRejectedWithAFinding() {
        var mapping = ColumnMapping(schema: schema, file: "r.jsonl")
        let record = RawRecord(line: 3, columns: ["period", "team_id", "funds", "投入帮扶资金"],
                               values: ["2021-04", "A", "5", "6"])
        #expect(mapping.map(RawRow(record)) == nil)
        let findings = mapping.takeFindings()
        #expect(findings.map(\.code) == [.repeatedColumn])
        #expect(findings.first?.line == 3 && findings.first?.column == "投入帮扶资金")
    }

    @Test func blankCellsAreLeftOutAndUnknownColumnsWarnedOnce() {
        var mapping = ColumnMapping(schema: schema, file: "r.csv")
        let columns = ["报告期", "工作队编号", "收集困难诉求", "备注"]
        let first = mapping.map(RawRow(RawRecord(line: 2, columns: columns, values: ["2021-04", "A", " ", "x"])))
        let second = mapping.map(RawRow(RawRecord(line: 3, columns: columns, values: ["2021-05", "A", "7", "y"])))
        #expect(first?.metrics.isEmpty == true)
        #expect(second.map { row in row.metrics.map { row.text(of: $0.cell) } } == ["7"])
        #expect(mapping.takeFindings().map(\.code) == [.unknownColumn])
    }

    @Test func aMissingRequiredColumnRejectsTheWholeFileOnce() {
        var mapping = ColumnMapping(schema: schema, file: "r.csv")
        mapping.declare(["报告期", "收集困难诉求"], line: 1)
        #expect(mapping.map(RawRow(RawRecord(line: 2, columns: ["报告期", "收集困难诉求"], values: ["2021-04", "1"]))) == nil)
        let findings = mapping.takeFindings()
        #expect(findings.map(\.code) == [.missingColumn])
        #expect(findings[0].message.contains("“工作队编号”"))
    }

    @Test func theHeaderRowRepeatedFurtherDownIsOneRejectedRow() {
        var mapping = ColumnMapping(schema: schema, file: "r.csv")
        let columns = ["报告期", "工作队编号", "收集困难诉求", "备注"]
        mapping.declare(columns, line: 1)
        #expect(mapping.map(RawRow(RawRecord(line: 2, columns: columns, values: ["2021-04", "A", "3", ""]))) != nil)
        // Pasted from another export: Traditional script, the note column left empty.
        #expect(mapping.map(RawRow(RawRecord(line: 3, columns: columns, values: ["報告期", "工作隊編號", "收集困难诉求", ""]))) == nil)
        #expect(mapping.map(RawRow(RawRecord(line: 4, columns: columns, values: ["2021-05", "A", "4", ""]))) != nil)
        let findings = mapping.takeFindings()
        #expect(findings.map(\.code) == [.unknownColumn, .repeatedColumn])
        #expect(findings.last?.line == 3 && findings.last?.severity == .error)
    }

    @Test func aHeaderRowNoSheetCouldHoldRejectsTheFileWithOneFinding() {
        for headers in [["报告期", String(repeating: "工作队编号", count: 7_000)],
                        ["报告期", "工作队编号"] + (0..<16_384).map { "列\($0)" }] {
            var mapping = ColumnMapping(schema: schema, file: "r.csv")
            mapping.declare(headers, line: 1)
            #expect(mapping.map(RawRow(RawRecord(line: 2, columns: headers, values: headers.map { _ in "1" }))) == nil)
            #expect(mapping.takeFindings().map(\.code) == [.headerTooLong])
        }
    }
}
