import BriefingCore
import BriefingRender
import Foundation

/// A loaded config and its validated inputs, with the window the command reports on.
public struct Session: Sendable {
    public let options: RunOptions
    public let config: BriefingConfig
    /// Ingest's records and accounting, with the findings of the window's review added.
    public let ingest: IngestResult
    public let window: Window
    /// 报送率 and 及时率 per unit over the window.
    public let reportingRates: ReportingRates
    public let aggregator: Aggregator
    public let findingIndex: FindingIndex
    /// The templates, read and checked once for all the briefings of the run.
    public let briefingTemplate: BriefingTemplate

    public static func open(_ options: RunOptions) throws(RunError) -> Session {
        try open(options, config: loadConfig(options))
    }

    public static func loadConfig(_ options: RunOptions) throws(RunError) -> BriefingConfig {
        do {
            return try BriefingConfig.load(from: options.configPath)
        } catch {
            throw .config(error)
        }
    }

    /// With the config already loaded, as `nightly` does to take its lock before reading any input.
    public static func open(_ options: RunOptions, config: BriefingConfig) throws(RunError) -> Session {
        let loaded = try load(config)
        guard let to = options.period ?? loaded.data.latestReportedPeriod else { throw .noReports }
        let from = options.from ?? config.batchStart
        guard let window = Window(from: from, to: to) else {
            throw .config(ConfigError(file: config.file,
                                      message: "统计期起点 \(from) 晚于终点 \(to)，请检查 batch_start、--from 与 --period"))
        }
        return open(options, config: config, loaded: loaded, window: window)
    }

    /// For `briefing --team`: the window is the team's own term, from the month of its 进驻日期 (or
    /// `--from`) to `--period` or the latest month with reports, but no later than the month of its 期满日期.
    public static func open(_ options: RunOptions, config: BriefingConfig,
                            team id: String) throws(RunError) -> (session: Session, team: SummaryScope) {
        let loaded = try load(config)
        let key = NameKey.of(id)
        guard let team = loaded.data.teams.first(where: { NameKey.of($0.id) == key }) else {
            throw .unknownTeam(id, nearMatches: nearTeams(to: id, in: loaded.data.teams))
        }
        guard let latest = options.period ?? loaded.data.latestReportedPeriod else { throw .noReports }
        let to = min(latest, team.endDate?.period ?? latest)
        let from = options.from ?? team.startDate.period
        guard let window = Window(from: from, to: to) else {
            throw .usage("工作队“\(team.name)”（\(team.id)）于\(TimePhrase.prose(team.startDate))进驻"
                + (team.endDate.map { "、\(TimePhrase.prose($0))期满" } ?? "")
                + "，统计期 \(from) 至 \(to) 不成立；请检查 --from 与 --period")
        }
        return (open(options, config: config, loaded: loaded, window: window), .team(team))
    }

    private static func load(_ config: BriefingConfig) throws(RunError) -> IngestResult {
        let loaded = InputLoader(config: config).load()
        if let missing = loaded.missingInputs.first {
            throw .inputMissing(kind: missing.kind, pattern: missing.pattern)
        }
        return loaded
    }

    private static func open(_ options: RunOptions, config: BriefingConfig, loaded: IngestResult, window: Window) -> Session {
        let review = RuleEngine(rules: config.rules, catalog: config.catalog).review(loaded, window: window)
        let reviewed = loaded.adding(review).adding(SenderCheck.findings(for: config, teams: loaded.data.teams))
        return Session(options: options, config: config, ingest: reviewed, window: window,
                       reportingRates: review.reportingRates,
                       aggregator: Aggregator(data: loaded.data, catalog: config.catalog, window: window),
                       findingIndex: FindingIndex(reviewed),
                       briefingTemplate: BriefingTemplate(directory: config.templatesDirectory, rankBy: config.workbook.rankBy,
                                                          keyMetrics: config.workbook.chartMetrics))
    }

    /// Ids of teams whose name contains what was typed (a village, say), or else sharing the longest
    /// start with it (the county's code), each with its name.
    private static func nearTeams(to text: String, in teams: [Team], limit: Int = 3) -> [String] {
        let key = NameKey.of(text)
        func shared(_ id: String) -> Int { zip(NameKey.of(id), key).prefix { $0 == $1 }.count }
        var near = teams.filter { !key.isEmpty && NameKey.of($0.name).contains(key) }
        if near.isEmpty {
            let best = teams.map { shared($0.id) }.max() ?? 0
            near = best < 4 ? [] : teams.filter { shared($0.id) == best }
        }
        return near.prefix(limit).map { "\($0.id)（\($0.name)）" }
    }

    /// The unit a user named on the command line, or the near matches to suggest.
    public func unit(named name: String, level: UnitLevel) throws(RunError) -> SummaryScope {
        guard let unit = config.jurisdiction.unit(named: name), unit.level == level else {
            throw .unknownUnit(name, nearMatches: config.jurisdiction.nearMatches(for: name))
        }
        return .unit(unit)
    }

    /// The sending unit a user named: one of `senders:` by its name or an alias, with its members; or else
    /// any unit the roster gives as a team's 派出单位, on its own.
    public func sender(named name: String) throws(RunError) -> SummaryScope {
        if let sender = config.sender(named: name) { return .sender(sender) }
        guard let team = ingest.data.teams.first(where: SendingUnit(name: name).sent) else {
            let known = Array(Set(config.senders.map(\.name) + ingest.data.teams.map(\.sendingUnit))).sorted()
            throw .unknownSender(name, nearMatches: SenderCheck.nearMatches(for: [name], among: known))
        }
        return .sender(SendingUnit(name: CellText.normalized(team.sendingUnit)))
    }

    /// 0, or 65 when some input had error-level findings (the outputs were made from the valid records).
    public var dataExitCode: Int32 { ingest.findings.contains { $0.severity == .error } ? 65 : 0 }

    public func briefing(for scope: SummaryScope, history: RunHistory?) throws(RunError) -> RenderedBriefing {
        try briefing(of: aggregator.summary(for: scope), review: review(for: scope, history: history))
    }

    /// The briefing of a summary and review already made (nightly makes each once, for workbook and briefing).
    public func briefing(of summary: UnitSummary, review: UnitReview) throws(RunError) -> RenderedBriefing {
        do {
            return try briefingTemplate.render(summary, review: review, today: options.today)
        } catch {
            throw .template(error)
        }
    }

    /// A unit's findings, reporting rate, policy and previous totals, gathered once for both renderers.
    public func review(for scope: SummaryScope, history: RunHistory?) throws(RunError) -> UnitReview {
        UnitReview(findings: findingIndex.findings(concerning: scope), reportingRate: reportingRates.rate(for: scope),
                   rules: config.rules, previous: try previousFigures(for: scope, history: history))
    }

    /// The unit's totals for the window just before this one, as a past run recorded them.
    private func previousFigures(for scope: SummaryScope, history: RunHistory?) throws(RunError) -> Figures? {
        guard let totals = try history?.previousTotals(for: scope.historyKey, before: window) else { return nil }
        var figures = Figures(count: config.catalog.count)
        for (id, value) in totals {
            if let position = config.catalog.position(of: id) { figures[position] = value }
        }
        return figures
    }
}
