import BriefingCore
import Foundation
import Testing
@testable import BriefingRun

@Suite struct RunHistoryTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)")

    func window(_ from: Int, _ to: Int) -> Window {
        Window(from: Period(year: 2021, month: from)!, to: Period(year: 2021, month: to)!)!
    }

    func run(_ window: Window, _ totals: [UnitTotals]) -> RecordedRun {
        RecordedRun(window: window, today: CalendarDate(year: 2021, month: 11, day: 2)!, version: "test",
                    startedAt: Date(), finishedAt: Date(), exitCode: 0,
                    inputs: [.init(path: "reports/芒康县.csv", kind: "reports", sha256: String(repeating: "a", count: 64))],
                    totals: totals)
    }

    @Test func totalsAreKeptPerUnitWindowAndMetricAndTheLatestRunOfAWindowWins() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("history.sqlite")
        let history = try RunHistory.open(at: file)
        try history.record(run(window(4, 6), [UnitTotals(unit: "芒康县", values: ["deeds": 120, "visits": 900])]))
        try history.record(run(window(7, 9), [UnitTotals(unit: "芒康县", values: ["deeds": 150, "visits": 1000])]))
        try history.record(run(window(7, 9), [UnitTotals(unit: "芒康县", values: ["deeds": 155])]))

        let reopened = try RunHistory.open(at: file)
        #expect(try reopened.totals(for: "芒康县", window: window(7, 9)) == ["deeds": 155], "a metric now blank leaves no stale figure")
        #expect(try reopened.previousTotals(for: "芒康县", before: window(7, 9)) == ["deeds": 120, "visits": 900])
        #expect(try reopened.previousTotals(for: "芒康县", before: window(4, 6)) == nil)
        #expect(try reopened.totals(for: "左贡县", window: window(7, 9)) == nil)
        #expect(try reopened.lastWindow() == window(7, 9))
    }

    @Test func anUnwritableFileIsARunErrorNamingIt() {
        #expect {
            try RunHistory.open(at: URL(fileURLWithPath: "/proc/history.sqlite"))
        } throws: { error in
            (error as? RunError)?.exitCode == 73 && "\(error)".contains("/proc/history.sqlite")
        }
    }
}
