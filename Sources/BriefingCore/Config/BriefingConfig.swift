import Foundation

/// Everything a run needs from `Config/`: where the inputs are, the jurisdiction, the metric catalog, the
/// templates. Relative paths in the file are relative to the file's own folder.
public struct BriefingConfig: Sendable {
    /// The config file, as the user named it (for messages).
    public let file: String
    public let batchStart: Period
    /// Glob patterns per kind, already made absolute.
    public let inputs: [InputKind: [String]]
    public let outputDirectory: URL
    public let jurisdiction: Jurisdiction
    /// The sending units of `senders:`, each summarised over all its teams wherever they serve.
    public let senders: [SendingUnit]
    public let catalog: MetricCatalog
    /// Where the catalog was read from, for configs written beside generated data.
    public let metricsFile: URL
    /// The rules the records and the work are checked against.
    public let rules: RuleSet
    /// Where the rules were read from; nil where the config names none and no rules.yaml lies beside it,
    /// so the defaults hold.
    public let rulesFile: URL?
    public let templatesDirectory: URL
    /// The author recorded in workbooks.
    public let office: String
    public let workbook: WorkbookSettings
    /// How workbooks are mailed; nil when the config has no `mail:` section (nothing is sent).
    public let mail: MailSettings?
    /// The run history and delivery ledger (SQLite), when the config names one; otherwise it lives in
    /// the output folder actually used.
    public let historyFile: URL?

    /// Every summary a nightly run writes and mails: counties, prefectures, provinces, then sending units.
    public var scopes: [SummaryScope] {
        UnitLevel.allCases.flatMap(jurisdiction.units(at:)).map(SummaryScope.unit) + senders.map(SummaryScope.sender)
    }

    /// The sending unit of `senders:` that `name` calls by its name or an alias.
    public func sender(named name: String) -> SendingUnit? { senders.first { $0.isCalled(name) } }

    public static func load(from path: String) throws(ConfigError) -> BriefingConfig {
        let url = URL(fileURLWithPath: path)
        let base = url.deletingLastPathComponent()
        let raw = try YAMLFile.decode(ConfigFile.self, from: url, displayPath: path)
        func resolve(_ relative: String) -> URL {
            relative.hasPrefix("/") ? URL(fileURLWithPath: relative) : base.appendingPathComponent(relative)
        }

        guard let batchStart = (try? ValueParser.period(raw.batch_start)) ?? nil else {
            throw ConfigError(file: path, message: "batch_start：“\(raw.batch_start)”不是月份，应写作 2021-04")
        }
        var inputs: [InputKind: [String]] = [:]
        for kind in InputKind.allCases {
            guard let patterns = raw.inputs[kind.rawValue], !patterns.list.isEmpty else {
                throw ConfigError(file: path, message: "inputs：缺少\(kind.chineseName)（\(kind.rawValue)）的文件位置")
            }
            inputs[kind] = patterns.list.map { resolve($0).path }
        }
        let metricsPath = resolve(raw.metrics ?? "metrics.yaml")
        let catalogFile = try YAMLFile.decode(CatalogFile.self, from: metricsPath, displayPath: metricsPath.path)
        let catalog: MetricCatalog
        do {
            catalog = try MetricCatalog(metrics: catalogFile.metrics, rates: catalogFile.rates ?? [])
        } catch {
            throw ConfigError(file: metricsPath.path, message: error.message)
        }
        let jurisdiction: Jurisdiction
        do {
            jurisdiction = try Jurisdiction(units: raw.units.flatMap(\.units))
        } catch {
            throw ConfigError(file: path, message: "units：\(error.message)")
        }
        guard !jurisdiction.units(at: .county).isEmpty else {
            throw ConfigError(file: path, message: "units：至少要列出一个县（市、区）")
        }
        let rulesPath = resolve(raw.rules ?? "rules.yaml")
        let rulesFile = raw.rules != nil || FileManager.default.fileExists(atPath: rulesPath.path) ? rulesPath : nil
        var rules = RuleSet.defaults(for: catalog)
        if let rulesFile {
            rules = try RuleSet.load(from: rulesFile, displayPath: rulesFile.path, catalog: catalog, jurisdiction: jurisdiction)
        }
        for unit in jurisdiction.units {
            if let bad = unit.recipients.first(where: { !MailAddress.isValid($0) }) {
                throw ConfigError(file: path, message: "units：\(unit.name)的收件人“\(bad)”不是有效的邮件地址")
            }
        }
        let office = raw.office ?? "驻村工作办公室"
        return BriefingConfig(
            file: path,
            batchStart: batchStart,
            inputs: inputs,
            outputDirectory: resolve(raw.output ?? "../out"),
            jurisdiction: jurisdiction,
            senders: raw.senders?.senders(in: url) ?? [],
            catalog: catalog,
            metricsFile: metricsPath,
            rules: rules,
            rulesFile: rulesFile,
            templatesDirectory: resolve(raw.templates ?? "../Templates"),
            office: office,
            workbook: try WorkbookSettings(file: path, raw: raw.workbook, catalog: catalog),
            mail: raw.mail?.settings(resolve: resolve, office: office),
            historyFile: raw.history.map(resolve)
        )
    }
}

/// The file's shape, as written; snake_case keys are the contract of cli-and-config.md.
private struct ConfigFile: Decodable {
    let batch_start: String
    let inputs: [String: Patterns]
    let output: String?
    let units: [ProvinceEntry]
    let senders: SenderList?
    let metrics: String?
    let rules: String?
    let templates: String?
    let office: String?
    let workbook: WorkbookSettingsFile?
    let mail: MailEntry?
    let history: String?
}

/// One glob or a list of globs.
private struct Patterns: Decodable {
    let list: [String]
    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let one = try? container.decode(String.self) {
            list = [one]
        } else {
            list = try container.decode([String].self)
        }
    }
}

private struct ProvinceEntry: Decodable {
    let province: String
    let aliases: [String]?
    let recipients: [String]?
    let prefectures: [PrefectureEntry]

    var units: [ReportingUnit] {
        [ReportingUnit(level: .province, name: province, aliases: aliases ?? [], recipients: recipients ?? [],
              province: province, prefecture: nil)]
            + prefectures.flatMap { $0.units(in: province) }
    }
}

private struct PrefectureEntry: Decodable {
    let name: String
    let aliases: [String]?
    let recipients: [String]?
    let counties: [CountyEntry]

    func units(in province: String) -> [ReportingUnit] {
        [ReportingUnit(level: .prefecture, name: name, aliases: aliases ?? [], recipients: recipients ?? [],
              province: province, prefecture: name)]
            + counties.map {
                ReportingUnit(level: .county, name: $0.name, aliases: $0.aliases ?? [], recipients: $0.recipients ?? [],
                     province: province, prefecture: name)
            }
    }
}

private struct CountyEntry: Decodable {
    let name: String
    let aliases: [String]?
    let recipients: [String]?
}

private struct CatalogFile: Decodable {
    let metrics: [MetricDefinition]
    let rates: [RateDefinition]?
}
