import BriefingCore
import Foundation

/// Makes a run's window folder change all at once. The run writes a complete new folder beside the old
/// one, then the two are swapped in one step (`renameat2(RENAME_EXCHANGE)`), so that a run killed at any
/// moment leaves the previous folder, with the manifest that matches every file in it, untouched;
/// replacing files one by one would leave a mix of old and new files under the old manifest.
public struct StagedWindow {
    public let outputDirectory: URL
    /// Where the run writes: a stand-in for the output folder, holding only the new window folder.
    public let stagingRoot: URL

    private init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory
        stagingRoot = outputDirectory.appendingPathComponent(".staging-\(getpid())", isDirectory: true)
    }

    /// Call with the run lock held: the folders that killed runs left behind are removed first.
    public static func begin(in outputDirectory: URL) -> StagedWindow {
        let stale = (try? FileManager.default.contentsOfDirectory(atPath: outputDirectory.path)) ?? []
        for name in stale where name.hasPrefix(".staging-") {
            try? FileManager.default.removeItem(at: outputDirectory.appendingPathComponent(name))
        }
        return StagedWindow(outputDirectory: outputDirectory)
    }

    /// `2021-04_2021-10`, the name of a window's folder under the output folder.
    public static func folderName(_ window: Window) -> String { "\(window.from)_\(window.to)" }

    /// Puts the staged window folder in place of the published one and discards the old one.
    public func publish(_ window: Window) throws(RunError) {
        let name = Self.folderName(window)
        let staged = stagingRoot.appendingPathComponent(name)
        let published = outputDirectory.appendingPathComponent(name)
        defer { try? FileManager.default.removeItem(at: stagingRoot) }
        if rename(staged.path, published.path) == 0 { return }  // the first run of a window: nothing to swap
        guard errno == ENOTEMPTY || errno == EEXIST else {
            throw .output(path: published.path, reason: String(cString: strerror(errno)))
        }
        if Self.exchange(staged.path, published.path) == 0 { return }
        // Filesystems without RENAME_EXCHANGE: two renames, with a moment in which the folder is absent
        // (never one in which it is half-written).
        let aside = stagingRoot.appendingPathComponent(name + ".previous")
        guard rename(published.path, aside.path) == 0, rename(staged.path, published.path) == 0 else {
            throw .output(path: published.path, reason: String(cString: strerror(errno)))
        }
    }

    /// glibc has `renameat2` since 2.28, but Swift's Glibc module does not declare it.
    private static func exchange(_ first: String, _ second: String) -> Int32 {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return -1 }
        let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE, linux/fs.h
        return unsafeBitCast(symbol, to: RenameAt2.self)(AT_FDCWD, first, AT_FDCWD, second, renameExchange)
    }
}
