import BriefingCore

/// What a briefing template can use; documented for clerks in Templates/README.md.
enum BriefingContext {
    /// The previous window's totals, and which metrics to compare.
    struct Comparison {
        let previous: Figures?
        let metrics: [String]
    }

    /// Where a briefing's figures are traced to: the cells of the workbook that goes with it, or, for a
    /// summary without one (a team), the template variable that states the figure.
    struct Sources {
        let metric: (_ position: Int) -> String
        let rate: (_ position: Int) -> String
        let staffing: (WorkbookLayout.StaffingItem) -> String
        let part: (_ index: Int, _ metricPosition: Int) -> String

        static func of(_ summary: UnitSummary) -> Sources {
            let catalog = summary.catalog
            guard summary.scope.hasWorkbook, let level = summary.scope.parts else {
                return Sources(metric: { "m.\(catalog.metrics[$0].id)" }, rate: { "rate.\(catalog.rates[$0].id)" },
                               staffing: { "staffing.\($0.rawValue)" },
                               part: { "parts[\($0)].m.\(catalog.metrics[$1].id)" })
            }
            return Sources(metric: { WorkbookLayout.overviewCell(metricPosition: $0) },
                           rate: { WorkbookLayout.overviewCell(ratePosition: $0, catalog: catalog) },
                           staffing: { WorkbookLayout.overviewCell($0) },
                           part: { WorkbookLayout.partsCell(level: level, index: $0, metricPosition: $1) })
        }
    }

    static func make(for summary: UnitSummary, findings: [Finding], reportingRate: ReportingRate,
                     comparison: Comparison, rankBy: String, today: CalendarDate, trace: BriefingTrace) -> [String: Any] {
        let catalog = summary.catalog
        let sources = Sources.of(summary)
        func figures(_ totals: Figures, cell: (Int) -> String) -> StrictDictionary {
            StrictDictionary("m", Dictionary(uniqueKeysWithValues: catalog.metrics.enumerated().map { position, metric in
                (metric.id, TemplateFigure(metric: metric, value: totals[position], cell: cell(position), trace: trace))
            }))
        }
        let parts = WorkbookLayout.parts(of: summary, rankedBy: rankBy).enumerated().map { index, part in
            StrictDictionary("part", [
                "name": part.name, "teams": part.teams.count, "prefecture": part.county.prefecture ?? "",
                "m": figures(part.totals) { sources.part(index, $0) },
            ])
        }
        let counties = summary.counties.map { county in
            StrictDictionary("county", ["name": county.name, "prefecture": county.prefecture ?? "", "province": county.province])
        }
        var rates: [String: TemplateRate] = [:]
        for (position, rate) in summary.rates.enumerated() {
            rates[rate.definition.id] = TemplateRate(rate: rate, cell: sources.rate(position), trace: trace)
        }
        var staffing: [String: Any] = ["counties": summary.staffing.counties]
        for item in WorkbookLayout.StaffingItem.allCases {
            staffing[item.rawValue] = TemplateCount(value: item.value(in: summary.staffing),
                                                    cell: sources.staffing(item), trace: trace)
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
        var context: [String: Any] = [
            "changes": changes,
            "comparison_lead": summary.window.monthCount == 1 ? "与上月相比，" : "与上期相比，",
            "unit": StrictDictionary("unit", ["name": summary.scope.name, "level": summary.scope.kind]),
            "window": StrictDictionary("window", [
                "title": TimePhrase.title(for: summary.window),
                "lead": TimePhrase.lead(for: summary.window, today: today),
                "duration": TimePhrase.duration(months: summary.window.monthCount),
            ]),
            "today": TimePhrase.prose(today),
            "staffing": StrictDictionary("staffing", staffing),
            "m": figures(summary.totals, cell: sources.metric),
            "rate": StrictDictionary("rate", rates),
            "parts": parts,
            "counties": counties,
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
        if case .team(let team) = summary.scope {
            context["team"] = teamValues(team, summary: summary, trace: trace)
        }
        return context
    }

    /// Who the team is and where it serves, for `team.txt`: its cadres in post at the end of the window or
    /// of its term, whichever is earlier, the first secretary named and the others grouped by role.
    private static func teamValues(_ team: Team, summary: UnitSummary, trace: BriefingTrace) -> StrictDictionary {
        let asOf = min(summary.window.to.lastDay, team.endDate ?? summary.window.to.lastDay)
        let cadres = summary.attendance.map(\.cadre).filter { $0.teamID == team.id && $0.isActive(on: asOf) }
        let order: [CadreRole] = [.firstSecretaryAndLeader, .firstSecretary, .leader, .member]
        let roles = order.compactMap { role -> StrictDictionary? in
            let names = cadres.filter { $0.role == role }.map(\.name)
            return names.isEmpty ? nil : StrictDictionary("group", ["role": role.rawValue, "names": names.joined(separator: "、")])
        }
        return StrictDictionary("team", [
            "id": team.id, "name": team.name, "sending_unit": team.sendingUnit, "programme": team.programme ?? "",
            "province": team.county.province, "prefecture": team.county.prefecture ?? "", "county": team.county.name,
            "township": team.township, "village": team.village,
            "start": TimePhrase.prose(team.startDate), "end": team.endDate.map(TimePhrase.prose) ?? "",
            "first_secretary": cadres.filter(\.role.isFirstSecretary).map(\.name).joined(separator: "、"),
            "cadre_count": TemplateCount(value: cadres.count, cell: "team.cadre_count", trace: trace),
            "roles": roles,
            "cadres": cadres.map { StrictDictionary("cadre", ["name": $0.name, "role": $0.role.rawValue]) },
        ])
    }
}
