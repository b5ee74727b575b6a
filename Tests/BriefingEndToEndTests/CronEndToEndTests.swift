import Foundation
import Testing

/// `briefing nightly` as cron meets it: overlapping runs and a run killed while it writes.
@Suite struct CronEndToEndTests {
    /// Every file of a window folder, by name.
    func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    /// The manifest's hash of every output equals the file's, as sha256sum computes it.
    func manifestMatchesFiles(output: URL, window: URL) throws -> Bool {
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: window.appendingPathComponent("manifest.json"))) as! [String: Any]
        let outputs = manifest["outputs"] as! [[String: Any]]
        let sums = try BriefingProcess.run(URL(fileURLWithPath: "/usr/bin/sha256sum"),
                                           outputs.map { output.appendingPathComponent($0["path"] as! String).path })
        let hashes = sums.stdout.split(separator: "\n").map { String($0.prefix(64)) }
        return sums.status == 0 && !outputs.isEmpty && hashes == outputs.map { $0["sha256"] as! String }
    }

    @Test func aRunKilledWhileWritingLeavesThePreviousOutputsWholeAndTheNextRunCompletes() throws {
        let folder = try BriefingProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let output = folder.appendingPathComponent("out")
        let window = output.appendingPathComponent("2021-04_2021-10")
        // Large enough that writing the outputs takes seconds, so that the kill lands in the middle of it.
        func sample(seed: Int) throws {
            let result = try BriefingProcess.run(["sample", "--out", data.path, "--counties", "20", "--teams", "40", "--seed", "\(seed)"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let nightly = ["nightly", "--config", data.appendingPathComponent("briefing.yaml").path, "--out", output.path,
                       "--today", "2021-11-02"]

        try sample(seed: 1)
        #expect([0, 65].contains(try BriefingProcess.run(nightly).status))
        let previous = try contents(of: window)
        #expect(try manifestMatchesFiles(output: output, window: window))

        try sample(seed: 2)
        let killed = Process()
        killed.executableURL = try BriefingProcess.executable
        killed.arguments = nightly
        killed.currentDirectoryURL = BriefingProcess.repositoryRoot
        killed.standardOutput = FileHandle.nullDevice
        killed.standardError = FileHandle.nullDevice
        try killed.run()
        let staged = output.appendingPathComponent(".staging-\(killed.processIdentifier)/2021-04_2021-10")
        let deadline = Date().addingTimeInterval(120)
        while killed.isRunning, Date() < deadline,
              ((try? FileManager.default.contentsOfDirectory(atPath: staged.path)) ?? []).count < 4 {
            usleep(5_000)
        }
        #expect(killed.isRunning, "the run finished before it could be killed: make the sample larger")

        // Meanwhile another run is turned away at once, naming the one that holds the lock.
        let started = Date()
        let overlapping = try BriefingProcess.run(nightly)
        #expect(overlapping.status == 75)
        #expect(overlapping.stderr.contains("进程 \(killed.processIdentifier)"), "\(overlapping.stderr)")
        #expect(Date().timeIntervalSince(started) < 10)

        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        #expect(killed.terminationReason == .uncaughtSignal)
        let leftBehind = (try? FileManager.default.contentsOfDirectory(atPath: staged.path)) ?? []
        #expect(!leftBehind.isEmpty && !leftBehind.contains("manifest.json"), "killed in the middle of writing")

        #expect(try contents(of: window) == previous, "the previous outputs are intact, every byte")
        #expect(try manifestMatchesFiles(output: output, window: window))

        let next = try BriefingProcess.run(nightly)
        #expect([0, 65].contains(next.status), "\(next.stderr)")
        #expect(try manifestMatchesFiles(output: output, window: window))
        #expect(try contents(of: window) != previous, "the new data's outputs are in place")
        let hidden = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix(".staging-") }
        #expect(hidden.isEmpty, "what the killed run left is cleared away")
    }
}
