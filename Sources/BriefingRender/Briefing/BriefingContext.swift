import BriefingCore

/// What a briefing template can use; documented for clerks in Templates/README.md.
enum BriefingContext {
    static func make(for summary: UnitSummary, findings: [Finding], rankBy: String, today: CalendarDate) -> [String: Any] {
        let catalog = summary.catalog
        func figures(_ totals: Figures) -> [String: TemplateFigure] {
            Dictionary(uniqueKeysWithValues: catalog.metrics.enumerated().map { position, metric in
                (metric.id, TemplateFigure(metric: metric, value: totals[position]))
            })
        }
        let parts = summary.parts(rankedBy: rankBy).map { part -> [String: Any] in
            ["name": part.name, "teams": part.teams.count, "m": figures(part.totals)]
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
                "counties": summary.staffing.counties,
                "townships": summary.staffing.townships,
                "villages": summary.staffing.villages,
            ],
            "m": figures(summary.totals),
            "parts": parts,
            "rate": rates,
            "missing_reports": missing,
            "held_back": findings.filter { $0.severity == .error }.count,
        ]
    }
}
