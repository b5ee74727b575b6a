import Foundation
import Testing

/// A report that breaks an error-level rule of Config/rules.yaml leaves the totals, and the run's own
/// accounting and the independent checker both say so.
@Suite struct RuleRejectionEndToEndTests {
    /// A copy of Samples/, Config/ and Templates/ with 白玉县's report on line 4 resolving more grievances than it received.
    func plantedCopy() throws -> URL {
        let root = try BriefingProcess.temporaryDirectory()
        for folder in ["Samples", "Config", "Templates"] {
            try FileManager.default.copyItem(at: BriefingProcess.repositoryRoot.appendingPathComponent(folder),
                                             to: root.appendingPathComponent(folder))
        }
        let file = root.appendingPathComponent("Samples/reports/白玉县.csv")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let header = lines[0].components(separatedBy: ",")
        var cells = lines[3].components(separatedBy: ",")
        cells[header.firstIndex(of: "收集困难诉求")!] = "2"
        cells[header.firstIndex(of: "解决困难诉求")!] = "9"
        lines[3] = cells.joined(separator: ",")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        return root
    }

    @Test func aRuleRejectedReportIsLeftOutOfTotalsAndAccounts() throws {
        let root = try plantedCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let config = root.appendingPathComponent("Config/briefing.yaml").path
        let common = ["--config", config, "--today", "2021-11-02"]

        let nightly = try BriefingProcess.run(["nightly", "--out", root.appendingPathComponent("out").path] + common)
        #expect(nightly.status == 65, "\(nightly.stderr)")
        let validate = try BriefingProcess.run(["validate", "--json"] + common)
        let findingsFile = root.appendingPathComponent("findings.json")
        try Data(validate.stdout.utf8).write(to: findingsFile)

        let document = try JSONSerialization.jsonObject(with: Data(validate.stdout.utf8)) as! [String: Any]
        let findings = document["findings"] as! [[String: Any]]
        let breach = try #require(findings.first { $0["code"] as? String == "rule.grievances_resolved_le_received" })
        #expect(breach["severity"] as? String == "error")
        #expect((breach["file"] as? String)?.hasSuffix("reports/白玉县.csv") == true)
        #expect(breach["line"] as? Int == 4)
        #expect(breach["column"] as? String == "解决困难诉求")

        let windowDir = root.appendingPathComponent("out/2021-04_2021-10")
        let manifest = try JSONSerialization.jsonObject(
            with: Data(contentsOf: windowDir.appendingPathComponent("manifest.json"))) as! [String: Any]
        let inputs = manifest["inputs"] as! [[String: Any]]
        let baiyu = try #require(inputs.first { ($0["path"] as? String)?.hasSuffix("reports/白玉县.csv") == true })
        #expect(baiyu["records_read"] as? Int == 28)
        #expect(baiyu["records_accepted"] as? Int == 27)
        #expect(baiyu["records_rejected"] as? Int == 1)

        let check = try BriefingProcess.run(BriefingProcess.python, [
            "Tests/BriefingEndToEndTests/Support/check_outputs.py", config, windowDir.path, findingsFile.path,
        ])
        #expect(check.status == 0, "\(check.stdout)\n\(check.stderr)")
        #expect(check.stdout.contains("白玉县"))
    }
}
