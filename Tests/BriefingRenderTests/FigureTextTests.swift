import Testing
@testable import BriefingRender
import BriefingCore

struct FigureTextTests {
    // MARK: Counts

    @Test(arguments: [
        (1677, "名", "1677名"), (559, "个", "559个"), (1057, "件", "1057件"), (82376, "人次", "82376人次"),
        (0, "件", "0件"), (123_456_789, "人次", "123456789人次"), (-5, "件", "-5件"),
    ] as [(Int64, String, String)])
    func exactCount(count: Int64, unit: String, expected: String) {
        #expect(FigureText.exact(count: count, unit: unit) == expected)
    }

    @Test(arguments: [
        // Spec table.
        (57, "件", "57件"),
        (300, "件", "300件"), (303, "件", "300余件"), (463, "件", "460余件"), (753, "场次", "750余场次"),
        (1057, "件", "1000余件"), (5137, "人次", "5100余人次"), (7845, "条", "7800余条"),
        (12028, "户次", "1.2万余户次"), (45000, "人次", "4.5万人次"), (45123, "人次", "4.5万余人次"),
        (70321, "件", "7万余件"), (112_345, "份", "11.2万余份"), (2_345_678, "人次", "234万余人次"),
        // Genre examples.
        (7800, "条", "7800条"), (33_000, "份", "3.3万份"), (33_333, "份", "3.3万余份"),
        // Edges.
        (0, "件", "0件"), (99, "件", "99件"), (100, "件", "100件"), (101, "件", "100余件"),
        (9999, "件", "9900余件"), (10000, "件", "1万件"), (10001, "件", "1万余件"), (10999, "件", "1万余件"),
        (99999, "件", "9.9万余件"), (100_000, "件", "10万件"), (999_999, "件", "99.9万余件"),
        (1_000_000, "件", "100万件"), (12_345_678, "人次", "1230万余人次"), (99_999_999, "件", "9990万余件"),
        // 1亿 and above: in 亿, two decimals at most, floored, no marker.
        (100_000_000, "人次", "1亿人次"), (123_456_789, "人次", "1.23亿人次"), (2_715_000_000, "人次", "27.15亿人次"),
        (Int64.max, "件", "92233720368.54亿件"),
        // Negative: the magnitude's figure after a minus sign.
        (-463, "件", "-460余件"), (Int64.min, "件", "-92233720368.54亿件"),
    ] as [(Int64, String, String)])
    func approxCount(count: Int64, unit: String, expected: String) {
        #expect(FigureText.approx(count: count, unit: unit) == expected)
    }

    @Test func approxCountWithDuo() {
        #expect(FigureText.approx(count: 10_250, unit: "公里", marker: .duo) == "1万多公里")
        #expect(FigureText.approx(count: 463, unit: "件", marker: .duo) == "460多件")
        #expect(FigureText.approx(count: 57, unit: "件", marker: .duo) == "57件")
        #expect(FigureText.approx(count: 45000, unit: "人次", marker: .duo) == "4.5万人次")
    }

    // MARK: Money

    @Test(arguments: [
        // Spec.
        (19_350_000_00, "1935万元"), (2_270_000_000_00, "22.7亿元"), (1935_50, "1935.5元"),
        // 万元 only from 10万元 and for whole 万; 亿元 only for whole 0.01亿 from 1亿.
        (0, "0元"), (57_00, "57元"), (57_05, "57.05元"), (99_99, "99.99元"), (9999_00, "9999元"),
        (10000_00, "10000元"), (90000_00, "90000元"), (100_000_00, "10万元"), (100_001_00, "100001元"),
        (100_000_01, "100000.01元"), (4_600_000_00, "460万元"), (99_999_999_00, "99999999元"),
        (100_000_000_00, "1亿元"), (2_715_000_000_00, "27.15亿元"), (101_000_000_00, "1.01亿元"),
        (100_010_000_00, "10001万元"), (100_000_001_00, "100000001元"),
        (-1935_50, "-1935.5元"), (-19_350_000_00, "-1935万元"),
    ] as [(Int64, String)])
    func exactMoney(fen: Int64, expected: String) {
        #expect(FigureText.exact(money: Money(fen: fen)) == expected)
    }

    @Test(arguments: [
        // Spec table (figures in 元).
        (160_500, "16万余元"), (4_600_000, "460万元"), (7_560_000, "756万元"), (19_350_000, "1935万元"),
        (10_123_456, "1012万余元"), (2_270_000_000, "22.7亿元"), (2_715_000_000, "27.15亿元"),
        // Edges.
        (0, "0元"), (57, "57元"), (99, "99元"), (100, "100元"), (463, "460余元"), (9999, "9900余元"),
        (10000, "1万元"), (10001, "1万余元"), (99_999_999, "9999万余元"),
        (100_000_000, "1亿元"), (2_715_999_999, "27.15亿元"), (-463, "-460余元"),
    ] as [(Int64, String)])
    func approxMoney(yuan: Int64, expected: String) {
        #expect(FigureText.approx(money: Money(yuan: yuan)) == expected)
    }

    @Test func approxMoneyCountsFenAsCut() {
        #expect(FigureText.approx(money: Money(fen: 57_50)) == "57.5元")
        #expect(FigureText.approx(money: Money(fen: 300_01)) == "300余元")
        #expect(FigureText.approx(money: Money(fen: 10000_01)) == "1万余元")
        #expect(FigureText.approx(money: Money(fen: 1935_50), marker: .duo) == "1900多元")
        #expect(FigureText.approx(money: Money(fen: .min)) == "-922337203.68亿元")
    }

    // MARK: Rates

    @Test(arguments: [
        // Spec.
        (4, 7, "57%"), (832, 832, "100%"), (831, 832, "99.9%"), (9999, 10000, "99.9%"),
        (1, 2000, "0.1%"), (1, 100_000, "0.1%"), (0, 5, "0%"), (7, 7, "100%"), (57, 57, "100%"),
        // Half up, at the whole percent and at one decimal.
        (1, 2, "50%"), (1, 200, "1%"), (3, 200, "2%"), (199, 200, "99.5%"), (1, 3, "33%"), (2, 3, "67%"),
        (1, 400, "0.3%"), (1, 201, "0.5%"), (995, 1000, "99.5%"), (994, 1000, "99%"), (1, 1000, "0.1%"),
        // Above the whole: written as it is, never 100%.
        (21, 20, "105%"), (10001, 10000, "100.1%"), (1001, 1000, "100.1%"), (3, 1, "300%"),
        // Largest figures stay exact in integer arithmetic.
        (Int64.max - 1, Int64.max, "99.9%"), (1, Int64.max, "0.1%"), (Int64.max, Int64.max, "100%"),
    ] as [(Int64, Int64, String)])
    func rate(numerator: Int64, denominator: Int64, expected: String) {
        #expect(FigureText.rate(numerator, of: denominator) == expected)
    }

    @Test(arguments: [(1, 0), (0, 0), (-1, 5), (1, -5), (Int64.max, 1)] as [(Int64, Int64)])
    func noRate(numerator: Int64, denominator: Int64) {
        #expect(FigureText.rate(numerator, of: denominator) == nil)
    }

    // MARK: Changes

    @Test(arguments: [
        (100, 112, "增长12%"), (100, 95, "下降5%"), (57, 57, "持平"), (1, 2, "增长100%"), (10, 0, "下降100%"),
        (1000, 1003, "增长0.3%"), (100_000, 100_001, "增长0.1%"), (1000, 999, "下降0.1%"),
        (1000, 1, "下降99.9%"), (1000, 1999, "增长99.9%"), (1000, 2001, "增长100.1%"), (40, 140, "增长250%"),
        (1000, 1125, "增长13%"), (1000, 1124, "增长12%"),
    ] as [(Int64, Int64, String)])
    func change(previous: Int64, current: Int64, expected: String) {
        #expect(FigureText.change(from: previous, to: current) == expected)
    }

    @Test(arguments: [(0, 5), (0, 0), (-3, 5), (5, -3), (1, Int64.max)] as [(Int64, Int64)])
    func noChange(previous: Int64, current: Int64) {
        #expect(FigureText.change(from: previous, to: current) == nil)
    }
}
