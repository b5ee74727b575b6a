import Foundation

/// Everything rules.yaml decides: the cross-field rules, the policy thresholds (per province where a
/// province sets its own), how much each built-in check matters, and what counts as an outlier.
/// A key left out of the file keeps its default, so a file need only say what it changes.
public struct RuleSet: Hashable, Sendable {
    public var crossField: [CrossFieldRule]
    public var thresholds: Thresholds
    /// By province name as the config's `units:` spells it.
    public var provinceThresholds: [String: Thresholds]
    public var severities: CheckSeverities
    public var outliers: OutlierSettings

    /// The thresholds that hold in `province`.
    public func thresholds(for province: String) -> Thresholds { provinceThresholds[province] ?? thresholds }

    /// The rules in force where no rules file is given: those of Config/rules.yaml. Default cross-field
    /// rules whose metrics a province's catalog lacks are left out.
    public static func defaults(for catalog: MetricCatalog) -> RuleSet {
        RuleSet(crossField: defaultCrossFieldRules.compactMap { try? $0.rule(in: catalog) },
                thresholds: Thresholds(), provinceThresholds: [:], severities: CheckSeverities(),
                outliers: OutlierSettings())
    }

    private struct RuleText {
        let id, left, comparison, right: String
        let severity: Severity
        let message: String

        func rule(in catalog: MetricCatalog) throws(RuleTextError) -> CrossFieldRule {
            try CrossFieldRule(id: id, left: RuleExpression(parsing: left, catalog: catalog),
                               comparison: ComparisonOperator.parse(comparison),
                               right: RuleExpression(parsing: right, catalog: catalog),
                               severity: severity, missing: .skipIfAnyMissing, message: MessageTemplate(message))
        }
    }

    private static let defaultCrossFieldRules = [
        RuleText(id: "rule.grievances_resolved_le_received", left: "grievances_resolved", comparison: "<=",
                 right: "grievances_received", severity: .error,
                 message: "解决困难诉求{left_value}，多于收集困难诉求{right_value}；解决的不能多于收集的，请核对这两项后改正"),
        RuleText(id: "rule.disputes_resolved_le_found", left: "disputes_resolved", comparison: "<=",
                 right: "disputes_found", severity: .error,
                 message: "化解矛盾纠纷{left_value}，多于排查矛盾纠纷{right_value}；化解的不能多于排查出的，请核对这两项后改正"),
        RuleText(id: "rule.study_attendance_ge_sessions", left: "study_attendance", comparison: ">=",
                 right: "study_sessions", severity: .warning,
                 message: "宣讲受众{left_value}，少于宣讲教育{right_value}，即有的宣讲无人参加；请核对这两项"),
        RuleText(id: "rule.trainees_ge_trainings", left: "trainees", comparison: ">=",
                 right: "trainings", severity: .warning,
                 message: "培训群众{left_value}，少于技能培训{right_value}，即有的培训无人参加；请核对这两项"),
    ]

    /// Reads rules.yaml; every mistake, down to an unknown metric id or province, is placed by line and column.
    static func load(from url: URL, displayPath: String, catalog: MetricCatalog,
                     jurisdiction: Jurisdiction) throws(ConfigError) -> RuleSet {
        try YAMLFile.decode(RulesFile.self, from: url, displayPath: displayPath,
                            userInfo: [RulesContext.key: RulesContext(catalog: catalog, jurisdiction: jurisdiction)]).rules
    }
}

/// rules.yaml as written. Kept apart from `RuleSet` so that decoding, which needs the catalog, stays internal.
private struct RulesFile: Decodable {
    let rules: RuleSet

    enum Keys: String, CodingKey, CaseIterable {
        case cross_field, thresholds, provinces, severity, outliers
    }

    init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(Keys.self)
        let context = RulesContext.of(decoder)
        let container = try decoder.container(keyedBy: Keys.self)
        var rules = RuleSet.defaults(for: context.catalog)
        if container.contains(.cross_field) {
            rules.crossField = try container.decode([CrossFieldRuleEntry].self, forKey: .cross_field).map(\.rule)
            var seen = Set<FindingCode>()
            for (index, rule) in rules.crossField.enumerated() where !seen.insert(rule.code).inserted {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: container.codingPath + [Keys.cross_field, AnyKey(intValue: index), AnyKey(stringValue: "id")],
                    debugDescription: "规则标识“\(rule.code)”重复；每条规则的标识都是公开的问题代码，必须唯一"))
            }
        }
        if container.contains(.thresholds) {
            rules.thresholds = try rules.thresholds.overridden(by: container.superDecoder(forKey: .thresholds))
        }
        if container.contains(.provinces) {
            let provinces = try container.nestedContainer(keyedBy: AnyKey.self, forKey: .provinces)
            for key in provinces.allKeys {
                guard let province = context.jurisdiction.unit(named: key.stringValue), province.level == .province else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: provinces,
                                                           debugDescription: "“\(key.stringValue)”不是配置 units 中的省（区）")
                }
                rules.provinceThresholds[province.name] = try rules.thresholds.overridden(by: provinces.superDecoder(forKey: key))
            }
        }
        if container.contains(.severity) {
            rules.severities = try rules.severities.overridden(by: container.superDecoder(forKey: .severity))
        }
        if container.contains(.outliers) {
            rules.outliers = try rules.outliers.overridden(by: container.superDecoder(forKey: .outliers))
        }
        self.rules = rules
    }
}

/// One item of `cross_field:`.
private struct CrossFieldRuleEntry: Decodable {
    let rule: CrossFieldRule

    enum Keys: String, CodingKey, CaseIterable {
        case id, left, `operator`, right, severity, missing, message
    }

    init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(Keys.self)
        let catalog = RulesContext.of(decoder).catalog
        let container = try decoder.container(keyedBy: Keys.self)
        let id = try container.decode(String.self, forKey: .id)
        func expression(_ text: String) throws(RuleTextError) -> RuleExpression {
            try RuleExpression(parsing: text, catalog: catalog)
        }
        func severity(_ text: String) throws(RuleTextError) -> Severity { try Severity.parse(text) }
        let left = try container.parse(.left, with: expression)
        let comparison = try container.parse(.operator, with: ComparisonOperator.parse)
        let right = try container.parse(.right, with: expression)
        // A breach of a rule without a severity is broken data: an error.
        let level = container.contains(.severity) ? try container.parse(.severity, with: severity) : .error
        let missing = container.contains(.missing) ? try container.parse(.missing, with: MissingValueStrategy.parse) : .skipIfAnyMissing
        let message = container.contains(.message) ? try container.parse(.message, with: MessageTemplate.init) : nil
        do {
            rule = try CrossFieldRule(id: id, left: left, comparison: comparison, right: right, severity: level,
                                      missing: missing, message: message)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }
}
