import BriefingCore

/// How a briefing names its window and its dates (briefing-style.md, "Time phrases").
public enum TimePhrase {
    /// The phrase a briefing's lead opens with, relative to the run date.
    ///
    /// When the run date is in the year the window ends, the phrase counts to now: `今年以来`,
    /// `自今年4月以来`, `自2020年4月以来`, `10月份`. In any other year, including a run date before the
    /// window's year, "今年" would name the wrong year, so the window is named in full: `2021年`,
    /// `2021年1月至10月`, `2021年4月至10月`, `2020年4月至2021年10月`, `2021年10月`.
    /// A one-month window is named as a month even when it is January (`1月份`, not `今年以来`).
    public static func lead(for window: Window, today: CalendarDate) -> String {
        let (from, to) = (window.from, window.to)
        if today.year == to.year {
            if from == to { return "\(to.month)月份" }
            if from.year != to.year { return "自\(from.year)年\(from.month)月以来" }
            return from.month == 1 ? "今年以来" : "自今年\(from.month)月以来"
        }
        if from == to { return "\(to.year)年\(to.month)月" }
        if from.year != to.year { return "\(from.year)年\(from.month)月至\(to.year)年\(to.month)月" }
        if from.month == 1, to.month == 12 { return "\(to.year)年" }
        return "\(to.year)年\(from.month)月至\(to.month)月"
    }

    /// The window as written under a briefing's title, without its brackets: `2021年4月—10月`,
    /// `2020年4月—2021年10月`, `2021年10月`. A whole year is written as its months (`2021年1月—12月`),
    /// so that every title names its span the same way.
    public static func title(for window: Window) -> String {
        let (from, to) = (window.from, window.to)
        if from == to { return "\(to.year)年\(to.month)月" }
        if from.year != to.year { return "\(from.year)年\(from.month)月—\(to.year)年\(to.month)月" }
        return "\(to.year)年\(from.month)月—\(to.month)月"
    }

    /// How long a window has run, as a term summary opens: whole years, floored, in Chinese numerals
    /// (`一年来`, `两年来`, `三年来` … `十二年来`) from 12 months on, `N个月来` below (`1个月来`, `11个月来`).
    /// Months are counted as the window has them, its first month whole.
    public static func duration(months: Int) -> String {
        months < 12 ? "\(months)个月来" : "\(chineseCount(months / 12))年来"
    }

    /// A count in Chinese numerals as said before a measure word: 两 for 2 (`两年`), 十二, 二十, 二十二.
    static func chineseCount(_ number: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch number {
        case 2: return "两"
        case 0..<10: return digits[number]
        case 10..<20: return "十" + (number == 10 ? "" : digits[number % 10])
        case 20..<100: return digits[number / 10] + "十" + (number % 10 == 0 ? "" : digits[number % 10])
        default: return "\(number)"
        }
    }

    /// A date in prose, without zero padding: `2021年11月2日`.
    public static func prose(_ date: CalendarDate) -> String {
        "\(date.year)年\(date.month)月\(date.day)日"
    }
}
