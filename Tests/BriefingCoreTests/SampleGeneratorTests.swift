import Foundation
import Testing
@testable import BriefingCore

@Suite struct SampleGeneratorTests {
    @Test func sameOptionsGiveTheSameBytes() throws {
        let first = try SampleFixtures.withSample { folder, _ in try SampleFixtures.files(in: folder) }
        let second = try SampleFixtures.withSample { folder, _ in try SampleFixtures.files(in: folder) }
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, data) in first {
            #expect(second[path] == data, "\(path) differs between two runs")
        }
        let otherSeed = try SampleFixtures.withSample(SampleOptions(seed: 2)) { folder, _ in
            try SampleFixtures.files(in: folder)
        }
        #expect(otherSeed["reports/芒康县.csv"] != first["reports/芒康县.csv"])
        #expect(otherSeed["cadres.csv"] != first["cadres.csv"])
    }

    @Test func defaultSetHasTheFilesAndCountsAsked() throws {
        try SampleFixtures.withSample { folder, summary in
            let files = try SampleFixtures.files(in: folder)
            #expect(Set(files.keys) == Set(summary.files))
            #expect(files.values.reduce(0) { $0 + $1.count } == summary.bytesWritten)
            #expect(summary.bytesWritten < 200_000)
            #expect(Set(summary.files) == [
                "teams.csv", "cadres.csv", "briefing.yaml", "PROBLEMS.md",
                "reports/芒康县.csv", "reports/左贡县.jsonl", "reports/八宿县.csv", "reports/乃东区.csv",
                "reports/扎囊县.csv", "reports/白玉县.csv",
                "attendance/芒康县.csv", "attendance/左贡县.csv", "attendance/八宿县.csv", "attendance/乃东区.csv",
                "attendance/扎囊县.csv", "attendance/白玉县.csv",
            ])

            let teams = try #require(SampleFixtures.table(files["teams.csv"]!))
            let cadres = try #require(SampleFixtures.table(files["cadres.csv"]!))
            let reports = try SampleFixtures.reports(in: files)
            let attendance = try files.filter { $0.key.hasPrefix("attendance/") }.values
                .reduce(0) { $0 + (try #require(SampleFixtures.table($1))).rows.count }
            // 6 counties × 4 teams, plus the stray team of 察雅县, which has no cadres.
            #expect(teams.rows.count == 25 && summary.teams == 25)
            #expect(cadres.rows.count == summary.cadres && (72...120).contains(summary.cadres))
            // 24 teams × 7 months, less one skipped month, plus a duplicate and a report of an unknown team.
            #expect(reports.count == 169 && summary.reports == 169)
            #expect(attendance == summary.cadres * 7 && summary.attendance == attendance)

            #expect(teams.header == SampleGenerator.teamsHeaders)
            #expect(cadres.header == SampleGenerator.cadresHeaders)
            let roles = Set(cadres.rows.map { $0.cells["职务"]! })
            #expect(roles == ["第一书记", "队长", "第一书记兼队长", "队员"])
            for team in Set(cadres.rows.map { $0.cells["工作队编号"]! }) {
                #expect((3...5).contains(cadres.rows.filter { $0.cells["工作队编号"] == team }.count))
            }
        }
    }

    @Test func everyListedProblemIsInPlaceAndNothingElseIsWrong() throws {
        try SampleFixtures.withSample { folder, summary in
            #expect(Set(summary.problems.map(\.kind)) == Set(SampleProblem.Kind.allCases))
            #expect(summary.problems.count == SampleProblem.Kind.allCases.count)
            try checkAgainstProblemList(folder, summary)
        }
    }

    @Test func largerSetsKeepProblemsRareAndListed() throws {
        try SampleFixtures.withSample(SampleOptions(counties: 130, teamsPerCounty: 3, months: 3)) { folder, summary in
            // The nine of the default counties, and one in every fifty invented counties.
            #expect(summary.problems.count == 9 + 2)
            try checkAgainstProblemList(folder, summary)
        }
    }

    @Test func reportsFilesShowTheWaysOfficesSaveThem() throws {
        try SampleFixtures.withSample { folder, _ in
            let files = try SampleFixtures.files(in: folder)
            let gb = try #require(files["reports/乃东区.csv"])
            #expect(String(data: gb, encoding: .utf8) == nil)
            let decoded = try #require(String(data: gb, encoding: SampleFixtures.gb18030))
            #expect(decoded.hasPrefix("报告期,工作队编号,填报日期,走访农户"))
            #expect(decoded.contains("\r\n2021年4月,540502-01,2021年5月"))

            #expect(files["reports/八宿县.csv"]!.starts(with: [0xEF, 0xBB, 0xBF]))
            #expect(SampleFixtures.text(files["reports/八宿县.csv"]!).contains(",\"") )
            #expect(SampleFixtures.text(files["reports/扎囊县.csv"]!).contains(",投入帮扶资金（万元）,"))

            let teams = SampleFixtures.text(files["teams.csv"]!)
            #expect(teams.contains(",芒康,") && teams.contains(",白玉縣,"))

            for line in SampleFixtures.lines(SampleFixtures.text(files["reports/左贡县.jsonl"]!)) {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.text.utf8)) as? [String: Any])
                #expect(object["period"] is String && object["team_id"] is String)
                #expect(object["visits"] == nil || object["visits"] is NSNumber)
            }
            let problems = SampleFixtures.text(files["PROBLEMS.md"]!)
            #expect(problems.contains("reports/乃东区.csv：GB18030 编码"))
        }
    }

    @Test func configListsEveryCountyOnce() throws {
        try SampleFixtures.withSample(SampleOptions(counties: 25)) { folder, _ in
            let config = SampleFixtures.text(try Data(contentsOf: folder.appendingPathComponent("briefing.yaml")))
            #expect(config.hasPrefix("# 由 briefing sample 生成的示例配置\n"))
            for line in ["batch_start: 2021-04", "  reports: reports/*", "metrics: metrics.yaml", "rules: rules.yaml",
                         "templates: ../Templates", "office: 示例驻村工作办公室", "  - province: 西藏自治区",
                         "            aliases: [芒康]", "            recipients: [mangkang@example.org]"] {
                #expect(config.contains(line + "\n") || config.contains(line + " "), "missing: \(line)")
            }
            let counties = config.split(separator: "\n").filter { $0.hasPrefix("          - name: ") }
            #expect(counties.count == 25)
            #expect(Set(counties).count == 25)
            #expect(!config.contains(SampleNames.countyOutsideConfig.name))
        }
    }

    @Test func withoutRulesTheConfigHasNoRulesLine() throws {
        let folder = SampleFixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try SampleGenerator(options: SampleOptions(counties: 1), metrics: SampleFixtures.defaultCatalog)
            .write(to: folder, metricsPath: "../Config/metrics.yaml", templatesPath: "../Templates")
        let config = try String(contentsOf: folder.appendingPathComponent("briefing.yaml"), encoding: .utf8)
        #expect(config.contains("\nmetrics: ../Config/metrics.yaml\ntemplates: ../Templates\n"))
        #expect(!config.contains("rules:"))
        #expect(summary.description.hasPrefix("已写入 6 个文件（"))
        #expect(summary.description.contains("工作队 5 支") && summary.description.contains("问题 4 处"))
    }

    @Test func largestGeographyHasUniqueNamesAndAddresses() {
        let geography = SampleGeography(countyCount: SampleGeography.maximumCountyCount)
        #expect(geography.counties.count == SampleGeography.maximumCountyCount)
        let names = geography.counties.map(\.name) + geography.prefectures.map(\.name) + geography.provinces.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(!names.contains(SampleNames.countyOutsideConfig.name))
        let emails = geography.counties.map(\.email) + geography.prefectures.map(\.email) + geography.provinces.map(\.email)
        #expect(Set(emails).count == emails.count)
        #expect(Set(geography.counties.map(\.code)).count == geography.counties.count)
        #expect(geography.prefectures.allSatisfy { $0.counties.count <= SampleGeography.countiesPerPrefecture })
        #expect(geography.provinces.allSatisfy { $0.prefectures.count <= SampleGeography.prefecturesPerProvince })
        #expect(geography.counties.prefix(3).map(\.name) == ["芒康县", "左贡县", "八宿县"])
    }

    @Test func badOptionsAndForeignFilesAreRefused() throws {
        let folder = SampleFixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ options: SampleOptions) throws {
            _ = try SampleGenerator(options: options, metrics: SampleFixtures.defaultCatalog)
                .write(to: folder, metricsPath: "m", rulesPath: "r", templatesPath: "t")
        }
        #expect(throws: SampleError.invalidOption(name: "--counties", value: 0, allowed: SampleOptions.countiesRange)) {
            try write(SampleOptions(counties: 0))
        }
        #expect(throws: SampleError.self) { try write(SampleOptions(months: 0)) }
        try write(SampleOptions(counties: 2))
        try write(SampleOptions(counties: 2)) // its own files are overwritten
        try write(SampleOptions(counties: 3)) // a superset is fine too
        #expect(throws: SampleError.foreignFiles(folder: folder.appendingPathComponent("reports").path,
                                                 names: ["八宿县.csv", "左贡县.jsonl"])) {
            try write(SampleOptions(counties: 1))
        }
    }

    @Test func moneyInWanYuanIsExact() {
        var bytes = SampleBytes()
        for yuan in [125_300, 125_000, 120_000, 100, 0] {
            bytes.append(wanYuanFromYuan: yuan)
            bytes.appendComma()
        }
        bytes.appendGroupedField(1_935_000)
        bytes.appendComma()
        bytes.append(int: -73)
        #expect(String(decoding: bytes.bytes, as: UTF8.self) == "12.53,12.5,12,0.01,0,\"1,935,000\",-73")
    }

    // MARK: The check shared by the default and the larger set

    /// Reads the sample back and holds it against its `PROBLEMS.md`: every listed problem is where it is
    /// listed, and no other row breaks a rule (whole non-negative counts, resolved ≤ found, reports in by
    /// the 5th, each team and month once, 20 days or more in the village, no more days than the month has).
    private func checkAgainstProblemList(_ folder: URL, _ summary: SampleSummary) throws {
        let files = try SampleFixtures.files(in: folder)
        let problemList = SampleFixtures.text(files["PROBLEMS.md"]!)
        var unseen = Set(summary.problems)
        for problem in summary.problems {
            #expect(problemList.contains(problem.listing + "\n"))
        }
        func listed(_ kind: SampleProblem.Kind, _ file: String, _ line: Int?, team: String? = nil,
                    period: String? = nil) -> Bool {
            guard let problem = summary.problems.first(where: {
                $0.kind == kind && $0.file == file && $0.line == line
                    && (team == nil || $0.teamID == team) && (period == nil || $0.period?.description == period)
            }) else { return false }
            unseen.remove(problem)
            return true
        }

        let config = SampleFixtures.text(files["briefing.yaml"]!)
        let teams = try #require(SampleFixtures.table(files["teams.csv"]!))
        var rosterTeams = Set<String>()
        for (line, row) in teams.rows {
            let county = row["县（市、区）"]!
            let known = config.contains("- name: \(county)\n") || config.contains("aliases: [\(county)]")
                || SampleNames.traditionalCountyNames.values.contains(county)
            if known {
                rosterTeams.insert(row["工作队编号"]!)
            } else {
                #expect(listed(.countyNotInConfig, "teams.csv", line, team: row["工作队编号"]), "teams.csv:\(line)")
            }
        }
        let cadres = try #require(SampleFixtures.table(files["cadres.csv"]!))
        let cadreTeams = Dictionary(uniqueKeysWithValues: cadres.rows.map { ($0.cells["干部编号"]!, $0.cells["工作队编号"]!) })
        #expect(Set(cadreTeams.values).isSubset(of: rosterTeams))

        let reports = try SampleFixtures.reports(in: files).sorted { ($0.file, $0.line) < ($1.file, $1.line) }
        let periods = Set(reports.map(\.period))
        var seen = Set<String>()
        for report in reports {
            let place = "\(report.file):\(report.line)"
            if !rosterTeams.contains(report.teamID) {
                #expect(listed(.unknownTeam, report.file, report.line, team: report.teamID), "\(place)")
            }
            if !seen.insert(report.teamID + report.period).inserted {
                #expect(listed(.conflictingDuplicate, report.file, report.line, team: report.teamID), "\(place)")
            }
            if report.submittedDay > 5 {
                #expect(listed(.lateReport, report.file, report.line, team: report.teamID), "\(place)")
            }
            var numbers: [String: Int] = [:]
            for (id, cell) in report.cells {
                guard let number = Int(cell) else {
                    #expect(cell == "7万余" && listed(.approximateNumber, report.file, report.line), "\(place) \(id)=\(cell)")
                    continue
                }
                if number < 0 {
                    #expect(listed(.negativeCount, report.file, report.line), "\(place) \(id)=\(cell)")
                }
                numbers[id] = number
            }
            for (resolved, found) in [("grievances_resolved", "grievances_received"), ("disputes_resolved", "disputes_found")] {
                if let resolved = numbers[resolved], let found = numbers[found], found >= 0 {
                    #expect(resolved <= found, "\(place)")
                }
            }
        }
        for team in rosterTeams {
            for period in periods where !seen.contains(team + period) {
                let file = try #require(reports.first { $0.teamID == team }).file
                #expect(listed(.missingReport, file, nil, team: team, period: period), "\(team) \(period)")
            }
        }

        var attendanceSeen = Set<String>()
        for (path, data) in files where path.hasPrefix("attendance/") {
            let table = try #require(SampleFixtures.table(data))
            #expect(table.header == SampleCountyGenerator.attendanceHeaders)
            for (line, row) in table.rows {
                let cadre = row["干部编号"]!
                let period = try #require(Period(year: Int(row["报告期"]!.prefix(4))!, month: Int(row["报告期"]!.suffix(2))!))
                #expect(cadreTeams[cadre] != nil && attendanceSeen.insert(cadre + period.description).inserted)
                let days = Int(row["在村天数"]!)!
                let leave = Int(row["请假天数"]!)!
                #expect(Int(row["缺勤次数"]!)! >= 0 && leave >= 0)
                if days > period.numberOfDays {
                    #expect(listed(.daysOverMonth, path, line), "\(path):\(line)")
                } else {
                    #expect(days + leave <= period.numberOfDays, "\(path):\(line)")
                }
                if days < 20 {
                    #expect(listed(.fewDaysInVillage, path, line), "\(path):\(line)")
                }
            }
        }
        #expect(attendanceSeen.count == cadreTeams.count * periods.count)
        #expect(unseen.isEmpty, "listed but not found: \(unseen.map(\.listing))")
    }
}
