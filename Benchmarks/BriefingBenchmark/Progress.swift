import Foundation

/// What the benchmark is doing, on stderr with the time of day, so that a long run can be followed and
/// the results on stdout stay clean.
enum Progress {
    static func say(_ line: String) {
        let time = Date().formatted(.dateTime.hour(.twoDigits(amPM: .omitted)).minute(.twoDigits).second(.twoDigits))
        FileHandle.standardError.write(Data("[\(time)] \(line)\n".utf8))
    }
}
