import Foundation
import Testing

/// `briefing --county …` as a clerk types it.
@Suite struct CountyBriefingEndToEndTests {
    @Test(arguments: ["芒康", "芒康县"])
    func printsTheCountyBriefing(name: String) throws {
        let result = try BriefingProcess.run(["--county", name, "--today", "2021-11-02"])
        #expect(result.status == 65 || result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "芒康县驻村工作情况简报")
        #expect(lines.dropFirst().first == "（2021年4月—10月）")
        #expect(result.stdout.contains("自今年4月以来，芒康县共选派驻村干部"))
        #expect(!result.stdout.contains("\u{E000}"))
    }

    @Test func periodAndFromSetTheWindow() throws {
        let result = try BriefingProcess.run(["--county", "芒康", "--from", "2021-06", "--period", "2021-09", "--today", "2021-11-02"])
        #expect(result.stdout.contains("（2021年6月—9月）"))
        #expect(result.stdout.contains("自今年6月以来"))
        let later = try BriefingProcess.run(["--county", "芒康", "--period", "2021-10", "--today", "2022-03-01"])
        #expect(later.stdout.contains("2021年4月至10月，芒康县共选派驻村干部"))
    }

    @Test func aTraditionalScriptNameFindsTheCounty() throws {
        let result = try BriefingProcess.run(["--county", "白玉縣", "--today", "2021-11-02"])
        #expect(result.stdout.hasPrefix("白玉县驻村工作情况简报\n"))
    }

    @Test func anUnknownCountyExits69WithNearMatches() throws {
        let result = try BriefingProcess.run(["--county", "芒康镇"])
        #expect(result.status == 69)
        #expect(result.stderr.contains("芒康县"))
    }

    @Test func aBrokenConfigExits78AndNamesTheLine() throws {
        let folder = try BriefingProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("briefing.yaml")
        try "batch_start: 2021-04\ninputs:\n  teams: [a.csv\n".write(to: config, atomically: true, encoding: .utf8)
        let result = try BriefingProcess.run(["--county", "芒康", "--config", config.path])
        #expect(result.status == 78)
        #expect(result.stderr.contains("briefing.yaml:4:1: YAML语法错误"), "\(result.stderr)")
    }
}
