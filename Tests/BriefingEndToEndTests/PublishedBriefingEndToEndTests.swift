import Foundation
import Testing

/// `briefing --county` prints the briefing the last nightly published when nothing it read has changed,
/// and computes it afresh when anything has: an input, a template, the day, or on request.
@Suite struct PublishedBriefingEndToEndTests {
    /// The sample data set, templates and an output folder copied into `folder`, with a config naming them.
    private func copyOfTheSample(in folder: URL) throws -> URL {
        let root = BriefingProcess.repositoryRoot
        for name in ["Samples", "Templates"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        var config = try String(contentsOf: root.appendingPathComponent("Config/briefing.yaml"), encoding: .utf8)
        for (key, value) in [("metrics", "metrics.yaml"), ("rules", "rules.yaml")] {
            config = config.replacingOccurrences(of: "\n\(key): \(value)", with: "\n\(key): \(root.path)/Config/\(value)")
        }
        config = config.replacingOccurrences(of: "../", with: "")
        let url = folder.appendingPathComponent("briefing.yaml")
        try config.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func theNightlysBriefingIsReusedUntilSomethingItReadChanges() throws {
        let folder = try BriefingProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try copyOfTheSample(in: folder).path
        let day = ["--config", config, "--today", "2021-11-02"]
        let nightly = try BriefingProcess.run(["nightly"] + day)
        #expect(nightly.status == 65, "\(nightly.stderr)")

        let windowFolder = folder.appendingPathComponent("out/2021-04_2021-10")
        let published = windowFolder.appendingPathComponent("芒康县驻村工作简报.txt")
        let computed = try BriefingProcess.run(["--county", "芒康", "--recompute"] + day)
        #expect(try computed.stdout == String(contentsOf: published, encoding: .utf8))
        #expect(try BriefingProcess.run(["--county", "芒康"] + day).stdout == computed.stdout)

        // Marked as the nightly would have written it (file, hash in the manifest, manifest's time), the
        // published briefing is what is printed: it was reused, not computed.
        try markPublishedBriefing(published, manifest: windowFolder.appendingPathComponent("manifest.json"))
        let reused = try BriefingProcess.run(["--county", "芒康"] + day)
        #expect(reused.status == 65)
        #expect(reused.stdout.hasSuffix("（已沿用）\n"))
        #expect(try BriefingProcess.run(["--county", "芒康", "--recompute"] + day).stdout == computed.stdout)
        #expect(try BriefingProcess.run(["--county", "芒康", "--trace"] + day).stdout.hasPrefix(computed.stdout))
        #expect(try BriefingProcess.run(["--county", "芒康", "--config", config, "--today", "2021-11-03"]).stdout
                    != reused.stdout, "another day")

        // A template edited since: computed, with the edit.
        let template = folder.appendingPathComponent("Templates/county.txt")
        let original = try String(contentsOf: template, encoding: .utf8)
        try (original + "（模板已改）\n").write(to: template, atomically: true, encoding: .utf8)
        #expect(try BriefingProcess.run(["--county", "芒康"] + day).stdout.hasSuffix("（模板已改）\n"))
        try original.write(to: template, atomically: true, encoding: .utf8)
        #expect(try BriefingProcess.run(["--county", "芒康"] + day).stdout == reused.stdout)

        // An input changed since, though not in size: computed.
        let reports = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Samples/reports").path)
            .sorted().first.map { folder.appendingPathComponent("Samples/reports/\($0)") })
        var bytes = try Data(contentsOf: reports)
        let digit = try #require(bytes.lastIndex { (0x30...0x38).contains($0) })
        bytes[digit] += 1
        try bytes.write(to: reports)
        #expect(try BriefingProcess.run(["--county", "芒康"] + day).stdout != reused.stdout)
    }

    /// Appends a mark to the published briefing and updates its hash in the manifest, keeping the manifest's time.
    private func markPublishedBriefing(_ briefing: URL, manifest: URL) throws {
        let written = try FileManager.default.attributesOfItem(atPath: manifest.path)[.modificationDate] as! Date
        let before = try Data(contentsOf: briefing)
        let after = before + Data("（已沿用）\n".utf8)
        try after.write(to: briefing)
        let text = try String(contentsOf: manifest, encoding: .utf8)
            .replacingOccurrences(of: sha256(before), with: sha256(after))
        try text.write(to: manifest, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: written], ofItemAtPath: manifest.path)
    }

    private func sha256(_ data: Data) throws -> String {
        let result = try BriefingProcess.run(BriefingProcess.python, ["-c", "import hashlib, sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())"],
                                             stdin: String(decoding: data, as: UTF8.self))
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
