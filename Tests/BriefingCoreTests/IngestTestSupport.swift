import Foundation
@testable import BriefingCore

/// Reads `data` as a file named `name`, in chunks of `chunkSize`, and returns all events.
func readEvents(_ data: Data, name: String = "t.csv", chunkSize: Int = 1 << 20, recordLimit: Int = 32 << 20) throws -> [ReadEvent] {
    let reader = try RecordReader(source: MemoryByteSource(data), name: name, chunkSize: chunkSize, recordLimit: recordLimit)
    return Array(reader)
}

func readEvents(_ text: String, name: String = "t.csv", chunkSize: Int = 1 << 20) throws -> [ReadEvent] {
    try readEvents(Data(text.utf8), name: name, chunkSize: chunkSize)
}

func makeReader(_ data: Data, name: String = "t.csv") throws -> RecordReader {
    try RecordReader(source: MemoryByteSource(data), name: name, chunkSize: 1 << 20, recordLimit: 32 << 20)
}

extension [ReadEvent] {
    var records: [RawRecord] { compactMap { if case .record(let r) = $0 { r } else { nil } } }
    var problems: [ReadProblem] { compactMap { if case .problem(let p) = $0 { p } else { nil } } }
    var columns: [String]? { lazy.compactMap { if case .columns(let c, _) = $0 { c } else { nil } }.first }
    /// Records read, by the accounting rule in ReadEvent.
    var recordsRead: Int { records.count + problems.filter(\.rejectsRecord).count }
}

extension RawRecord {
    subscript(column: String) -> String? { cells.first { $0.column == column }?.value ?? nil }
}

/// `text` converted by the iconv command, as Excel or Notepad would save it.
func iconvEncoded(_ text: String, to encoding: String) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    process.arguments = ["-f", "UTF-8", "-t", encoding]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    precondition(process.terminationStatus == 0, "iconv failed")
    return data
}

func writeTemporaryFile(_ data: Data, name: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try data.write(to: url)
    return url
}
