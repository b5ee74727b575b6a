import Foundation
import Testing
@testable import BriefingCore

@Suite struct ConfigTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func write(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repositoryRoot.appendingPathComponent("Config/metrics.yaml"),
                                         to: folder.appendingPathComponent("metrics.yaml"))
        let url = folder.appendingPathComponent("briefing.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func theBundledConfigLoadsWithTheDefaultCatalog() throws {
        let config = try BriefingConfig.load(from: Self.repositoryRoot.appendingPathComponent("Config/briefing.yaml").path)
        #expect(config.catalog.count == 24)
        #expect(config.catalog.metric("deeds")?.name == "办实事好事")
        #expect(config.catalog.rates.map(\.id) == ["grievance_resolution_rate", "dispute_resolution_rate"])
        #expect(config.jurisdiction.units(at: .prefecture).count >= 2)
        #expect(config.jurisdiction.unit(named: "芒康")?.name == "芒康县")
        #expect(config.batchStart == Period(year: 2021, month: 4))
    }

    @Test func unitNamesMatchInFullByAliasInTraditionalScriptAndWithStraySpaces() {
        let jurisdiction = TestCatalog.jurisdiction
        for name in ["芒康县", "芒康", " 芒康 ", "芒康縣"] {
            #expect(jurisdiction.county(named: name) == TestCatalog.mangkang, "\(name)")
        }
        #expect(jurisdiction.county(named: "昌都市") == nil, "a prefecture is no county")
        #expect(jurisdiction.nearMatches(for: "芒康镇").first == "芒康县")
    }

    @Test func aSyntaxErrorNamesTheLineAndColumn() throws {
        let path = try write("batch_start: 2021-04\ninputs:\n  teams: [a.csv\nunits: []\n")
        #expect {
            try BriefingConfig.load(from: path)
        } throws: { error in
            let error = error as! ConfigError
            return error.file == path && error.line != nil && error.column != nil
        }
    }

    @Test func aWrongTypeNamesTheLineOfTheValue() throws {
        let text = """
        batch_start: 2021-04
        inputs: { teams: t.csv, cadres: c.csv, reports: r.csv, attendance: a.csv }
        units:
          - province: 西藏自治区
            prefectures:
              - name: 昌都市
                counties: 芒康县
        """
        let path = try write(text)
        #expect {
            try BriefingConfig.load(from: path)
        } throws: { error in
            let error = error as! ConfigError
            return error.line == 7 && error.message.contains("counties")
        }
    }

    @Test func aMissingInputKindIsNamed() throws {
        let path = try write("batch_start: 2021-04\ninputs: { teams: t.csv }\nunits: []\n")
        #expect {
            try BriefingConfig.load(from: path)
        } throws: { error in
            (error as! ConfigError).message.contains("驻村干部名册")
        }
    }

    static let jurisdiction = """
    batch_start: 2021-04
    inputs: { teams: t.csv, cadres: c.csv, reports: r.csv, attendance: a.csv }
    units:
      - province: 西藏自治区
        prefectures:
          - name: 昌都市
            counties: [{ name: 芒康县 }]
    senders:

    """

    /// The 1-based line of the first line of `text` that holds `marker`.
    static func line(of marker: String, in text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(marker) }! + 1
    }

    @Test func sendersAreReadWithAliasesMembersRecipientsAndTheirLines() throws {
        let text = Self.jurisdiction + """
          - name: 西藏自治区农业农村厅
            aliases: [自治区农业农村厅]
            members: [西藏自治区农牧科学院]
            recipients: [nyt@example.org]
          - name: 国家电网有限公司
            members: [西藏自治区农牧科学院]
        """
        let config = try BriefingConfig.load(from: try write(text))
        #expect(config.senders.map(\.name) == ["西藏自治区农业农村厅", "国家电网有限公司"])
        #expect(config.senders.map(\.line) == [Self.line(of: "西藏自治区农业农村厅", in: text), Self.line(of: "国家电网有限公司", in: text)])
        #expect(config.senders[0].recipients == ["nyt@example.org"])
        #expect(config.sender(named: "自治區農業農村廳")?.name == "西藏自治区农业农村厅")
        #expect(config.sender(named: "西藏自治区农牧科学院") == nil, "a member is not called by the sender's name")
        #expect(config.scopes.map(\.kind) == ["county", "prefecture", "province", "sender", "sender"])
    }

    @Test(arguments: [
        ("  - name: 甲厅\n    aliases: [甲, 甲 ]\n", "甲 ]", "重复"),
        ("  - name: 甲厅\n  - name: 乙厅\n    aliases: [甲厅]\n", "[甲厅]", "已是派出单位“甲厅”"),
        ("  - name: 甲厅\n    members: [甲厅]\n", "members", "重复"),
        ("  - name: \"  \"\n", "\"  \"", "不能为空"),
        ("  - name: 甲厅\n    member: [乙院]\n", "member:", "不认识的键"),
        ("  - name: 甲厅\n    recipients: [not-an-address]\n", "not-an-address", "不是有效的邮件地址"),
    ])
    func aSenderMistakeNamesItsLineAndColumn(entry: String, marker: String, words: String) throws {
        let text = Self.jurisdiction + entry
        let path = try write(text)
        let line = Self.line(of: marker, in: text)
        #expect {
            try BriefingConfig.load(from: path)
        } throws: { error in
            let error = error as! ConfigError
            return error.line == line && error.column != nil && error.message.contains(words)
                && error.description.hasPrefix("\(path):\(line):")
        }
    }

    @Test func aSenderNoTeamNamesIsAWarningAtItsLine() throws {
        let text = Self.jurisdiction + "  - name: 西藏自治区农业农村厅\n    aliases: [自治区农业农村厅]\n  - name: 自治区财政厅\n"
        let config = try BriefingConfig.load(from: try write(text))
        let team = Team(id: "A", name: "A工作队", county: TestCatalog.mangkang, township: "乡", village: "村",
                        sendingUnit: "自治区农業農村厅", programme: nil, startDate: TestCatalog.date("2021-04-01"),
                        endDate: nil, source: SourceLocation(file: "teams.csv", line: 2))
        let other = Team(id: "B", name: "B工作队", county: TestCatalog.mangkang, township: "乡", village: "村",
                         sendingUnit: "西藏自治区财政厅", programme: nil, startDate: TestCatalog.date("2021-04-01"),
                         endDate: nil, source: SourceLocation(file: "teams.csv", line: 3))
        let findings = SenderCheck.findings(for: config, teams: [team, other])
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.code.rawValue == "ref.sender_without_teams" && finding.severity == .warning)
        #expect(finding.file == config.file && finding.line == Self.line(of: "自治区财政厅", in: text))
        #expect(finding.message.contains("自治区财政厅") && finding.message.contains("相近的有：西藏自治区财政厅"))
    }
}
