import Foundation

/// A program run to completion as a separate process, with what the kernel says it cost: wall time,
/// CPU time and peak resident memory (`wait4`'s rusage; Foundation's `Process` does not expose it).
///
/// Linux counts the spawning process's peak RSS in the child's `ru_maxrss` (exec inherits the high-water
/// mark of the address space it replaces), so children whose memory is reported must be run while this
/// process is still small: before the in-process measurements.
struct ChildProcess {
    let executable: String
    let arguments: [String]
    /// Where the child's standard output and error go; kept for a look after a failure.
    let stdoutPath: String
    let stderrPath: String

    struct Outcome {
        /// The exit status, or nil when a signal ended the process.
        let status: Int32?
        let signal: Int32?
        let wallSeconds: Double
        let userSeconds: Double
        let systemSeconds: Double
        let peakRSSKiB: Int

        var cpuSeconds: Double { userSeconds + systemSeconds }
        var peakRSSMiB: Double { Double(peakRSSKiB) / 1024 }
    }

    func run() throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let started = ContinuousClock.now
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchmarkError("无法启动 \(executable)：\(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchmarkError("等待 \(executable) 结束时出错：\(String(cString: strerror(errno)))") }
        }
        let wall = (ContinuousClock.now - started).seconds
        // The WIFEXITED and WTERMSIG macros, which Swift does not import.
        let signal = status & 0x7F
        return Outcome(status: signal == 0 ? (status >> 8) & 0xFF : nil, signal: signal == 0 ? nil : signal,
                       wallSeconds: wall, userSeconds: usage.ru_utime.seconds, systemSeconds: usage.ru_stime.seconds,
                       peakRSSKiB: usage.ru_maxrss)
    }

    /// The first lines of what the child wrote to stderr, for a failure's message.
    func errorExcerpt(lines: Int = 3) -> String {
        let text = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").prefix(lines).joined(separator: " / ")
    }
}

private extension timeval {
    var seconds: Double { Double(tv_sec) + Double(tv_usec) / 1e6 }
}
