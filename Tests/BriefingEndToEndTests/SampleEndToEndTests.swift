import Foundation
import Testing

/// `briefing sample`: the committed Samples/ are exactly what the generator writes.
@Suite struct SampleEndToEndTests {
    @Test func theCommittedSampleDataIsWhatTheGeneratorWrites() throws {
        let out = try BriefingProcess.temporaryDirectory().appendingPathComponent("Samples")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let result = try BriefingProcess.run(["sample", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("PROBLEMS.md"))

        let committed = BriefingProcess.repositoryRoot.appendingPathComponent("Samples")
        let files = try FileManager.default.subpathsOfDirectory(atPath: committed.path).filter { !$0.hasSuffix("/") }.sorted()
        let generated = try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted()
        #expect(files == generated)
        // The config names the catalog and templates relative to where it was written; all else is equal.
        for file in files where file != "briefing.yaml" {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: committed.appendingPathComponent(file).path, isDirectory: &isDirectory)
            guard !isDirectory.boolValue else { continue }
            let a = try Data(contentsOf: committed.appendingPathComponent(file))
            let b = try Data(contentsOf: out.appendingPathComponent(file))
            #expect(a == b, "Samples/\(file) is not what `briefing sample` writes: run `make samples`")
        }
    }
}
