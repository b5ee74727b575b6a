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

    /// A date in prose, without zero padding: `2021年11月2日`.
    public static func prose(_ date: CalendarDate) -> String {
        "\(date.year)年\(date.month)月\(date.day)日"
    }
}
