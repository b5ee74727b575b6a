import Testing
import XlsxWriter

@Suite struct ColumnWidthTests {
    @Test(arguments: [
        ("", 2.0),
        ("1234", 6),
        ("察隅县", 8),
        ("察隅县 2024年", 15),
        ("（全角）", 10),
        ("e\u{301}", 3),
        ("短\n更长的一行", 12),
    ])
    func fullWidthCharactersCountTwice(text: String, width: Double) {
        #expect(ColumnWidth.estimate(for: text) == width)
    }

    @Test func estimateScalesClampsAndTakesTheWidest() {
        #expect(ColumnWidth.estimate(for: "县县", fontSize: 22, padding: 0) == 8)
        #expect(ColumnWidth.estimate(for: String(repeating: "县", count: 200)) == ColumnWidth.maximum)
        #expect(ColumnWidth.estimate(for: ["县", "察隅县", "ab"]) == 8)
        #expect(ColumnWidth.estimate(for: [String](), minimum: 6) == 6)
    }
}
