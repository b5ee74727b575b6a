import BriefingCore
import Crypto
import Foundation

/// The folder a run writes into. Every file appears whole or not at all: it is written under a temporary
/// name beside its final place, checked, then renamed (a rename within one folder is atomic).
public struct OutputFolder {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// A file name safe to join to the folder: unit names come from the config, but a name such as
    /// `../x` or `a/b` must never steer a path outside the output folder.
    public static func safeName(_ name: String) -> String {
        let cleaned = name.map { "/\\:*?\"<>|\0".contains($0) || $0.isNewline ? "_" : $0 }
        let result = String(cleaned).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        return result.isEmpty ? "_" : result
    }

    /// Creates `relativeFolder` (made of safe names) and returns the final URL for `fileName` in it.
    public func prepare(folder: [String], fileName: String) throws(RunError) -> URL {
        var url = root
        for part in folder { url.appendPathComponent(OutputFolder.safeName(part), isDirectory: true) }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw .output(path: url.path, reason: error.localizedDescription)
        }
        return url.appendingPathComponent(OutputFolder.safeName(fileName))
    }

    /// Runs `write` against a temporary name next to `destination`, then renames it into place.
    /// Whatever `write` leaves behind is removed if it or the check fails.
    public static func replace(_ destination: URL, check: (URL) -> String? = { _ in nil },
                               write: (URL) throws -> Void) throws(RunError) {
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(getpid()).tmp")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            try write(temporary)
        } catch {
            throw .output(path: destination.path, reason: "\(error)")
        }
        if let problem = check(temporary) {
            throw .output(path: destination.path, reason: problem)
        }
        guard rename(temporary.path, destination.path) == 0 else {
            throw .output(path: destination.path, reason: String(cString: strerror(errno)))
        }
    }

    public static func replace(_ destination: URL, with data: Data) throws(RunError) {
        try replace(destination) { try data.write(to: $0) }
    }

    /// SHA-256 of a file, read in chunks so that large inputs cost no memory.
    public static func sha256(of url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
