import BriefingCore

/// What a briefing template can use; documented for clerks in Templates/README.md.
enum BriefingContext {
    /// The previous window's totals, and which metrics to compare.
    struct Comparison {
        let previous: Figures?
        let metrics: [String]
    }

    static func make(for summary: UnitSummary, findings: [Finding], reportingRate: ReportingRate,
                     comparison: Comparison, rankBy: String, today: CalendarDate, trace: BriefingTrace) -> [String: Any] {
        let catalog = summary.catalog
        func figures(_ totals: Figures, cell: (Int) -> String) -> StrictDictionary {
            StrictDictionary("m", Dictionary(uniqueKeysWithValues: catalog.metrics.enumerated().map { position, metric in
                (metric.id, TemplateFigure(metric: metric, value: totals[position], cell: cell(position), trace: trace))
            }))
        }
        let parts = WorkbookLayout.parts(of: summary, rankedBy: rankBy).enumerated().map { index, part in
            StrictDictionary("part", [
                "name": part.name, "teams": part.teams.count,
                "m": figures(part.totals) { WorkbookLayout.partsCell(level: summary.unit.level, index: index, metricPosition: $0) },
            ])
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
        let missing = summary.teamsWithMissingReports.map { team in
            StrictDictionary("team", ["name": team.team.name, "id": team.team.id,
                                      "months": team.monthsMissing.map { "\($0.month)月" }.joined(separator: "、")])
        }
        let names = Dictionary(summary.attendance.map { ($0.cadre.id, $0) }, uniquingKeysWith: { first, _ in first })
        let shortMonths = Dictionary(grouping: findings.filter { $0.code == .fewDaysInVillage }, by: \.cadreID)
        let fewDays = shortMonths.keys.compactMap { $0 }.sorted().compactMap { id -> StrictDictionary? in
            guard let record = names[id] else { return nil }
            let months = shortMonths[id]!.compactMap(\.period).sorted().compactMap { text -> String? in
                Int(text.suffix(2)).map { "\($0)月" }
            }
            return StrictDictionary("cadre", ["name": record.cadre.name, "team": record.team.name,
                                              "months": months.joined(separator: "、")])
        }
        let changes = comparison.metrics.compactMap { id -> StrictDictionary? in
            guard let position = catalog.position(of: id), let now = summary.totals[position],
                  let before = comparison.previous?[position],
                  let change = FigureText.change(from: before, to: now) else { return nil }
            return StrictDictionary("item", ["name": catalog.metrics[position].name, "change": change])
        }
        return [
            "changes": changes,
            "comparison_lead": summary.window.monthCount == 1 ? "与上月相比，" : "与上期相比，",
            "unit": StrictDictionary("unit", ["name": summary.unit.name, "level": summary.unit.level.rawValue]),
            "window": StrictDictionary("window", [
                "title": TimePhrase.title(for: summary.window),
                "lead": TimePhrase.lead(for: summary.window, today: today),
            ]),
            "today": TimePhrase.prose(today),
            "staffing": StrictDictionary("staffing", staffing),
            "m": figures(summary.totals) { WorkbookLayout.overviewCell(metricPosition: $0) },
            "rate": StrictDictionary("rate", rates),
            "parts": parts,
            "missing_reports": missing,
            "few_days": fewDays,
            "held_back": findings.filter { $0.severity == .error }.count,
            "reporting": StrictDictionary("reporting", [
                "expected": reportingRate.expected, "received": reportingRate.received, "on_time": reportingRate.onTime,
                "complete": reportingRate.received == reportingRate.expected && reportingRate.onTime == reportingRate.expected,
                "received_rate": FigureText.rate(Int64(reportingRate.received), of: Int64(reportingRate.expected)) ?? "",
                "on_time_rate": FigureText.rate(Int64(reportingRate.onTime), of: Int64(reportingRate.expected)) ?? "",
            ]),
        ]
    }
}
