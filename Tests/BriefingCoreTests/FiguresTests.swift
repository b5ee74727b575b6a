import Testing
@testable import BriefingCore

@Suite struct FiguresTests {
    @Test func blankStaysBlankAndZeroIsAFigure() {
        var figures = Figures(count: 3)
        figures[1] = 0
        #expect(figures[0] == nil && figures[1] == 0 && figures[2] == nil)
        #expect(!figures.isEmpty)
        #expect(Figures(count: 3).isEmpty)
    }

    /// 22.7亿元 in 分 does not fit 32 bits; nor does a national sum of visits.
    @Test func valuesBeyondThirtyTwoBitsAreKeptExactly() {
        var figures = Figures(count: 3)
        figures[0] = 7
        figures[2] = 227_000_000_000
        #expect(figures[0] == 7 && figures[1] == nil && figures[2] == 227_000_000_000)
        figures[2] = nil
        #expect(figures[2] == nil)

        var total = Figures(count: 1)
        var row = Figures(count: 1)
        row[0] = Int64(Int32.max)
        total.add(row)
        total.add(row)
        #expect(total[0] == 2 * Int64(Int32.max))
        #expect(Figures(count: 1)[0] == nil)
    }

    @Test func int32MinIsAValueNotABlank() {
        var figures = Figures(count: 1)
        figures[0] = Int64(Int32.min)
        #expect(figures[0] == Int64(Int32.min))
    }

    @Test func equalValuesAreEqualFiguresHoweverTheyAreStored() {
        var narrow = Figures(count: 2)
        narrow[0] = 5
        var wide = Figures(count: 2)
        wide[1] = 10_000_000_000
        wide[1] = nil
        wide[0] = 5
        #expect(narrow == wide)
        #expect(narrow.hashValue == wide.hashValue)
    }
}
