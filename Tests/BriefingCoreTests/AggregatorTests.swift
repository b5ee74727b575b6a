import Testing
@testable import BriefingCore

@Suite struct AggregatorTests {
    let window = Window(from: TestCatalog.period("2021-04"), to: TestCatalog.period("2021-06"))!

    func data() -> DataSet {
        var data = DataSet()
        data.teams = [
            TestCatalog.team("A"),
            TestCatalog.team("B", township: "纳西乡", village: "二村"),
            TestCatalog.team("C", county: TestCatalog.zogang),
            TestCatalog.team("D", end: "2021-05-15"),
        ]
        data.cadres = [
            Cadre(id: "A1", name: "张三", teamID: "A", role: .firstSecretary, sendingUnit: nil,
                  startDate: TestCatalog.date("2021-04-01"), endDate: nil, source: .init(file: "c", line: 2)),
            Cadre(id: "A2", name: "李四", teamID: "A", role: .member, sendingUnit: nil,
                  startDate: TestCatalog.date("2021-04-01"), endDate: TestCatalog.date("2021-05-01"), source: .init(file: "c", line: 3)),
            Cadre(id: "B1", name: "王五", teamID: "B", role: .firstSecretaryAndLeader, sendingUnit: nil,
                  startDate: TestCatalog.date("2021-04-01"), endDate: nil, source: .init(file: "c", line: 4)),
        ]
        data.reports = [
            TestCatalog.report("A", "2021-04", ["grievances_received": 10, "grievances_resolved": 9, "funds": 150]),
            TestCatalog.report("A", "2021-05", ["grievances_received": 5, "grievances_resolved": 5]),
            TestCatalog.report("A", "2021-07", ["grievances_received": 100]),  // outside the window
            TestCatalog.report("B", "2021-04", ["grievances_received": 0]),
            TestCatalog.report("C", "2021-04", ["grievances_received": 7, "grievances_resolved": 7]),
        ]
        return data
    }

    @Test func countyTotalsSumTheWindowOnlyAndKeepBlanksBlank() {
        let summary = Aggregator(data: data(), catalog: TestCatalog.catalog, window: window).summary(for: .unit(TestCatalog.mangkang))
        #expect(summary.total(of: "grievances_received") == 15)
        #expect(summary.total(of: "grievances_resolved") == 14)
        #expect(summary.total(of: "funds") == 150)
        #expect(summary.teams.map(\.team.id) == ["A", "B", "D"])
    }

    @Test func aMetricNobodyReportedIsNilNotZero() {
        var data = data()
        data.reports = [TestCatalog.report("B", "2021-04", ["grievances_received": 0])]
        let summary = Aggregator(data: data, catalog: TestCatalog.catalog, window: window).summary(for: .unit(TestCatalog.mangkang))
        #expect(summary.total(of: "grievances_received") == 0)
        #expect(summary.total(of: "funds") == nil)
        #expect(summary.rates[0].value == nil, "a zero denominator gives no rate")
    }

    @Test func ratesComeFromSummedNumeratorsAndDenominators() {
        let summary = Aggregator(data: data(), catalog: TestCatalog.catalog, window: window).summary(for: .unit(TestCatalog.prefecture))
        #expect(summary.rates[0].numerator == 21)
        #expect(summary.rates[0].denominator == 22)
    }

    @Test func staffingCountsWhoIsPostedAtTheEndOfTheWindow() {
        let summary = Aggregator(data: data(), catalog: TestCatalog.catalog, window: window).summary(for: .unit(TestCatalog.mangkang))
        // D left in May; A2 left in May.
        #expect(summary.staffing == Staffing(teams: 2, cadres: 2, firstSecretaries: 2, counties: 1, townships: 2, villages: 2))
    }

    @Test func missingMonthsAreThoseATeamWasPostedWithoutReporting() {
        let summary = Aggregator(data: data(), catalog: TestCatalog.catalog, window: window).summary(for: .unit(TestCatalog.mangkang))
        let byID = Dictionary(uniqueKeysWithValues: summary.teams.map { ($0.team.id, $0) })
        #expect(byID["A"]?.monthsMissing == [TestCatalog.period("2021-06")])
        #expect(byID["D"]?.monthsMissing == [TestCatalog.period("2021-04"), TestCatalog.period("2021-05")])
    }

    @Test func aUnitTotalIsTheSumOfItsTeamRows() {
        let summary = Aggregator(data: data(), catalog: TestCatalog.catalog, window: window).summary(for: .unit(TestCatalog.province))
        #expect(summary.totals == Figures.sum(summary.teams.map(\.figures), count: TestCatalog.catalog.count))
    }
}
