import Foundation

/// The built `briefing` the benchmark runs as a user would, each run logged to its own files.
struct BriefingExecutable {
    let path: String
    /// `briefing --version`, stamped on the data sets it makes.
    let version: String
    /// Where each run's stdout and stderr are kept.
    let logs: URL

    init(path: String, logs: URL) throws {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchmarkError("找不到 \(path)：先运行 swift build -c release --product briefing（make bench 会做），或用 --briefing 指定")
        }
        self.path = path
        self.logs = logs
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let probe = ChildProcess(executable: path, arguments: ["--version"],
                                 stdoutPath: logs.appendingPathComponent("version.stdout").path,
                                 stderrPath: logs.appendingPathComponent("version.stderr").path)
        guard try probe.run().status == 0 else { throw BenchmarkError("\(path) --version 失败：\(probe.errorExcerpt())") }
        version = try String(contentsOfFile: probe.stdoutPath, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `briefing` with `arguments`; `log` names its output files in the logs folder.
    func run(_ arguments: [String], log: String) throws -> (outcome: ChildProcess.Outcome, process: ChildProcess) {
        let process = ChildProcess(executable: path, arguments: arguments,
                                   stdoutPath: logs.appendingPathComponent("\(log).stdout").path,
                                   stderrPath: logs.appendingPathComponent("\(log).stderr").path)
        return (try process.run(), process)
    }
}
