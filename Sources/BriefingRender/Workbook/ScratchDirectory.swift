import Foundation

/// Where libxlsxwriter keeps each worksheet while a workbook is written. A nightly run writes thousands of
/// workbooks and so creates and deletes tens of thousands of these files; on a disk file system that costs
/// more system time than the workbooks themselves (ext4 searches past recently freed inodes), so they go
/// to memory (/dev/shm) when it has ample room. Otherwise they go beside the output. Either way a short
/// write is caught: libxlsxwriter reports success for it, but every workbook is read back before use.
enum ScratchDirectory {
    /// Room enough for two workbooks in progress at once, the largest a province's.
    static let memoryRoomNeeded: UInt64 = 1 << 30

    static func forWorkbook(at url: URL) -> String {
        if let memory = memory { return memory }
        return url.deletingLastPathComponent().path
    }

    private static let memory: String? = {
        let path = "/dev/shm"
        var stats = statvfs()
        guard access(path, W_OK | X_OK) == 0, statvfs(path, &stats) == 0 else { return nil }
        return UInt64(stats.f_bavail) * UInt64(stats.f_frsize) >= memoryRoomNeeded ? path : nil
    }()
}
