/// The duplicates rule of input-format.md for monthly reports (key: team + period):
/// identical copies count once with a warning; differing copies that all carry 填报日期 are settled by
/// the latest one, with a warning naming each replaced copy; otherwise every copy is rejected.
enum DuplicatePolicy {
    /// Leaves in `reports` one report per team and month, in the order each was first read. `owners`
    /// gives each report's team as a number below `ownerCount`.
    static func resolve(_ reports: inout [MonthlyReport], owners: [Int32], ownerCount: Int, findings: inout [Finding]) {
        precondition(owners.count == reports.count, "one owner per report")
        // Each team's reports are compared among themselves: a national run has three million reports, and
        // a dictionary of arrays by team and month would hold them all twice.
        var isFirst = [Bool](repeating: false, count: reports.count)
        var laterCopies: [Int: [Int]] = [:]
        var firsts: [Int] = []
        for members in Buckets(count: reports.count, keyCount: ownerCount, key: { Int(owners[$0]) }) {
            firsts.removeAll(keepingCapacity: true)
            var firstByPeriod: [Period: Int]? = members.count > 64 ? [:] : nil
            for position in members {
                let period = reports[position].period
                if let first = firstByPeriod.map({ $0[period] }) ?? firsts.first(where: { reports[$0].period == period }) {
                    laterCopies[first, default: []].append(position)
                } else {
                    isFirst[position] = true
                    firsts.append(position)
                    firstByPeriod?[period] = position
                }
            }
        }
        var kept = 0
        for position in reports.indices where isFirst[position] {
            let winner: MonthlyReport?
            if let later = laterCopies[position] {
                winner = settle(([position] + later).map { reports[$0] }, findings: &findings)
            } else {
                winner = reports[position]
            }
            guard let winner else { continue }
            reports[kept] = winner
            kept += 1
        }
        reports.removeLast(reports.count - kept)
    }

    private static func settle(_ copies: [MonthlyReport], findings: inout [Finding]) -> MonthlyReport? {
        let first = copies[0]
        func finding(_ code: FindingCode, _ severity: Severity, _ report: MonthlyReport, _ message: String) -> Finding {
            Finding(code, severity, file: report.source.file, line: report.source.line, teamID: report.teamID,
                    period: report.period, message: message)
        }
        if copies.allSatisfy({ $0.sameContent(as: first) }) {
            for copy in copies.dropFirst() {
                findings.append(finding(.identicalDuplicate, .warning, copy, "与\(first.source)的月报重复（内容相同），只计一次"))
            }
            return first
        }
        let dates = copies.compactMap(\.submittedOn)
        if dates.count == copies.count, let latest = dates.max(), dates.filter({ $0 == latest }).count == 1,
           let winner = copies.first(where: { $0.submittedOn == latest }) {
            for copy in copies where copy.source != winner.source {
                findings.append(finding(.replacedSubmission, .warning, copy,
                                        "同一月报有更晚的报送（\(winner.source)，填报日期\(latest)），此条（填报日期\(copy.submittedOn!)）已被替换"))
            }
            return winner
        }
        let places = copies.map(\.source.description).joined(separator: "、")
        for copy in copies {
            findings.append(finding(.conflictingDuplicate, .error, copy,
                                    "工作队\(copy.teamID)的\(copy.period)月报重复报送且数字不同（\(places)），无法判断以哪份为准，均未计入；请删除错误的一份，或填写填报日期"))
        }
        return nil
    }
}
