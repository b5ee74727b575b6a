import Foundation

/// A file of the sample being written. Plain `open` and `write`: `Data.write(to:)` syncs every file to
/// disk, which for a large sample's thousands of files costs more than generating them.
final class SampleOutputFile {
    let path: String
    private(set) var bytes = 0
    private let handle: FileHandle

    /// Creates (or empties) `path` under `directory`.
    init(_ directory: URL, _ path: String) throws {
        self.path = path
        let url = directory.appendingPathComponent(path)
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [
                NSFilePathErrorKey: url.path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO),
            ])
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    func append<Bytes: DataProtocol>(_ data: Bytes) throws {
        try handle.write(contentsOf: data)
        bytes += data.count
    }

    func close() throws { try handle.close() }

    /// Writes a whole file at once and returns its size.
    static func write<Bytes: DataProtocol>(_ data: Bytes, to path: String, in directory: URL) throws -> Int {
        let file = try SampleOutputFile(directory, path)
        try file.append(data)
        try file.close()
        return file.bytes
    }
}
