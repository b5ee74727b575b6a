import Foundation
import Testing

/// Whole briefings for the sample data, compared with reviewed copies: any change in wording or figures
/// shows up here. After a deliberate change, regenerate with `UPDATE_GOLDEN=1 swift test --filter Golden`
/// and review the diff before committing.
@Suite struct GoldenBriefingTests {
    static let golden = BriefingProcess.repositoryRoot.appendingPathComponent("Tests/BriefingEndToEndTests/Support/golden")

    @Test(arguments: [
        (["--county", "芒康"], "芒康县.txt"),
        (["--county", "扎囊县"], "扎囊县.txt"),
        (["--prefecture", "昌都市"], "昌都市.txt"),
        (["--province", "西藏自治区"], "西藏自治区.txt"),
        (["--county", "白玉縣", "--period", "2021-10", "--today", "2022-02-01"], "白玉县-次年.txt"),
        (["--sender", "自治区农业农村厅"], "西藏自治区农业农村厅-派出单位.txt"),
        (["--team", "540328-02"], "540328-02-工作队.txt"),
    ])
    func briefingMatchesItsReviewedCopy(arguments: [String], file: String) throws {
        let hasToday = arguments.contains("--today")
        let result = try BriefingProcess.run(arguments + (hasToday ? [] : ["--today", "2021-11-02"]))
        #expect(result.status == 65, "\(result.stderr)")
        let url = Self.golden.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(result.stdout.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(result.stdout == expected, "run with UPDATE_GOLDEN=1 to regenerate \(file), then review the diff")
    }
}

/// A clerk's edits to the templates take effect at the next run, and a mistake in one is placed.
@Suite struct TemplateEditingTests {
    func copyOfTemplatesAndConfig() throws -> (folder: URL, config: URL) {
        let root = BriefingProcess.repositoryRoot
        let folder = try BriefingProcess.temporaryDirectory()
        let templates = folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: root.appendingPathComponent("Templates"), to: templates)
        var config = try String(contentsOf: root.appendingPathComponent("Config/briefing.yaml"), encoding: .utf8)
        config = config.replacingOccurrences(of: "../Samples", with: root.appendingPathComponent("Samples").path)
            .replacingOccurrences(of: "templates: ../Templates", with: "templates: \(templates.path)")
            .replacingOccurrences(of: "metrics: metrics.yaml", with: "metrics: \(root.appendingPathComponent("Config/metrics.yaml").path)")
            .replacingOccurrences(of: "rules: rules.yaml", with: "rules: \(root.appendingPathComponent("Config/rules.yaml").path)")
        let configURL = folder.appendingPathComponent("briefing.yaml")
        try config.write(to: configURL, atomically: true, encoding: .utf8)
        return (folder, configURL)
    }

    func edit(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func anEditedWordingShowsInTheNextRunWithoutARebuild() throws {
        let (folder, config) = try copyOfTemplatesAndConfig()
        defer { try? FileManager.default.removeItem(at: folder) }
        try edit(folder.appendingPathComponent("Templates/_themes.txt"), "为民服务方面，各驻村工作队", "在为民办实事方面，全体驻村干部")
        let result = try BriefingProcess.run(["--county", "芒康", "--config", config.path, "--today", "2021-11-02"])
        #expect(result.stdout.contains("在为民办实事方面，全体驻村干部走访农户"))
    }

    @Test(arguments: [
        ("_themes.txt", "{{ m.visits }}", "{{ m.vistis }}", "_themes.txt:2:", "未知的变量“m.vistis”"),
        ("_themes.txt", "{{ m.visits }}", "{{ m.visits|approxx }}", "_themes.txt:2:", "approxx"),
        ("_themes.txt", "{% endparagraph %}", "", "_themes.txt", "endparagraph"),
        ("county.txt", "{{ staffing.cadres }}", "{{ staffng.cadres }}", "county.txt:4:", "未知的变量“staffng”"),
    ])
    func aTemplateMistakeNamesFileLineAndColumnAndExits78(file: String, old: String, new: String, place: String,
                                                           words: String) throws {
        let (folder, config) = try copyOfTemplatesAndConfig()
        defer { try? FileManager.default.removeItem(at: folder) }
        let themes = folder.appendingPathComponent("Templates/\(file)")
        let text = try String(contentsOf: themes, encoding: .utf8)
        let range = try #require(text.range(of: old))
        try text.replacingCharacters(in: range, with: new).write(to: themes, atomically: true, encoding: .utf8)
        let result = try BriefingProcess.run(["--county", "芒康", "--config", config.path])
        #expect(result.status == 78)
        #expect(result.stderr.contains(place), "\(result.stderr)")
        #expect(result.stderr.contains(words), "\(result.stderr)")
        #expect(result.stdout.isEmpty, "nothing half-rendered is printed")
    }
}
