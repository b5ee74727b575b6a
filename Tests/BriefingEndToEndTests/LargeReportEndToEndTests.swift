import Foundation
import Testing

/// 10,000 monthly reports, 10 of them broken at known lines: exactly those are rejected, the findings
/// point at exactly those lines, and each county's workbook totals equal a sum the test makes itself
/// from the figures it generated.
@Suite struct LargeReportEndToEndTests {
    static let counties = ["芒康县", "左贡县", "八宿县"]
    static let teamCount = 1_000
    static let periods = (1...10).map { String(format: "2021-%02d", $0) }
    static let header = ["报告期", "工作队编号", "填报日期", "走访农户", "办实事好事", "收集困难诉求", "解决困难诉求", "投入帮扶资金"]
    /// The line of each broken record and what is wrong with it: cell index → text, or a whole row.
    static let mistakes: [Int: @Sendable (inout [String]) -> Void] = [
        2: { $0[3] = "约300" },
        777: { $0[4] = "-3" },
        1_500: { $0[3] = "45.5" },
        2_048: { $0[5] = "7万余" },
        3_333: { $0[5] = "2"; $0[6] = "5" },
        5_001: { $0[1] = "T9999" },
        6_666: { $0[0] = "2021-13" },
        8_000: { $0[2] = "2021-02-30" },
        9_500: { $0.append("多余") },
        10_001: { $0[7] = "1.2万" },
    ]

    /// One report's figures as the test knows them; nil is a blank cell.
    struct Figures {
        var visits: Int64
        var deeds: Int64?
        var received: Int64
        var resolved: Int64
        var fundsFen: Int64?
    }

    struct DataSet {
        var files: [String: String] = [:]
        /// County → metric name → total of the good records (money in 分).
        var totals: [String: [String: Int64]] = [:]
    }

    static func team(_ index: Int) -> String { String(format: "T%04d", index) }
    static func county(ofTeam index: Int) -> String { counties[index % counties.count] }

    static func generate() -> DataSet {
        var data = DataSet()
        var teams = ["工作队编号,工作队名称,县（市、区）,乡（镇）,村（社区、连队）,派出单位,进驻日期,期满日期"]
        var cadres = ["干部编号,姓名,工作队编号,职务,进驻日期"]
        for index in 1...teamCount {
            teams.append("\(team(index)),第\(index)工作队,\(county(ofTeam: index)),第\(index % 7)乡,第\(index)村,第\(index % 11)单位,2021-01-01,2023-01-01")
            for member in 1...3 {
                cadres.append("C\(index)-\(member),干部\(index)-\(member),\(team(index)),\(member == 1 ? "第一书记兼队长" : "队员"),2021-01-01")
            }
        }
        var reports = [header.joined(separator: ",")]
        var random: UInt64 = 10_000
        func next(_ bound: Int64) -> Int64 {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int64(random >> 33) % bound
        }
        for (month, period) in periods.enumerated() {
            for index in 1...teamCount {
                let line = reports.count + 1
                let received = next(10)
                let figures = Figures(visits: 20 + next(200), deeds: next(50) == 0 ? nil : next(15), received: received,
                                      resolved: received - min(received, next(3)), fundsFen: next(5) == 0 ? nil : next(5_000_000))
                var cells = [period, team(index), String(format: "2021-%02d-%02d", month + 2, 1 + line % 5),
                             line % 97 == 0 ? fullWidth(figures.visits) : String(figures.visits),
                             figures.deeds.map(String.init) ?? "", String(figures.received), String(figures.resolved),
                             figures.fundsFen.map { line % 83 == 0 ? "\"\(grouped($0))\"" : yuan($0) } ?? ""]
                if let mistake = mistakes[line] {
                    mistake(&cells)
                } else {
                    var sums = data.totals[county(ofTeam: index), default: [:]]
                    sums["走访农户", default: 0] += figures.visits
                    if let deeds = figures.deeds { sums["办实事好事", default: 0] += deeds }
                    sums["收集困难诉求", default: 0] += figures.received
                    sums["解决困难诉求", default: 0] += figures.resolved
                    if let fen = figures.fundsFen { sums["投入帮扶资金", default: 0] += fen }
                    data.totals[county(ofTeam: index)] = sums
                }
                reports.append(cells.joined(separator: ","))
            }
        }
        data.files = [
            "teams.csv": teams.joined(separator: "\n") + "\n",
            "cadres.csv": cadres.joined(separator: "\n") + "\n",
            "reports.csv": reports.joined(separator: "\n") + "\n",
            "attendance.csv": "干部编号,报告期,在村天数\n",
        ]
        return data
    }

    static func yuan(_ fen: Int64) -> String { String(format: "%lld.%02lld", fen / 100, fen % 100) }

    /// `12,345.67`, as Excel shows money with thousands separators.
    static func grouped(_ fen: Int64) -> String {
        var digits = String(fen / 100)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        return ([digits] + groups).joined(separator: ",") + String(format: ".%02lld", fen % 100)
    }

    /// `１２３`, as a Chinese input method in full-width mode types it.
    static func fullWidth(_ value: Int64) -> String {
        String(String(value).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0)!) })
    }

    @Test func tenBadRecordsAmongTenThousandAreExactlyTheOnesLeftOut() throws {
        let folder = try BriefingProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = Self.generate()
        for (name, text) in data.files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let config = try TestConfig(inputs: ["teams": ["teams.csv"], "cadres": ["cadres.csv"], "reports": ["reports.csv"],
                                             "attendance": ["attendance.csv"]],
                                    counties: Self.counties, batchStart: "2021-01").write(in: folder)
        let common = ["--config", config.path, "--period", "2021-10", "--today", "2021-11-10"]

        let validate = try BriefingProcess.run(["validate", "--json"] + common)
        #expect(validate.status == 65, "\(validate.stderr)")
        let output = try JSONDecoder().decode(ValidateOutput.self, from: Data(validate.stdout.utf8))
        let reports = try #require(output.summary.inputs.first { $0.fileName == "reports.csv" })
        #expect((reports.recordsRead, reports.recordsAccepted, reports.recordsRejected) == (10_000, 9_990, 10))
        let errors = output.findings.filter { $0.severity == "error" }
        #expect(errors.allSatisfy { $0.fileName == "reports.csv" }, "\(errors.map(\.message))")
        #expect(Set(errors.compactMap(\.line)) == Set(Self.mistakes.keys))
        let warnings = output.findings.filter { $0.severity == "warning" }
        // Each rejected report leaves its team-month unreported.
        #expect(warnings.count == 10 && warnings.allSatisfy { $0.code == "completeness.missing_report" },
                "\(warnings.map(\.message))")

        let out = folder.appendingPathComponent("out")
        let nightly = try BriefingProcess.run(["nightly", "--out", out.path] + common)
        #expect(nightly.status == 65, "\(nightly.stderr)")
        for county in Self.counties {
            let overview = try WorkbookOverview.read(out.appendingPathComponent("2021-01_2021-10/\(county)驻村工作统计表.xlsx"))
            let totals = try #require(data.totals[county])
            for (metric, total) in totals {
                let shown = try #require(overview[metric], "\(county) \(metric) is blank")
                let expected = metric == "投入帮扶资金" ? Double(total) / 100 : Double(total)
                #expect(abs(shown - expected) < 0.005, "\(county) \(metric): \(shown) ≠ \(expected)")
            }
        }
    }
}
