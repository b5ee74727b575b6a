import Dispatch

/// Applies rules.yaml to accepted records, in two steps because only the first can reject anything:
///
/// - `screen`: the cross-field rules, on each monthly report; an error-level breach rejects the report.
///   Run by ingest before its accounting, so records read = accepted + rejected still holds, and before
///   the window is chosen, since a window's default end is the latest accepted report.
/// - `review`: policy, completeness and outliers over the window; they describe the work and reject nothing.
public struct RuleEngine: Sendable {
    public let rules: RuleSet
    public let catalog: MetricCatalog

    public init(rules: RuleSet, catalog: MetricCatalog) {
        self.rules = rules
        self.catalog = catalog
    }

    /// The reports that break no error-level cross-field rule, and a finding for every breach.
    public func screen(_ reports: inout [MonthlyReport]) -> [Finding] {
        // Each report's breaches, found on every core; then the rejected ones removed in place, as three
        // million reports are not copied into a second array.
        let rules = rules.crossField
        let screen = IntegerScreen(rules)
        let screened = reports
        let screens = ChunkedWork.chunks(count: screened.count) { range in
            var findings: [Finding] = []
            var rejected: [Bool] = []
            rejected.reserveCapacity(range.count)
            screen.withScreen { mayBreak in
                for report in screened[range] {
                    var isRejected = false
                    mayBreak(report.figures) { index in
                        guard let breach = rules[index].check(report) else { return }
                        findings.append(breach)
                        isRejected = isRejected || breach.severity == .error
                    }
                    rejected.append(isRejected)
                }
            }
            return (findings: findings, rejected: rejected)
        }
        let rejected = screens.flatMap(\.rejected)
        var index = 0
        reports.removeAll { _ in
            defer { index += 1 }
            return rejected[index]
        }
        return screens.flatMap(\.findings)
    }

    /// What the work of `window` looks like against the rules: findings and the reporting rates.
    /// The three checks read the same data and nothing else: policy and completeness run on a thread of
    /// their own beside the outlier check, the longest, which shares its groups out among the cores.
    public func review(_ ingest: IngestResult, window: Window) -> Review {
        let rules = rules
        let rejected = rejectedReports(ingest)
        let policyAndCompleteness = SideThread {
            (policy: PolicyCheck(rules: rules).findings(in: ingest.data, window: window),
             completeness: CompletenessCheck(rules: rules).review(ingest.data, window: window, rejected: rejected))
        }
        let outliers = rules.severities.outlier.map { severity in
            OutlierCheck(settings: rules.outliers, severity: severity, catalog: catalog)
                .findings(in: ingest.data, window: window)
        } ?? []
        let (policy, reporting) = policyAndCompleteness.value
        return Review(findings: policy + reporting.findings + outliers,
                      reportingRates: reporting.rates)
    }

    /// Where each team-month's report was read but rejected: the first error on a report file for it.
    private func rejectedReports(_ ingest: IngestResult) -> [TeamMonth: SourceLocation] {
        let reportFiles = Set(ingest.accounts.filter { $0.kind == .reports }.map(\.path))
        var places: [TeamMonth: SourceLocation] = [:]
        for finding in ingest.findings where finding.severity == .error && reportFiles.contains(finding.file) {
            guard let team = finding.teamID, let period = finding.period.flatMap(Period.init(findingText:)),
                  let line = finding.line else { continue }
            let key = TeamMonth(teamID: team, period: period)
            if places[key] == nil { places[key] = SourceLocation(file: finding.file, line: line) }
        }
        return places
    }
}

/// What `RuleEngine.review` found over a window.
public struct Review: Sendable {
    public let findings: [Finding]
    /// 报送率 and 及时率 per team, summed for each workbook and briefing.
    public let reportingRates: ReportingRates
}

private extension Period {
    /// A period as `Finding` keeps it: `2021-04`.
    init?(findingText text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        self.init(year: year, month: month)
    }
}
