/// The duplicates rule of input-format.md for monthly reports (key: team + period):
/// identical copies count once with a warning; differing copies that all carry 填报日期 are settled by
/// the latest one, with a warning naming each replaced copy; otherwise every copy is rejected.
enum DuplicatePolicy {
    static func resolveReports(_ reports: [MonthlyReport], findings: inout [Finding]) -> [MonthlyReport] {
        struct Key: Hashable {
            let team: String
            let period: Period
        }
        var groups: [Key: [MonthlyReport]] = [:]
        var order: [Key] = []
        for report in reports {
            let key = Key(team: report.teamID, period: report.period)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(report)
        }
        return order.compactMap { key in
            let copies = groups[key]!
            guard copies.count > 1 else { return copies[0] }
            return settle(copies, findings: &findings)
        }
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
