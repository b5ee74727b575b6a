import BriefingCore

/// What a briefing template can use; documented for clerks in Templates/README.md.
enum BriefingContext {
    static func make(for summary: UnitSummary, findings: [Finding], reportingRate: ReportingRate, rankBy: String,
                     today: CalendarDate, trace: BriefingTrace) -> [String: Any] {
        let catalog = summary.catalog
        func figures(_ totals: Figures, cell: (Int) -> String) -> [String: TemplateFigure] {
            Dictionary(uniqueKeysWithValues: catalog.metrics.enumerated().map { position, metric in
                (metric.id, TemplateFigure(metric: metric, value: totals[position], cell: cell(position), trace: trace))
            })
        }
        let parts = WorkbookLayout.parts(of: summary, rankedBy: rankBy).enumerated().map { index, part -> [String: Any] in
            ["name": part.name, "teams": part.teams.count,
             "m": figures(part.totals) { WorkbookLayout.partsCell(level: summary.unit.level, index: index, metricPosition: $0) }]
        }
        var rates: [String: TemplateRate] = [:]
        for (position, rate) in summary.rates.enumerated() {
            rates[rate.definition.id] = TemplateRate(
                rate: rate, cell: WorkbookLayout.overviewCell(ratePosition: position, catalog: catalog), trace: trace)
        }
        var staffing: [String: Any] = ["counties": summary.staffing.counties]
        for item in WorkbookLayout.StaffingItem.allCases {
            staffing[item.rawValue] = TemplateCount(value: item.value(in: summary.staffing),
                                                    cell: WorkbookLayout.overviewCell(item), trace: trace)
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
            "staffing": staffing,
            "m": figures(summary.totals) { WorkbookLayout.overviewCell(metricPosition: $0) },
            "rate": rates,
            "parts": parts,
            "missing_reports": missing,
            "held_back": findings.filter { $0.severity == .error }.count,
            "reporting": [
                "expected": reportingRate.expected, "received": reportingRate.received, "on_time": reportingRate.onTime,
                "complete": reportingRate.received == reportingRate.expected && reportingRate.onTime == reportingRate.expected,
                "received_rate": FigureText.rate(Int64(reportingRate.received), of: Int64(reportingRate.expected)) ?? "",
                "on_time_rate": FigureText.rate(Int64(reportingRate.onTime), of: Int64(reportingRate.expected)) ?? "",
            ] as [String: Any],
        ]
    }
}
