import Testing
@testable import BriefingCore

@Suite struct DuplicatePolicyTests {
    func resolve(_ reports: [MonthlyReport]) -> ([MonthlyReport], [Finding]) {
        var findings: [Finding] = []
        var kept = reports
        let teams = Array(Set(reports.map(\.teamID))).sorted()
        let owners = reports.map { Int32(teams.firstIndex(of: $0.teamID)!) }
        DuplicatePolicy.resolve(&kept, owners: owners, ownerCount: teams.count, findings: &findings)
        return (kept, findings)
    }

    @Test func anIdenticalCopyCountsOnceWithAWarning() {
        let (kept, findings) = resolve([
            TestCatalog.report("A", "2021-04", ["funds": 1], line: 2),
            TestCatalog.report("A", "2021-04", ["funds": 1], line: 9),
        ])
        #expect(kept.count == 1)
        #expect(findings.map(\.code) == [.identicalDuplicate])
        #expect(findings[0].line == 9 && findings[0].severity == .warning)
    }

    @Test func theLaterSubmissionWinsWhenBothAreDated() {
        let (kept, findings) = resolve([
            TestCatalog.report("A", "2021-04", ["funds": 2], submitted: "2021-05-06", line: 2),
            TestCatalog.report("A", "2021-04", ["funds": 1], submitted: "2021-05-03", line: 9),
        ])
        #expect(kept.map(\.source.line) == [2])
        #expect(findings.map(\.code) == [.replacedSubmission])
        #expect(findings[0].line == 9)
    }

    @Test func undatedDifferingCopiesAreAllRejected() {
        let (kept, findings) = resolve([
            TestCatalog.report("A", "2021-04", ["funds": 2], line: 2),
            TestCatalog.report("A", "2021-04", ["funds": 1], submitted: "2021-05-03", line: 9),
            TestCatalog.report("B", "2021-04", ["funds": 1], line: 10),
        ])
        #expect(kept.map(\.teamID) == ["B"])
        #expect(findings.map(\.code) == [.conflictingDuplicate, .conflictingDuplicate])
        #expect(findings.allSatisfy { $0.severity == .error && $0.message.contains("reports.csv 第2行") })
    }
}
