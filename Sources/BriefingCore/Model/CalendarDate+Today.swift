import Foundation

extension CalendarDate {
    /// Today in the machine's time zone: a county office runs in its own local day.
    public static func today() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(uncheckedYear: parts.year!, month: parts.month!, day: parts.day!)
    }
}
