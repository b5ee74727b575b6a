import Testing
@testable import BriefingCore

@Suite struct ValueParserTests {
    @Test(arguments: [("1935", 1935), ("1,935", 1935), ("１９３５", 1935), ("１，９３５", 1935), (" 1935\u{3000}", 1935),
                      ("0", 0), ("007", 7), ("3.0", 3), ("1,234,567", 1_234_567), ("-0", 0)])
    func wholeNumbers(_ text: String, _ value: Int) throws {
        #expect(try ValueParser.wholeNumber(text) == value)
    }

    @Test func blankIsNotZero() throws {
        for blank in ["", "  ", "\u{3000}", "\t"] {
            #expect(try ValueParser.wholeNumber(blank) == nil)
            #expect(try ValueParser.money(blank) == nil)
            #expect(try ValueParser.period(blank) == nil)
            #expect(try ValueParser.date(blank) == nil)
        }
    }

    @Test(arguments: [
        ("7万余", ValueError.Kind.approximate(suggestion: "70000"), "“7万余”不是数字：请填写准确数字，如 70000"),
        ("约300", .approximate(suggestion: "300"), "“约300”不是数字：请填写准确数字，如 300"),
        ("300多", .approximate(suggestion: "300"), "“300多”不是数字：请填写准确数字，如 300"),
        ("近2万", .approximate(suggestion: "20000"), "“近2万”不是数字：请填写准确数字，如 20000"),
        ("1.2万", .unitWord(suggestion: "12000"), "“1.2万”不是数字：请填写完整数字，如 12000"),
        ("35件", .unitSuffix(suggestion: "35"), "“35件”不是数字：请只填数字，单位以表头为准，如 35"),
        ("/", .noFigure, "“/”不是数字：没有填报请留空，实际为零请填 0"),
        ("无", .noFigure, "“无”不是数字：没有填报请留空，实际为零请填 0"),
        ("三百", .chineseNumerals, "“三百”不是数字：请用阿拉伯数字填写"),
        ("1 935", .notANumber(suggestion: "1935"), "“1 935”不是数字：请只填数字，如 1935"),
        ("1,93,5", .notANumber(suggestion: "1935"), "“1,93,5”不是数字：请只填数字，如 1935"),
        ("共35", .notANumber(suggestion: "35"), "“共35”不是数字：请只填数字，如 35"),
        ("1.23457E+11", .scientificNotation, "“1.23457E+11”是科学计数法，数字可能已被 Excel 截断：请把这一列设为“数值”格式，核对后重新保存"),
        ("2.5", .notWhole, "“2.5”不是整数：这一列只能填整数"),
        ("-3", .negative, "“-3”是负数：这一列不能为负"),
        ("99999999999999999999", .tooLarge, "“99999999999999999999”太大，请核对"),
    ])
    func countsThatAreNotNumbers(_ text: String, _ kind: ValueError.Kind, _ message: String) {
        #expect(throws: ValueError(kind, text: text)) { try ValueParser.wholeNumber(text) }
        #expect(ValueError(kind, text: text).message == message)
    }

    @Test func moneyIsExactInFen() throws {
        #expect(try ValueParser.money("1935") == Money(yuan: 1935))
        #expect(try ValueParser.money("1,935.5") == Money(fen: 193_550))
        #expect(try ValueParser.money("０．１") == Money(fen: 10))
        #expect(try ValueParser.money("0.07") == Money(fen: 7))
        #expect(try ValueParser.money("-12.5") == Money(fen: -1250))
        #expect(try ValueParser.money("12.5", unit: .wanYuan) == Money(yuan: 125_000))
        #expect(try ValueParser.money("0.000001", unit: .wanYuan) == Money(fen: 1))
        #expect(try ValueParser.money("22.7", unit: .yiYuan) == Money(yuan: 2_270_000_000))
        #expect(throws: ValueError(.tooPrecise(maxDecimals: 2), text: "1935.555")) { try ValueParser.money("1935.555") }
        #expect(throws: ValueError(.tooLarge, text: "999999999999999999")) { try ValueParser.money("999999999999999999") }
    }

    @Test func unitWordsInMoneyOnlyWhenAllowed() throws {
        #expect(throws: ValueError(.unitWord(suggestion: "2270000000"), text: "22.7亿")) { try ValueParser.money("22.7亿") }
        #expect(throws: ValueError(.unitWord(suggestion: "1935"), text: "1935万")) { try ValueParser.money("1935万", unit: .wanYuan) }
        #expect(throws: ValueError(.unitSuffix(suggestion: "0.1935"), text: "1935元")) { try ValueParser.money("1935元", unit: .wanYuan) }
        #expect(throws: ValueError(.approximate(suggestion: "7"), text: "7万余")) { try ValueParser.money("7万余", unit: .wanYuan) }
        #expect(try ValueParser.money("22.7亿", allowUnitWords: true) == Money(yuan: 2_270_000_000))
        #expect(try ValueParser.money("1935万", unit: .wanYuan, allowUnitWords: true) == Money(yuan: 19_350_000))
        #expect(try ValueParser.money("1935万元", allowUnitWords: true) == Money(yuan: 19_350_000))
        #expect(try ValueParser.money("22.7億元", allowUnitWords: true) == Money(yuan: 2_270_000_000))
        #expect(try ValueParser.money("1935元", unit: .wanYuan, allowUnitWords: true) == Money(yuan: 1935))
        #expect(try ValueParser.money("12", unit: .wanYuan, allowUnitWords: true) == Money(yuan: 120_000))
        #expect(throws: ValueError.self) { try ValueParser.money("7万余", allowUnitWords: true) }
    }

    @Test(arguments: ["2021-04", "2021-4", "2021/04", "2021/4", "2021年4月", "2021年04月", "202104", "２０２１－０４", " 2021-04 "])
    func months(_ text: String) throws {
        #expect(try ValueParser.period(text) == Period(year: 2021, month: 4))
    }

    @Test func notMonths() {
        #expect(throws: ValueError(.notAMonth(suggestion: "2021-04"), text: "2021/4/1")) { try ValueParser.period("2021/4/1") }
        #expect(throws: ValueError(.notAMonth(suggestion: "2021-04"), text: "2021.4")) { try ValueParser.period("2021.4") }
        #expect(throws: ValueError(.notAMonth(suggestion: nil), text: "四月")) { try ValueParser.period("四月") }
        #expect(throws: ValueError(.notAMonth(suggestion: nil), text: "#")) { try ValueParser.period("#") }
        #expect(throws: ValueError(.notADate(suggestion: nil), text: "#")) { try ValueParser.date("#") }
        #expect(throws: ValueError(.noSuchDate(detail: "月份应在 1 到 12 之间"), text: "2021-13")) { try ValueParser.period("2021-13") }
        #expect(throws: ValueError(.noSuchDate(detail: "月份应在 1 到 12 之间"), text: "202100")) { try ValueParser.period("202100") }
        #expect(ValueError(.notAMonth(suggestion: "2021-04"), text: "2021.4").message == "“2021.4”不是月份：请写成年-月，如 2021-04")
    }

    @Test(arguments: ["2021-04-15", "2021-4-15", "2021/4/15", "2021/04/15", "2021年4月15日", "20210415", "２０２１年４月１５日"])
    func dates(_ text: String) throws {
        #expect(try ValueParser.date(text) == DateReading(date: CalendarDate(year: 2021, month: 4, day: 15)!, isExcelSerial: false))
    }

    @Test func excelSerialIsAcceptedWithAWarning() throws {
        let reading = try #require(try ValueParser.date("44301"))
        #expect(reading == DateReading(date: CalendarDate(year: 2021, month: 4, day: 15)!, isExcelSerial: true))
        #expect(reading.warning(for: "44301") == "“44301”是 Excel 的日期序号，已按 2021-04-15 读取：请把这一列设为日期格式后重新保存。")
        #expect(try ValueParser.date("2021-04-15")?.warning(for: "2021-04-15") == nil)
        // Four digits are a year, not a serial.
        #expect(throws: ValueError(.notADate(suggestion: nil), text: "2021")) { try ValueParser.date("2021") }
    }

    @Test func notDates() {
        #expect(throws: ValueError(.noSuchDate(detail: "2021年2月只有 28 天"), text: "2021-02-30")) { try ValueParser.date("2021-02-30") }
        #expect(throws: ValueError(.noSuchDate(detail: "2024年2月只有 29 天"), text: "20240230")) { try ValueParser.date("20240230") }
        #expect(throws: ValueError(.noSuchDate(detail: "月份应在 1 到 12 之间"), text: "2021-13-01")) { try ValueParser.date("2021-13-01") }
        #expect(throws: ValueError(.notADate(suggestion: "2021-04-15"), text: "2021.4.15")) { try ValueParser.date("2021.4.15") }
        #expect(throws: ValueError(.notADate(suggestion: "2021-04-15"), text: "2021-04-15 00:00:00")) { try ValueParser.date("2021-04-15 00:00:00") }
        #expect(throws: ValueError(.notADate(suggestion: "2021-04-15"), text: "2021-4/15")) { try ValueParser.date("2021-4/15") }
        #expect(throws: ValueError(.notADate(suggestion: nil), text: "2021-04")) { try ValueParser.date("2021-04") }
        #expect(ValueError(.notADate(suggestion: nil), text: "x").message == "“x”不是日期：请写成年-月-日，如 2021-04-15")
    }
}
