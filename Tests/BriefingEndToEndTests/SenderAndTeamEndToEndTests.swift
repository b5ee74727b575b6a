import Foundation
import Testing

/// `briefing --sender` and `briefing --team` on the bundled sample data, whose two sending units' teams
/// serve counties under different prefectures and provinces. Figures are checked by Python from the raw
/// inputs (Support/check_outputs.py for the sending units' workbooks, Support/check_team.py for a term).
@Suite struct SenderAndTeamEndToEndTests {
    let common = ["--today", "2021-11-02"]

    @Test func aSendingUnitsBriefingNamesTheCountiesItsTeamsServeIn() throws {
        let result = try BriefingProcess.run(["--sender", "国家电网"] + common)
        #expect(result.status == 65, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "国家电网有限公司选派驻村工作队工作情况简报")
        #expect(result.stdout.contains("国家电网有限公司共选派驻村干部10名，组成2个驻村工作队，分布在山南市扎囊县、甘孜藏族自治州白玉县2个县（市、区）"),
                "\(result.stdout)")
        #expect(result.stdout.contains("从各县（市、区）看，为群众办实事、好事依次为：白玉县"))
    }

    @Test func aMemberUnitOnItsOwnIsItsOwnTeamsOnly() throws {
        let result = try BriefingProcess.run(["--sender", "西藏自治区农牧科学院"] + common)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stdout.contains("组成1个驻村工作队，分布在山南市乃东区1个县（市、区）"), "\(result.stdout)")
    }

    @Test(arguments: [("540328-03", "2021-10"), ("513331-03", "2023-06"), ("540328-02", "2021-08"), ("540502-03", "2021-10")])
    func everyFigureOfATeamsTermEqualsAnIndependentSumOfItsReports(team: String, period: String) throws {
        let folder = try BriefingProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let findings = folder.appendingPathComponent("findings.json")
        try Data(try BriefingProcess.run(["validate", "--json"] + common).stdout.utf8).write(to: findings)
        let result = try BriefingProcess.run(["--team", team, "--period", period, "--trace"] + common)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stdout.contains("\n——数字来源：本队通过校验的月报之和"))
        let output = folder.appendingPathComponent("team.txt")
        try Data(result.stdout.utf8).write(to: output)
        let check = try BriefingProcess.run(BriefingProcess.python, [
            "Tests/BriefingEndToEndTests/Support/check_team.py", "Config/briefing.yaml", findings.path, team, period, output.path,
        ])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func aTermPastItsEndStopsAtTheEndMonth() throws {
        let result = try BriefingProcess.run(["--team", "540328-03", "--period", "2024-01"] + common)
        #expect(result.stdout.split(separator: "\n").dropFirst().first == "（2021年3月—2023年3月）", "\(result.stdout)")
        #expect(result.stdout.contains("两年来，工作队累计"))
        #expect(result.stdout.contains("驻村干部5名：第一书记"), "cadres as of the term's end: \(result.stdout)")
    }

    @Test func anUnknownTeamExits64WithNearIDs() throws {
        let result = try BriefingProcess.run(["--team", "540328-3"] + common)
        #expect(result.status == 64)
        #expect(result.stderr.contains("工作队名册中没有编号为“540328-3”的工作队"), "\(result.stderr)")
        #expect(result.stderr.contains("540328-01（"))
        #expect(result.stdout.isEmpty)
    }

    @Test func anUnknownSendingUnitExits69WithNearNames() throws {
        let result = try BriefingProcess.run(["--sender", "农业厅"] + common)
        #expect(result.status == 69)
        #expect(result.stderr.contains("西藏自治区农业农村厅"), "\(result.stderr)")
    }

    /// The bundled config over the bundled data, written elsewhere with `extra` appended (to `senders:`)
    /// and, if given, the bundled rules as `editRules` changes them.
    func configCopy(appending extra: String, editRules: ((String) -> String)? = nil) throws -> (folder: URL, config: URL) {
        let root = BriefingProcess.repositoryRoot
        let folder = try BriefingProcess.temporaryDirectory()
        var rulesPath = root.appendingPathComponent("Config/rules.yaml").path
        if let editRules {
            let url = folder.appendingPathComponent("rules.yaml")
            try editRules(String(contentsOfFile: rulesPath, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
            rulesPath = url.path
        }
        let text = try String(contentsOf: root.appendingPathComponent("Config/briefing.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "../Samples", with: root.appendingPathComponent("Samples").path)
            .replacingOccurrences(of: "templates: ../Templates", with: "templates: \(root.appendingPathComponent("Templates").path)")
            .replacingOccurrences(of: "metrics: metrics.yaml", with: "metrics: \(root.appendingPathComponent("Config/metrics.yaml").path)")
            .replacingOccurrences(of: "rules: rules.yaml", with: "rules: \(rulesPath)")
            .replacingOccurrences(of: "output: ../out", with: "output: out")
        let config = folder.appendingPathComponent("briefing.yaml")
        try (text + extra).write(to: config, atomically: true, encoding: .utf8)
        return (folder, config)
    }

    @Test func aSendingUnitNoTeamNamesIsAWarningAtItsConfigLineAndItsWorkbookIsStillWritten() throws {
        let (folder, config) = try configCopy(appending: "  - name: 西藏自治区财政局\n    recipients: [czt@example.org]\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let validate = try BriefingProcess.run(["validate", "--json", "--config", config.path] + common)
        #expect(validate.status == 65, "errors of the sample data; the warning adds none")
        let output = try JSONDecoder().decode(ValidateOutput.self, from: Data(validate.stdout.utf8))
        let warnings = output.findings.filter { $0.code == "ref.sender_without_teams" }
        #expect(warnings.count == 1)
        let lines = try String(contentsOf: config, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("西藏自治区财政局") }) + 1
        #expect(warnings.first?.severity == "warning" && warnings.first?.line == line && warnings.first?.file == config.path)
        #expect(warnings.first?.message.contains("西藏自治区财政局") == true)

        let nightly = try BriefingProcess.run(["nightly", "--config", config.path] + common)
        #expect(nightly.status == 65, "\(nightly.stderr)")
        let workbook = folder.appendingPathComponent("out/2021-04_2021-10/西藏自治区财政局选派驻村工作队统计表.xlsx")
        #expect(FileManager.default.fileExists(atPath: workbook.path))
    }

    @Test func eachCadreOfASendingUnitIsHeldToItsOwnProvincesDaysInTheVillage() throws {
        let (folder, config) = try configCopy(appending: "") { rules in
            let tibet = "  西藏自治区: { min_days_in_village: 20 }\n"
            #expect(rules.contains(tibet))
            return rules.replacingOccurrences(of: tibet, with: tibet + "  四川省: { min_days_in_village: 15 }\n")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let nightly = try BriefingProcess.run(["nightly", "--config", config.path] + common)
        #expect(nightly.status == 65, "\(nightly.stderr)")
        let workbook = folder.appendingPathComponent("out/2021-04_2021-10/国家电网有限公司选派驻村工作队统计表.xlsx")
        let read = try BriefingProcess.run(BriefingProcess.python, ["-c", """
            import json, sys, openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1])["干部考勤"]
            rules = []
            for formatting in sheet.conditional_formatting:
                for rule in formatting.rules:
                    rows = {sheet.cell(row=r, column=5).value for r in range(formatting.sqref.ranges[0].min_row, formatting.sqref.ranges[0].max_row + 1)}
                    rules.append([sorted(rows), rule.formula])
            note = [row[0] for row in sheet.iter_rows(values_only=True) if row[0] and str(row[0]).startswith("说明")]
            print(json.dumps({"rules": sorted(rules), "note": note}, ensure_ascii=False))
            """, workbook.path])
        #expect(read.status == 0, "\(read.stderr)")
        let found = try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as! [String: Any]
        let rules = found["rules"] as! [[Any]]
        #expect(rules.count == 2, "\(read.stdout)")
        #expect(rules.contains { ($0[0] as! [String]) == ["扎囊县"] && ($0[1] as! [String]) == ["20"] }, "\(read.stdout)")
        #expect(rules.contains { ($0[0] as! [String]) == ["白玉县"] && ($0[1] as! [String]) == ["15"] }, "\(read.stdout)")
        #expect((found["note"] as! [String]).first?.contains("西藏自治区20天，四川省15天") == true, "\(read.stdout)")
    }
}
