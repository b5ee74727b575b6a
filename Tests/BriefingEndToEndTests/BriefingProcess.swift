import Foundation

/// The built `briefing` executable, run as a user runs it: from the repository root, with arguments.
struct BriefingProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        /// False when a signal ended the process (a crash), `status` then being the signal's number.
        let exitedNormally: Bool
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var executable: URL {
        get throws {
            for configuration in ["debug", "release"] {
                let url = repositoryRoot.appendingPathComponent(".build/\(configuration)/briefing")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "briefing is not built: run `swift build` (make test does)"])
        }
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try run(executable, arguments, environment: environment)
    }

    /// Runs any program, from the repository root, with `stdin` as its input, collecting its output;
    /// `environment` is added to this process's own.
    static func run(_ program: URL, _ arguments: [String], stdin: String = "",
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let input = Pipe()
        let out = Pipe()
        let err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a chatty child cannot block on a full pipe.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), exitedNormally: process.terminationReason == .exit)
    }

    /// Debian's own interpreter, which has python3-openpyxl; the python3 first on PATH may not.
    static let python = URL(fileURLWithPath: "/usr/bin/python3")

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
