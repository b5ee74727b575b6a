/// A date read from a cell, and whether it came as an Excel day serial (`44301`), which is
/// accepted with a warning: the column lost its date format somewhere.
public struct DateReading: Sendable, Equatable {
    public let date: CalendarDate
    public let isExcelSerial: Bool

    public init(date: CalendarDate, isExcelSerial: Bool) {
        self.date = date
        self.isExcelSerial = isExcelSerial
    }

    /// The warning for a serial, naming the date it was read as.
    public func warning(for text: String) -> String? {
        guard isExcelSerial else { return nil }
        return "“\(text)”是 Excel 的日期序号，已按 \(date) 读取：请把这一列设为日期格式后重新保存。"
    }
}
