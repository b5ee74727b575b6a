import Foundation
import Testing
@testable import BriefingCore

@Suite struct RuleSetTests {
    @Test func theBundledRulesFileSaysWhatTheDefaultsAre() throws {
        let url = ConfigTests.repositoryRoot.appendingPathComponent("Config/rules.yaml")
        let bundled = try RuleSet.load(from: url, displayPath: url.path, catalog: RuleFixtures.catalog,
                                       jurisdiction: RuleFixtures.jurisdiction)
        var defaults = RuleSet.defaults(for: RuleFixtures.catalog)
        defaults.provinceThresholds["西藏自治区"] = defaults.thresholds
        #expect(bundled == defaults, "Config/rules.yaml and RuleSet.defaults must agree")
        #expect(bundled.crossField.count == 4)
    }

    @Test func theBundledConfigNamesTheRulesFile() throws {
        let config = try BriefingConfig.load(from: ConfigTests.repositoryRoot.appendingPathComponent("Config/briefing.yaml").path)
        #expect(config.rulesFile?.lastPathComponent == "rules.yaml")
        #expect(config.rules.crossField.map(\.code.rawValue).first == "rule.grievances_resolved_le_received")
    }

    @Test func defaultRulesOnMetricsACatalogLacksAreLeftOut() {
        #expect(RuleSet.defaults(for: TestCatalog.catalog).crossField.map(\.code.rawValue) == ["rule.grievances_resolved_le_received"])
    }

    @Test func aProvinceOverridesOnlyWhatItSets() throws {
        let rules = try RuleFixtures.rules("""
        thresholds: { min_days_in_village: 18, max_leave_days: 8 }
        provinces:
          西藏自治区: { min_days_in_village: 22 }
        """)
        #expect(rules.thresholds(for: "西藏自治区").minDaysInVillage == 22)
        #expect(rules.thresholds(for: "西藏自治区").maxLeaveDays == 8, "the rest comes from thresholds:")
        #expect(rules.thresholds(for: "四川省").minDaysInVillage == 18)
        #expect(rules.thresholds(for: "四川省").minTeamSize == 3, "unset keys keep the defaults")
    }

    @Test func offTurnsACheckOff() throws {
        let rules = try RuleFixtures.rules("severity: { late_report: off, team_size: error }")
        #expect(rules.severities.lateReport == nil)
        #expect(rules.severities.teamSize == .error)
        #expect(rules.severities.missingReport == .warning)
    }

    @Test(arguments: [
        ("cross_field:\n  - id: rule.x\n    left: grievances_solved\n    operator: \"<=\"\n    right: grievances_received\n",
         3, "grievances_solved"),
        ("thresholds:\n  min_days_in_vilage: 18\n", 2, "min_days_in_vilage"),
        ("provinces:\n  火星省: { min_team_size: 2 }\n", 2, "火星省"),
        ("cross_field:\n  - { id: rule.x, left: visits, operator: \"=>\", right: deeds }\n", 2, "运算符"),
        ("cross_field:\n  - { id: rule.x, left: visits, operator: \"<=\", right: funds }\n", 2, "金额与计数"),
        ("cross_field:\n  - { id: visits_cap, left: visits, operator: \"<=\", right: \"100\" }\n", 2, "rule."),
        ("cross_field:\n  - { id: rule.x, left: visits, operator: \"<=\", right: deeds, message: \"{left}{amount}\" }\n",
         2, "{amount}"),
        ("cross_field:\n  - { id: rule.x, left: visits, operator: \"<=\", right: deeds }\n  - { id: rule.x, left: deeds, operator: \"<=\", right: visits }\n",
         3, "重复"),
        ("severity: { outlier: loud }\n", 1, "loud"),
        ("outliers: { method: zscore }\n", 1, "zscore"),
    ])
    func aMistakeIsNamedAtItsLine(yaml: String, line: Int, mentions: String) throws {
        let error = try #require(RuleFixtures.ruleError(yaml))
        #expect(error.file == "rules.yaml")
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(mentions), "\(error)")
    }

    @Test func aRulesFileTheConfigNamesMustExist() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: ConfigTests.repositoryRoot.appendingPathComponent("Config/metrics.yaml"),
                                         to: folder.appendingPathComponent("metrics.yaml"))
        let base = """
        batch_start: 2021-04
        inputs: { teams: t.csv, cadres: c.csv, reports: r.csv, attendance: a.csv }
        units:
          - province: 西藏自治区
            prefectures: [{ name: 昌都市, counties: [{ name: 芒康县 }] }]

        """
        let path = folder.appendingPathComponent("briefing.yaml").path
        try (base + "rules: strict.yaml\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ConfigError.self) { try BriefingConfig.load(from: path) }

        try base.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try BriefingConfig.load(from: path).rulesFile == nil, "no rules named, none beside: the defaults")
        try "thresholds: { min_team_size: 4 }\n".write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        #expect(try BriefingConfig.load(from: path).rules.thresholds.minTeamSize == 4, "rules.yaml beside the config")
    }
}
