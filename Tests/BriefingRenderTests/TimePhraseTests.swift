import Testing
@testable import BriefingRender
import BriefingCore

struct TimePhraseTests {
    private static func window(_ fromYear: Int, _ fromMonth: Int, _ toYear: Int, _ toMonth: Int) -> Window {
        Window(from: Period(year: fromYear, month: fromMonth)!, to: Period(year: toYear, month: toMonth)!)!
    }

    private static let sameYear = CalendarDate(year: 2021, month: 11, day: 2)!
    private static let laterYear = CalendarDate(year: 2022, month: 1, day: 5)!

    @Test(arguments: [
        (window(2021, 1, 2021, 10), "今年以来"),
        (window(2021, 1, 2021, 12), "今年以来"),
        (window(2021, 4, 2021, 10), "自今年4月以来"),
        (window(2020, 4, 2021, 10), "自2020年4月以来"),
        (window(2021, 10, 2021, 10), "10月份"),
        (window(2021, 1, 2021, 1), "1月份"),
    ])
    func leadInTheSameYear(window: Window, expected: String) {
        #expect(TimePhrase.lead(for: window, today: Self.sameYear) == expected)
    }

    @Test(arguments: [
        (window(2021, 1, 2021, 12), "2021年"),
        (window(2021, 1, 2021, 10), "2021年1月至10月"),
        (window(2021, 4, 2021, 10), "2021年4月至10月"),
        (window(2020, 4, 2021, 10), "2020年4月至2021年10月"),
        (window(2021, 10, 2021, 10), "2021年10月"),
        (window(2020, 1, 2021, 12), "2020年1月至2021年12月"),
    ])
    func leadInALaterYear(window: Window, expected: String) {
        #expect(TimePhrase.lead(for: window, today: Self.laterYear) == expected)
    }

    @Test func leadOnTheWindowsLastDayAndBeforeItsYear() {
        let october = Self.window(2021, 10, 2021, 10)
        #expect(TimePhrase.lead(for: october, today: CalendarDate(year: 2021, month: 10, day: 31)!) == "10月份")
        #expect(TimePhrase.lead(for: october, today: CalendarDate(year: 2020, month: 12, day: 31)!) == "2021年10月")
        #expect(TimePhrase.lead(for: Self.window(2021, 1, 2021, 12), today: CalendarDate(year: 2021, month: 12, day: 31)!) == "今年以来")
        #expect(TimePhrase.lead(for: Self.window(2020, 4, 2021, 10), today: CalendarDate(year: 2023, month: 3, day: 1)!)
            == "2020年4月至2021年10月")
    }

    @Test(arguments: [
        (window(2021, 4, 2021, 10), "2021年4月—10月"),
        (window(2020, 4, 2021, 10), "2020年4月—2021年10月"),
        (window(2021, 10, 2021, 10), "2021年10月"),
        (window(2021, 1, 2021, 12), "2021年1月—12月"),
        (window(2020, 12, 2021, 1), "2020年12月—2021年1月"),
    ])
    func title(window: Window, expected: String) {
        #expect(TimePhrase.title(for: window) == expected)
    }

    @Test(arguments: [
        (CalendarDate(year: 2021, month: 11, day: 2)!, "2021年11月2日"),
        (CalendarDate(year: 2021, month: 1, day: 1)!, "2021年1月1日"),
        (CalendarDate(year: 2020, month: 12, day: 31)!, "2020年12月31日"),
        (CalendarDate(year: 2024, month: 2, day: 29)!, "2024年2月29日"),
    ])
    func prose(date: CalendarDate, expected: String) {
        #expect(TimePhrase.prose(date) == expected)
    }
}
