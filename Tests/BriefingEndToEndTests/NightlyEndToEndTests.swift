import Foundation
import Testing

/// `briefing nightly` on the bundled sample data, checked from outside the program.
@Suite struct NightlyEndToEndTests {
    @Test func workbookFiguresEqualAnIndependentComputationFromTheInputs() throws {
        let out = try BriefingProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let common = ["--config", "Config/briefing.yaml", "--today", "2021-11-02"]

        let nightly = try BriefingProcess.run(["nightly", "--out", out.path] + common)
        // The sample data holds deliberate mistakes: done, with error-level findings.
        #expect(nightly.status == 65, "\(nightly.stderr)")

        let validate = try BriefingProcess.run(["validate", "--json"] + common)
        #expect(validate.status == 65)
        let findingsFile = out.appendingPathComponent("findings.json")
        try Data(validate.stdout.utf8).write(to: findingsFile)

        let windowDir = out.appendingPathComponent("2021-04_2021-10")
        let manifest = try JSONSerialization.jsonObject(
            with: Data(contentsOf: windowDir.appendingPathComponent("manifest.json"))) as! [String: Any]
        #expect(manifest["exit_code"] as? Int == 65)
        let outputs = manifest["outputs"] as! [[String: Any]]
        #expect(outputs.contains { $0["unit"] as? String == "芒康县" && $0["kind"] as? String == "workbook" })
        for sender in ["西藏自治区农业农村厅", "国家电网有限公司"] {
            for kind in ["workbook", "briefing"] {
                #expect(outputs.filter { $0["unit"] as? String == sender && $0["level"] as? String == "sender"
                    && $0["kind"] as? String == kind }.count == 1, "\(sender) \(kind)")
            }
        }

        let check = try BriefingProcess.run(BriefingProcess.python, [
            "Tests/BriefingEndToEndTests/Support/check_outputs.py", "Config/briefing.yaml", windowDir.path, findingsFile.path,
        ])
        #expect(check.status == 0, "\(check.stdout)\n\(check.stderr)")
        for unit in ["芒康县", "昌都市", "西藏自治区", "西藏自治区农业农村厅", "国家电网有限公司"] {
            #expect(check.stdout.contains("\(unit)："), "no workbook checked for \(unit)")
        }

        let layout = try BriefingProcess.run(BriefingProcess.python, [
            "Tests/BriefingEndToEndTests/Support/check_layout.py", windowDir.path, "示例驻村工作办公室",
        ])
        #expect(layout.status == 0, "\(layout.stdout)\n\(layout.stderr)")
    }

    /// A county's 干部考勤 lists every cadre; a prefecture's or province's only those short of days in the
    /// village (under 20 in 西藏自治区), which must be exactly the short ones of its counties' workbooks.
    @Test func upperLevelsListTheCadresShortOfDaysFromTheirCountiesWorkbooks() throws {
        let out = try BriefingProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let nightly = try BriefingProcess.run(["nightly", "--out", out.path, "--today", "2021-11-02"])
        #expect(nightly.status == 65, "\(nightly.stderr)")
        let check = try BriefingProcess.run(BriefingProcess.python, ["-c", """
            import json, sys, openpyxl
            folder = sys.argv[1]
            def rows(unit):
                sheet = openpyxl.load_workbook(f"{folder}/{unit}驻村工作统计表.xlsx", read_only=True)["干部考勤"]
                return {r[0]: r[5:] for r in sheet.iter_rows(min_row=3, values_only=True)
                        if r[0] and not str(r[0]).startswith("说明")}
            def short(listed):
                return {cadre for cadre, days in listed.items() if any(isinstance(d, (int, float)) and d < 20 for d in days)}
            counties = {"昌都市": ["芒康县", "左贡县", "八宿县"], "西藏自治区": ["芒康县", "左贡县", "八宿县", "乃东区", "扎囊县"]}
            result = {}
            for unit, parts in counties.items():
                listed = {cadre: days for part in parts for cadre, days in rows(part).items()}
                result[unit] = {"all": len(listed), "short": sorted(short(listed)), "shown": sorted(rows(unit))}
            print(json.dumps(result, ensure_ascii=False))
            """, out.appendingPathComponent("2021-04_2021-10").path])
        #expect(check.status == 0, "\(check.stderr)")
        let result = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as! [String: [String: Any]]
        for unit in ["昌都市", "西藏自治区"] {
            let found = try #require(result[unit])
            let short = found["short"] as! [String]
            #expect(!short.isEmpty && short.count < found["all"] as! Int, "\(unit): \(found)")
            #expect(found["shown"] as! [String] == short, "\(unit) lists other cadres than its counties' short ones")
        }
    }

    @Test func twoRunsOnTheSameInputsWriteIdenticalFiles() throws {
        let first = try BriefingProcess.temporaryDirectory()
        let second = try BriefingProcess.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        for out in [first, second] {
            _ = try BriefingProcess.run(["nightly", "--out", out.path, "--today", "2021-11-02"])
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: first.appendingPathComponent("2021-04_2021-10").path)
        #expect(files.contains { $0.hasSuffix(".xlsx") })
        for file in files {
            let a = try Data(contentsOf: first.appendingPathComponent("2021-04_2021-10/\(file)"))
            let b = try Data(contentsOf: second.appendingPathComponent("2021-04_2021-10/\(file)"))
            #expect(a == b, "\(file) differs between two runs")
        }
    }
}
