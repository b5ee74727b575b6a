import Foundation

/// The lock that keeps two runs (a slow nightly and the next one, or a nightly and `briefing mail`) from
/// writing the same outputs or sending the same mail at once.
///
/// An advisory `flock` on `.briefing.lock` in the output folder: the kernel releases it when the process
/// ends in any way, SIGKILL included, so a crashed run never leaves a stale lock behind. The holder writes
/// its pid into the file so that the one turned away can say who holds it.
public final class RunLock {
    public static let fileName = ".briefing.lock"

    public let file: URL
    private let descriptor: Int32

    private init(file: URL, descriptor: Int32) {
        self.file = file
        self.descriptor = descriptor
    }

    /// Takes the lock at once or fails with `RunError.locked` (exit 75) naming the holder.
    public static func acquire(in directory: URL) throws(RunError) -> RunLock {
        let file = directory.appendingPathComponent(fileName)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .output(path: directory.path, reason: error.localizedDescription)
        }
        // O_CLOEXEC: msmtp and other children must not inherit the lock and outlive a killed run with it.
        let descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .output(path: file.path, reason: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno
            defer { close(descriptor) }
            guard reason == EWOULDBLOCK else { throw .output(path: file.path, reason: String(cString: strerror(reason))) }
            throw .locked(lockFile: file.path, holder: holder(descriptor))
        }
        let pid = Data("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return RunLock(file: file, descriptor: descriptor)
    }

    /// The pid the holder wrote, if it has written it yet.
    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The file stays: removing it would let a third run lock a new file while the second still holds
    /// the old one.
    deinit {
        close(descriptor)
    }
}
