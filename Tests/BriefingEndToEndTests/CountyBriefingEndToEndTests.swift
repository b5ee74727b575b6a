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

/// `--trace` and `--script`, checked against the workbook the same run would write.
@Suite struct BriefingTraceEndToEndTests {
    @Test func everyTracedFigureIsInTheNamedWorkbookCell() throws {
        let out = try BriefingProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let common = ["--today", "2021-11-02"]
        _ = try BriefingProcess.run(["nightly", "--out", out.path] + common)
        for (option, unit) in [("--county", "芒康县"), ("--prefecture", "昌都市"), ("--sender", "自治区农业农村厅")] {
            let result = try BriefingProcess.run([option, unit, "--trace"] + common)
            let parts = result.stdout.components(separatedBy: "\n——数字来源：")
            #expect(parts.count == 2, "\(result.stdout)")
            let traced = parts[1].split(separator: "\n")
            let workbookName = try #require(traced.first?.split(separator: "——").first.map(String.init))
            let entries = traced.dropFirst().map { $0.split(separator: "\t").map(String.init) }
            #expect(entries.count > 20)
            // Each stated figure appears in the prose, in order.
            var prose = Substring(parts[0])
            for entry in entries {
                let found = try #require(prose.range(of: entry[0]), "\(entry[0]) is not in the briefing")
                prose = prose[found.upperBound...]
            }
            let workbook = out.appendingPathComponent("2021-04_2021-10/\(workbookName)").path
            #expect(FileManager.default.fileExists(atPath: workbook), "\(workbookName)")
            let check = try BriefingProcess.run(BriefingProcess.python, ["-c", """
                import openpyxl, sys
                from decimal import Decimal
                wb = openpyxl.load_workbook(sys.argv[1])
                bad = []
                for line in sys.stdin.read().splitlines():
                    text, cell, value = line.split("\\t")
                    sheet, ref = cell.split("!")
                    got = wb[sheet][ref].value
                    if "/" in value:
                        n, d = map(Decimal, value.split("/"))
                        ok = abs(Decimal(str(got)) - n / d) < Decimal("0.000001")
                    elif value.endswith("元"):
                        ok = got is not None
                    else:
                        ok = Decimal(str(got)) == Decimal(value)
                    if not ok:
                        bad.append(f"{cell}: {got} != {value}")
                print("\\n".join(bad))
                sys.exit(1 if bad else 0)
                """, workbook], stdin: entries.map { $0.joined(separator: "\t") }.joined(separator: "\n"))
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        }
    }

    @Test func traditionalScriptOnRequest() throws {
        let result = try BriefingProcess.run(["--county", "芒康", "--script", "hant", "--today", "2021-11-02"])
        #expect(result.stdout.hasPrefix("芒康縣駐村工作情況簡報\n"))
        #expect(result.stdout.contains("（2021年4月—10月）"))
    }
}
