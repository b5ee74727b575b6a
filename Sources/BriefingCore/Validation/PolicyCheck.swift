/// The policy thresholds (team size, term, days in the village, leave, absences) applied to the teams and
/// attendance of a window. Findings describe the work, not broken data: they reject nothing.
struct PolicyCheck {
    let rules: RuleSet

    func findings(in data: DataSet, window: Window) -> [Finding] {
        let teams = data.teamPositions()
        let cadresByTeam = Buckets(count: data.cadres.count, keyCount: data.teams.count) { teams[data.cadres[$0].teamID] }
        let posted = data.teams.filter { team in window.periods.contains(where: team.isPosted(in:)) }
        return posted.flatMap { team in
            teamFindings(team, cadres: cadresByTeam[teams[team.id]!].map { data.cadres[Int($0)] }, window: window)
        } + attendanceFindings(data, teams: teams, window: window)
    }

    /// Team size as of the window's end (or the team's, if earlier), as staffing figures are counted; and term.
    private func teamFindings(_ team: Team, cadres: [Cadre], window: Window) -> [Finding] {
        let thresholds = rules.thresholds(for: team.county.province)
        var findings: [Finding] = []
        func add(_ code: FindingCode, _ severity: Severity?, column: String?, _ message: String) {
            guard let severity else { return }
            findings.append(Finding(code, severity, file: team.source.file, line: team.source.line, column: column,
                                    teamID: team.id, message: message))
        }
        let asOf = min(window.to.lastDay, team.endDate ?? window.to.lastDay)
        let inPost = cadres.filter { $0.isActive(on: asOf) }.count
        if inPost < thresholds.minTeamSize {
            add(.teamSize, rules.severities.teamSize, column: nil,
                "工作队“\(team.name)”截至\(asOf)在岗干部\(inPost)人，少于每队至少\(thresholds.minTeamSize)人的要求；"
                    + "请在干部名册中补录在岗干部，或按规定增派")
        }
        if let months = team.termMonths, let end = team.endDate, months < thresholds.minTermMonths {
            add(.termLength, rules.severities.term, column: "期满日期",
                "进驻日期\(team.startDate)至期满日期\(end)约\(months)个月，短于驻村期限\(thresholds.minTermMonths)个月；"
                    + "请核对期满日期")
        }
        return findings
    }

    /// `teams`: each team id's first position in `data.teams`.
    private func attendanceFindings(_ data: DataSet, teams: [String: Int], window: Window) -> [Finding] {
        // Each cadre's thresholds are looked up once; the millions of records then cost one lookup each, and
        // a cadre or team is read only for a finding.
        let cadres = data.cadrePositions()
        let thresholdsOfCadre = data.cadres.map { cadre in
            teams[cadre.teamID].map { rules.thresholds(for: data.teams[$0].county.province) }
        }
        var findings: [Finding] = []
        for record in data.attendance where window.contains(record.period) {
            guard let cadrePosition = cadres[record.cadreID], let thresholds = thresholdsOfCadre[cadrePosition] else { continue }
            let posted = data.cadres[cadrePosition].daysPosted(in: record.period)
            let required = min(thresholds.minDaysInVillage, posted)
            let fewDays = record.daysInVillage < required
            let longLeave = record.leaveDays.map { $0 > thresholds.maxLeaveDays } ?? false
            let absent = record.absences.map { $0 > thresholds.maxAbsences } ?? false
            guard fewDays || longLeave || absent else { continue }
            let cadre = data.cadres[cadrePosition]
            let team = data.teams[teams[cadre.teamID]!]
            func add(_ code: FindingCode, _ severity: Severity?, column: String, _ message: String) {
                guard let severity else { return }
                findings.append(Finding(code, severity, file: record.source.file, line: record.source.line,
                                        column: column, teamID: team.id, cadreID: cadre.id, period: record.period,
                                        message: message))
            }
            if fewDays {
                let basis = required < thresholds.minDaysInVillage ? "（本月在岗\(posted)天）" : ""
                add(.fewDaysInVillage, rules.severities.daysInVillage, column: "在村天数",
                    "\(cadre.name)在村\(record.daysInVillage)天，少于每月至少\(required)天的要求\(basis)；"
                        + "请核实考勤，请假或因公外出请填在请假天数中并说明")
            }
            if longLeave, let leave = record.leaveDays {
                add(.leaveDays, rules.severities.leaveDays, column: "请假天数",
                    "\(cadre.name)请假\(leave)天，超过每月最多\(thresholds.maxLeaveDays)天；请核实请假审批")
            }
            if absent, let absences = record.absences {
                add(.absences, rules.severities.absences, column: "缺勤次数",
                    "\(cadre.name)缺勤\(absences)次，超过每月最多\(thresholds.maxAbsences)次；请核实并按规定处理")
            }
        }
        return findings
    }
}
