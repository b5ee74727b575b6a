import Testing
import XlsxWriter

@Suite struct CellRangeTests {
    @Test func referencesUseExcelNotation() {
        #expect(CellRange(row: 0, column: 0).reference == "A1")
        #expect(CellRange(row: 2, column: 1).absoluteReference == "$B$3")
        #expect(CellRange(rows: 1...9, columns: 0...3).reference == "A2:D10")
        #expect(CellRange(rows: 0...1_048_575, columns: 16_383...16_383).absoluteReference == "$XFD$1:$XFD$1048576")
        #expect(CellRange.columnName(25) == "Z")
        #expect(CellRange.columnName(26) == "AA")
        #expect(CellRange.columnName(701) == "ZZ")
        #expect(CellRange.columnName(702) == "AAA")
    }

    @Test func rangesOutsideTheSheetAreDescribedNotTrapped() {
        let range = CellRange(row: -1, column: 0)
        #expect(!range.isInSheet)
        #expect(range.reference == "rows -1...-1, columns 0...0 (zero-based)")
        #expect(!CellRange(row: 0, column: 16_384).isInSheet)
    }
}
