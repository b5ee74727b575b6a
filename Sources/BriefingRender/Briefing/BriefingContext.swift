import BriefingCore

/// What a briefing template can use; documented for clerks in Templates/README.md.
enum BriefingContext {
    static func make(for summary: UnitSummary, findings: [Finding], today: CalendarDate) -> [String: Any] {
        let catalog = summary.catalog
        var figures: [String: TemplateFigure] = [:]
        for (position, metric) in catalog.metrics.enumerated() {
            figures[metric.id] = TemplateFigure(metric: metric, value: summary.totals[position])
        }
        var rates: [String: TemplateRate] = [:]
        for rate in summary.rates {
            rates[rate.definition.id] = TemplateRate(rate: rate)
        }
        let missing = summary.teamsWithMissingReports.map { team -> [String: Any] in
            ["name": team.team.name, "id": team.team.id,
             "months": team.monthsMissing.map { "\($0.month)月" }.joined(separator: "、")]
        }
        return [
            "unit": ["name": summary.unit.name, "level": summary.unit.level.rawValue],
            "window": [
                "title": TimePhrase.title(for: summary.window),
                "lead": TimePhrase.lead(for: summary.window, today: today),
            ],
            "today": TimePhrase.prose(today),
            "staffing": [
                "teams": summary.staffing.teams,
                "cadres": summary.staffing.cadres,
                "first_secretaries": summary.staffing.firstSecretaries,
                "townships": summary.staffing.townships,
                "villages": summary.staffing.villages,
            ],
            "m": figures,
            "rate": rates,
            "missing_reports": missing,
            "held_back": findings.filter { $0.severity == .error }.count,
        ]
    }
}
