/// A team and a month it owes a report for.
struct TeamMonth: Hashable {
    let teamID: String
    let period: Period
}

/// Who reported what and when: 漏报 (a posted team-month without an accepted report), 迟报 (a 填报日期
/// after the deadline) and the reporting rate per team. Findings describe the work: they reject nothing.
struct CompletenessCheck {
    let rules: RuleSet

    /// `rejected`: where a report was read but not accepted, so that its 漏报 can say why.
    func review(_ data: DataSet, window: Window,
                rejected: [TeamMonth: SourceLocation]) -> (findings: [Finding], rates: ReportingRates) {
        // Each team's report for each month, as a position in `data.reports`, in a table by roster position
        // and month: a national run has three million reports, too many to copy into a dictionary.
        let teamPositions = data.teamPositions()
        let months = window.monthCount
        var reportAt = [Int32](repeating: -1, count: data.teams.count * months)
        for (position, report) in data.reports.enumerated() where window.contains(report.period) {
            guard let team = teamPositions[report.teamID] else { continue }
            reportAt[team * months + report.period.ordinal - window.from.ordinal] = Int32(position)
        }
        var findings: [Finding] = []
        var rates = [ReportingRate](repeating: ReportingRate(), count: data.teams.count)
        for (position, team) in data.teams.enumerated() {
            let deadlineDay = rules.thresholds(for: team.county.province).reportDeadlineDay
            let row = teamPositions[team.id]! * months
            for period in window.periods where team.isPosted(in: period) {
                rates[position].expected += 1
                let reportPosition = Int(reportAt[row + period.ordinal - window.from.ordinal])
                guard reportPosition >= 0 else {
                    if let severity = rules.severities.missingReport {
                        let rejectedAt = rejected[TeamMonth(teamID: team.id, period: period)]
                        findings.append(Finding(.missingReport, severity, file: team.source.file, line: team.source.line,
                                                teamID: team.id, period: period,
                                                message: missingMessage(team, period, rejectedAt: rejectedAt)))
                    }
                    continue
                }
                rates[position].received += 1
                if let submitted = data.reports[reportPosition].submittedOn,
                   submitted <= deadline(of: period, day: deadlineDay) {
                    rates[position].onTime += 1
                }
            }
        }
        if let severity = rules.severities.lateReport {
            for report in data.reports where window.contains(report.period) {
                guard let team = teamPositions[report.teamID].map({ data.teams[$0] }),
                      let submitted = report.submittedOn else { continue }
                let day = rules.thresholds(for: team.county.province).reportDeadlineDay
                let due = deadline(of: report.period, day: day)
                guard submitted > due else { continue }
                findings.append(Finding(.lateReport, severity, file: report.source.file, line: report.source.line,
                                        column: "填报日期", teamID: report.teamID, period: report.period,
                                        message: "\(monthName(report.period))月报的填报日期\(submitted)晚于报送截止日\(due)（次月\(day)日），属迟报；"
                                            + "请今后按时报送，如填报日期填错请改正"))
            }
        }
        return (findings, ReportingRates(window: window, teams: data.teams, rates: rates))
    }

    /// The last day a month's report is on time: the deadline day of the next month, or its last day.
    private func deadline(of period: Period, day: Int) -> CalendarDate {
        let next = period.next
        return CalendarDate(year: next.year, month: next.month, day: min(day, next.numberOfDays))!
    }

    private func missingMessage(_ team: Team, _ period: Period, rejectedAt place: SourceLocation?) -> String {
        let month = monthName(period)
        guard let place else {
            return "工作队“\(team.name)”\(month)在岗，但没有\(month)的月报（漏报）；请督促该队补报"
        }
        return "工作队“\(team.name)”\(month)的月报（\(place)）有错误未计入，视同漏报；请按该行的问题改正后重报"
    }

    private func monthName(_ period: Period) -> String { "\(period.year)年\(period.month)月" }
}
