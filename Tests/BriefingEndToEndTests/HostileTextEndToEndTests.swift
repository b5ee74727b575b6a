import Foundation
import Testing

/// Text typed by people is data, never instructions: not a formula in a workbook, not a path.
@Suite struct HostileTextEndToEndTests {
    /// A one-team data set whose team name is a formula and whose county name tries to leave the folder.
    func writeDataSet(in folder: URL) throws -> URL {
        let files: [String: String] = [
            "teams.csv": """
            工作队编号,工作队名称,县（市、区）,乡（镇）,村（社区、连队）,派出单位,进驻日期
            T1,"=HYPERLINK(""http://example.org"",""点我"")",../逃逸县,=1+1乡,村,单位,2021-04-01
            """,
            "cadres.csv": """
            干部编号,姓名,工作队编号,职务,进驻日期
            C1,张三,T1,第一书记,2021-04-01
            C2,李四,T1,队员,2021-04-01
            C3,王五,T1,队员,2021-04-01
            """,
            "reports.csv": """
            报告期,工作队编号,办实事好事
            2021-04,T1,12
            """,
            "attendance.csv": """
            干部编号,报告期,在村天数
            C1,2021-04,22
            """,
        ]
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let metrics = BriefingProcess.repositoryRoot.appendingPathComponent("Config/metrics.yaml").path
        let templates = BriefingProcess.repositoryRoot.appendingPathComponent("Templates").path
        let config = folder.appendingPathComponent("briefing.yaml")
        try """
        batch_start: 2021-04
        inputs: { teams: teams.csv, cadres: cadres.csv, reports: reports.csv, attendance: attendance.csv }
        output: out
        metrics: \(metrics)
        templates: \(templates)
        units:
          - province: 测试省
            prefectures:
              - name: 测试市
                counties:
                  - name: ../逃逸县
        """.write(to: config, atomically: true, encoding: .utf8)
        return config
    }

    @Test func aFormulaInANameStaysTextAndAUnitNameCannotLeaveTheOutputFolder() throws {
        let folder = try BriefingProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = try writeDataSet(in: folder)
        let result = try BriefingProcess.run(["nightly", "--config", config.path, "--today", "2021-05-10"])
        #expect(result.status == 0, "\(result.stderr)")

        let window = folder.appendingPathComponent("out/2021-04_2021-04")
        let files = try FileManager.default.contentsOfDirectory(atPath: window.path)
        let workbook = try #require(files.first { $0.hasSuffix("逃逸县驻村工作统计表.xlsx") })
        #expect(!workbook.contains("/"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("逃逸县驻村工作统计表.xlsx").path))

        let read = try BriefingProcess.run(BriefingProcess.python, ["-c", """
            import openpyxl, sys
            ws = openpyxl.load_workbook(sys.argv[1])["工作队明细"]
            for cell in (ws["B3"], ws["D3"]):
                print(cell.data_type, cell.value)
            """, window.appendingPathComponent(workbook).path])
        let lines = read.stdout.split(separator: "\n")
        #expect(lines.first == #"s =HYPERLINK("http://example.org","点我")"#)
        #expect(lines.dropFirst().first == "s =1+1乡")
    }
}
