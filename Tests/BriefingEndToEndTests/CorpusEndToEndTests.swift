import Foundation
import Testing

/// Tests/Corpus: the mistakes clerks and reporting systems make, one case folder each. A case holds the
/// files it breaks and `expected.json`; every other input is the clean data set in Tests/Corpus/base.
/// Each case runs `briefing validate --json` and `briefing nightly` as an operator would.
@Suite struct CorpusEndToEndTests {
    @Test func theCorpusHoldsAtLeastFortyCases() {
        #expect(CorpusCase.all.count >= 40)
    }

    /// Every expected finding is reported at its place; every other error or warning is a failure (info
    /// findings, the outlier hints, are not); the accounting per file and the exit codes are as expected.
    @Test(arguments: CorpusCase.all)
    func findingsAccountsAndExitCodesAreAsExpected(_ corpusCase: CorpusCase) throws {
        let expectation = try corpusCase.expectation()
        #expect(expectation.exitCode == (expectation.findings.contains { $0.severity == "error" } ? 65 : 0),
                "expected.json: the exit code does not follow from the findings")
        let folder = try BriefingProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try corpusCase.assemble(in: folder, generating: expectation.generated ?? [:])
        let common = ["--config", config.path, "--period", "2021-05", "--today", "2021-06-10"]

        let validate = try BriefingProcess.run(["validate", "--json"] + common)
        try #require(validate.exitedNormally, "validate crashed: \(validate.stderr)")
        #expect(validate.status == expectation.exitCode, "\(validate.stderr)")
        let output = try JSONDecoder().decode(ValidateOutput.self, from: Data(validate.stdout.utf8))
        var unmatched = output.findings
        for expected in expectation.findings {
            if let index = unmatched.firstIndex(where: expected.matches) {
                unmatched.remove(at: index)
            } else {
                Issue.record("not reported: \(expected)")
            }
        }
        for finding in unmatched where finding.severity != "info" {
            let place = "\(finding.fileName):\(finding.line.map(String.init) ?? "-") column \(finding.column ?? "-")"
            Issue.record("unexpected \(finding.severity) \(finding.code) at \(place): \(finding.message.prefix(300))")
        }
        for input in output.summary.inputs {
            #expect(input.recordsRead == input.recordsAccepted + input.recordsRejected, "\(input.fileName)")
        }
        let accounts = Dictionary(uniqueKeysWithValues: output.summary.inputs.map {
            ($0.fileName, CorpusExpectation.Account(read: $0.recordsRead, accepted: $0.recordsAccepted, rejected: $0.recordsRejected))
        })
        #expect(accounts == expectation.accounts)

        // The same inputs through the cron job: workbooks written from the valid records, whatever the mistake.
        let out = folder.appendingPathComponent("out")
        let nightly = try BriefingProcess.run(["nightly", "--out", out.path] + common)
        try #require(nightly.exitedNormally, "nightly crashed: \(nightly.stderr)")
        #expect(nightly.status == expectation.exitCode, "\(nightly.stderr)")
        for (county, figures) in expectation.totals ?? [:] {
            let overview = try WorkbookOverview.read(out.appendingPathComponent("2021-04_2021-05/\(county)驻村工作统计表.xlsx"))
            for (metric, value) in figures {
                #expect(overview[metric] == value, "\(county) \(metric)")
            }
        }
    }
}

/// One folder of Tests/Corpus/cases.
struct CorpusCase: Sendable, CustomTestStringConvertible {
    static let root = BriefingProcess.repositoryRoot.appendingPathComponent("Tests/Corpus")
    static let kinds = ["teams", "cadres", "reports", "attendance"]
    static let all: [CorpusCase] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("cases").path)) ?? []
        return names.sorted().map(CorpusCase.init)
    }()

    let name: String
    var testDescription: String { name }
    var folder: URL { Self.root.appendingPathComponent("cases/\(name)") }

    func expectation() throws -> CorpusExpectation {
        try JSONDecoder().decode(CorpusExpectation.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
    }

    /// Copies the case's files and generates its large or binary ones into `target`, each standing in
    /// for the base file of the kind its name starts with; the base supplies the other kinds.
    func assemble(in target: URL, generating generated: [String: String]) throws -> URL {
        let manager = FileManager.default
        var inputs: [String: [String]] = [:]
        for file in try manager.contentsOfDirectory(atPath: folder.path) where file != "expected.json" {
            try manager.copyItem(at: folder.appendingPathComponent(file), to: target.appendingPathComponent(file))
            inputs[Self.kind(of: file), default: []].append(file)
        }
        for (file, generator) in generated {
            try GeneratedInput.write(generator, to: target.appendingPathComponent(file))
            inputs[Self.kind(of: file), default: []].append(file)
        }
        for kind in Self.kinds where inputs[kind] == nil {
            try manager.copyItem(at: Self.root.appendingPathComponent("base/\(kind).csv"),
                                 to: target.appendingPathComponent("\(kind).csv"))
            inputs[kind] = ["\(kind).csv"]
        }
        return try TestConfig(inputs: inputs, counties: ["芒康县", "左贡县"], batchStart: "2021-04").write(in: target)
    }

    private static func kind(of file: String) -> String {
        String(file.prefix { $0 != "." })
    }
}

/// A case's expected.json.
struct CorpusExpectation: Decodable {
    struct Account: Decodable, Equatable {
        let read: Int
        let accepted: Int
        let rejected: Int
    }

    /// `line` and `column` must be as given (null: none); the keys and the message text only where given.
    struct Finding: Decodable, CustomStringConvertible {
        let code: String
        let severity: String
        let file: String
        let line: Int?
        let column: String?
        let teamID: String?
        let cadreID: String?
        let period: String?
        let messageContains: String?

        enum CodingKeys: String, CodingKey {
            case code, severity, file, line, column, period
            case teamID = "team_id", cadreID = "cadre_id", messageContains = "message_contains"
        }

        func matches(_ reported: ValidateOutput.Finding) -> Bool {
            reported.code == code && reported.severity == severity && reported.fileName == file
                && reported.line == line && reported.column == column
                && (teamID == nil || reported.teamID == teamID) && (cadreID == nil || reported.cadreID == cadreID)
                && (period == nil || reported.period == period)
                && (messageContains.map(reported.message.contains) ?? true)
        }

        var description: String {
            "\(severity) \(code) at \(file):\(line.map(String.init) ?? "-") column \(column ?? "-")"
                + (messageContains.map { " saying “\($0)”" } ?? "")
        }
    }

    let about: String
    /// File name → generator of GeneratedInput.
    let generated: [String: String]?
    let exitCode: Int32
    let findings: [Finding]
    /// File name → its records.
    let accounts: [String: Account]
    /// County → metric name → the 汇总 figure of its workbook (money in 元).
    let totals: [String: [String: Double]]?

    enum CodingKeys: String, CodingKey {
        case about, generated, findings, accounts, totals
        case exitCode = "exit_code"
    }
}

/// Inputs too large or too binary to commit, made the same on every run.
enum GeneratedInput {
    static func write(_ generator: String, to url: URL) throws {
        switch generator {
        case "random":
            // A 64-bit LCG, the top byte of each state.
            var state: UInt64 = 2021
            let bytes = (0..<4096).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(state >> 56)
            }
            try Data(bytes).write(to: url)
        case "png":
            // A 1×1 white PNG.
            let hex = "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478"
                + "9c63f8ffff3f0005fe02fe0def46b80000000049454e44ae426082"
            let bytes = stride(from: 0, to: hex.count, by: 2).map { offset -> UInt8 in
                let start = hex.index(hex.startIndex, offsetBy: offset)
                return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)!
            }
            try Data(bytes).write(to: url)
        case "xlsx":
            let result = try BriefingProcess.run(BriefingProcess.python, ["-c", """
                import openpyxl, sys
                workbook = openpyxl.Workbook()
                workbook.active.append(["报告期", "工作队编号", "走访农户"])
                workbook.active.append(["2021-04", "MK-01", 56])
                workbook.save(sys.argv[1])
                """, url.path])
            guard result.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: result.stderr]) }
        case "ten_megabyte_line", "lost_line_ends":
            // The base records repeated to 10 MB, separated by spaces instead of line ends; without a
            // single line end, even the header runs into them.
            let lines = try baseLines("reports")
            let records = lines.dropFirst().joined(separator: " ")
            let repeated = Array(repeating: records, count: 10_000_000 / records.utf8.count + 1).joined(separator: " ")
            try Data((lines[0] + (generator == "lost_line_ends" ? "\n" : " ") + repeated).utf8).write(to: url)
        case "long_cell":
            let sendingUnit = String(repeating: "芒康县卫健委", count: 6_667)
            let team = "MK-03,芒康县卫健委驻沙马村工作队,芒康县,沙马乡,沙马村,\(sendingUnit),驻村帮扶,2021-04-01,2023-04-01"
            try Data(((try baseLines("teams")) + [team, ""]).joined(separator: "\n").utf8).write(to: url)
        case "huge_figure":
            var lines = try baseLines("reports")
            lines[1] = lines[1].replacingOccurrences(of: ",56,", with: ",约\(String(repeating: "5", count: 32_700)),")
            try Data((lines + [""]).joined(separator: "\n").utf8).write(to: url)
        default:
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "no generator \(generator)"])
        }
    }

    private static func baseLines(_ kind: String) throws -> [String] {
        let text = try String(contentsOf: CorpusCase.root.appendingPathComponent("base/\(kind).csv"), encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
    }
}
