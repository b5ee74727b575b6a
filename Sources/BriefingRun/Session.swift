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
        let loaded = InputLoader(config: config).load()
        if let missing = loaded.missingInputs.first {
            throw .inputMissing(kind: missing.kind, pattern: missing.pattern)
        }
        guard let to = options.period ?? loaded.data.latestReportedPeriod else { throw .noReports }
        let from = options.from ?? config.batchStart
        guard let window = Window(from: from, to: to) else {
            throw .config(ConfigError(file: config.file,
                                      message: "统计期起点 \(from) 晚于终点 \(to)，请检查 batch_start、--from 与 --period"))
        }
        let review = RuleEngine(rules: config.rules, catalog: config.catalog).review(loaded, window: window)
        let reviewed = loaded.adding(review)
        return Session(options: options, config: config, ingest: reviewed, window: window,
                       reportingRates: review.reportingRates,
                       aggregator: Aggregator(data: loaded.data, catalog: config.catalog, window: window),
                       findingIndex: FindingIndex(reviewed))
    }

    /// The unit a user named on the command line, or the near matches to suggest.
    public func unit(named name: String, level: UnitLevel) throws(RunError) -> ReportingUnit {
        guard let unit = config.jurisdiction.unit(named: name), unit.level == level else {
            throw .unknownUnit(name, nearMatches: config.jurisdiction.nearMatches(for: name))
        }
        return unit
    }

    /// 0, or 65 when some input had error-level findings (the outputs were made from the valid records).
    public var dataExitCode: Int32 { ingest.findings.contains { $0.severity == .error } ? 65 : 0 }

    public func briefing(for unit: ReportingUnit, history: RunHistory?) throws(RunError) -> RenderedBriefing {
        try briefing(of: aggregator.summary(for: unit), review: review(for: unit, history: history))
    }

    /// The briefing of a summary and review already made (nightly makes each once, for workbook and briefing).
    public func briefing(of summary: UnitSummary, review: UnitReview) throws(RunError) -> RenderedBriefing {
        do {
            return try BriefingTemplate(directory: config.templatesDirectory, rankBy: config.workbook.rankBy,
                                        keyMetrics: config.workbook.chartMetrics)
                .render(summary, review: review, today: options.today)
        } catch {
            throw .template(error)
        }
    }

    /// A unit's findings, reporting rate, policy and previous totals, gathered once for both renderers.
    public func review(for unit: ReportingUnit, history: RunHistory?) throws(RunError) -> UnitReview {
        UnitReview(findings: findingIndex.findings(concerning: unit), reportingRate: reportingRates.rate(for: unit),
                   minimumDaysInVillage: config.rules.thresholds(for: unit.province).minDaysInVillage,
                   previous: try previousFigures(for: unit, history: history))
    }

    /// The unit's totals for the window just before this one, as a past run recorded them.
    private func previousFigures(for unit: ReportingUnit, history: RunHistory?) throws(RunError) -> Figures? {
        guard let totals = try history?.previousTotals(for: unit.name, before: window) else { return nil }
        var figures = Figures(count: config.catalog.count)
        for (id, value) in totals {
            if let position = config.catalog.position(of: id) { figures[position] = value }
        }
        return figures
    }
}
