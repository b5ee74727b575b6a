import Foundation
import Testing
import XlsxWriter

@Suite struct ChartTests {
    @Test func chartsRoundTrip() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("chart.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "驻村 天数")
        for (row, (county, days)) in [("芒康县", 21.0), ("察隅县", 18), ("左贡县", 25)].enumerated() {
            try sheet.writeString(county, row: row + 1, column: 0)
            try sheet.writeNumber(days, row: row + 1, column: 1)
            try sheet.writeNumber(days + 1, row: row + 1, column: 2)
        }
        let categories = CellRange(rows: 1...3, columns: 0...0)
        try sheet.insertChart(
            Chart(
                kind: .column, title: "各县驻村天数", xAxisTitle: "县", yAxisTitle: "天数",
                legend: .bottom,
                series: [
                    Chart.Series(
                        name: "本月", sheet: "驻村 天数", categories: categories,
                        values: CellRange(rows: 1...3, columns: 1...1)),
                    Chart.Series(
                        name: "上月", sheet: "驻村 天数", categories: categories,
                        values: CellRange(rows: 1...3, columns: 2...2)),
                ]),
            row: 5, column: 0, width: 640, height: 360)
        try sheet.insertChart(
            Chart(kind: .line, legend: .none, series: [
                Chart.Series(sheet: "驻村 天数", values: CellRange(rows: 1...3, columns: 1...1))
            ]),
            row: 5, column: 8)
        try workbook.close()

        let out = try Openpyxl.inspect(path, """
            ws = wb['驻村 天数']
            out['charts'] = [type(c).__name__ for c in ws._charts]
            c = ws._charts[0]
            out['title'] = c.title.tx.rich.p[0].r[0].t
            out['axes'] = [c.x_axis.title.tx.rich.p[0].r[0].t, c.y_axis.title.tx.rich.p[0].r[0].t]
            out['series'] = [[s.tx.v, s.cat.strRef.f, s.val.numRef.f] for s in c.series]
            out['legend'] = c.legend.position
            out['line_legend'] = ws._charts[1].legend
            """)
        #expect(out["charts"] as? [String] == ["BarChart", "LineChart"])
        #expect(out["title"] as? String == "各县驻村天数")
        #expect(out["axes"] as? [String] == ["县", "天数"])
        #expect(out["series"] as? [[String]] == [
            ["本月", "'驻村 天数'!$A$2:$A$4", "'驻村 天数'!$B$2:$B$4"],
            ["上月", "'驻村 天数'!$A$2:$A$4", "'驻村 天数'!$C$2:$C$4"],
        ])
        #expect(out["legend"] as? String == "b")
        #expect(out["line_legend"] is NSNull)
    }

    @Test(arguments: [
        Chart(kind: .column, series: []),
        Chart(kind: .column, title: "=A1", series: [
            Chart.Series(sheet: "汇总", values: CellRange(rows: 0...2, columns: 0...0))
        ]),
        Chart(kind: .line, series: [Chart.Series(sheet: "没有", values: CellRange(rows: 0...2, columns: 0...0))]),
        Chart(kind: .line, series: [Chart.Series(sheet: "汇总", values: CellRange(rows: 0...2, columns: 0...1))]),
    ])
    func invalidChartsThrowBeforeReachingTheWorkbook(chart: Chart) throws {
        let folder = try TemporaryFolder()
        let path = folder.file("chart.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "汇总")
        let error = try #require(throws: XlsxError.self) { try sheet.insertChart(chart, row: 0, column: 2) }
        #expect(error.code == .parameterValidation)
        #expect(error.operation == "worksheet_insert_chart_opt")
        try workbook.close()
        let out = try Openpyxl.inspect(path, "out['charts'] = len(wb['汇总']._charts)")
        #expect(out["charts"] as? Int == 0)
    }
}
