import Foundation

/// The config of a data set a test writes into a folder: its input files by kind, the repository's
/// metrics, rules and templates, the given counties (one prefecture of one province), money in 元.
struct TestConfig {
    /// File names in the folder, by kind (`teams`, `cadres`, `reports`, `attendance`).
    var inputs: [String: [String]]
    var counties: [String]
    var batchStart: String

    func write(in folder: URL) throws -> URL {
        let repository = BriefingProcess.repositoryRoot
        let inputs = ["teams", "cadres", "reports", "attendance"]
            .map { kind in "  \(kind): [\((self.inputs[kind] ?? []).joined(separator: ", "))]" }
        let counties = self.counties.map { "          - { name: \($0), aliases: [\($0.dropLast())] }" }
        let text = ["batch_start: \(batchStart)", "inputs:"] + inputs + [
            "output: out",
            "metrics: \(repository.appendingPathComponent("Config/metrics.yaml").path)",
            "rules: \(repository.appendingPathComponent("Config/rules.yaml").path)",
            "templates: \(repository.appendingPathComponent("Templates").path)",
            "workbook: { money_unit: 元 }",
            "units:",
            "  - province: 西藏自治区",
            "    prefectures:",
            "      - name: 昌都市",
            "        counties:",
        ] + counties
        let url = folder.appendingPathComponent("briefing.yaml")
        try (text.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}

/// What `briefing validate --json` prints (cli-and-config.md).
struct ValidateOutput: Decodable {
    struct Finding: Decodable {
        let code: String
        let severity: String
        let file: String
        let line: Int?
        let column: String?
        let teamID: String?
        let cadreID: String?
        let period: String?
        let message: String

        enum CodingKeys: String, CodingKey {
            case code, severity, file, line, column, period, message
            case teamID = "team_id", cadreID = "cadre_id"
        }

        var fileName: String { URL(fileURLWithPath: file).lastPathComponent }
    }

    struct Input: Decodable {
        let path: String
        let recordsRead: Int
        let recordsAccepted: Int
        let recordsRejected: Int

        enum CodingKeys: String, CodingKey {
            case path
            case recordsRead = "records_read", recordsAccepted = "records_accepted", recordsRejected = "records_rejected"
        }

        var fileName: String { URL(fileURLWithPath: path).lastPathComponent }
    }

    struct Summary: Decodable {
        let inputs: [Input]
    }

    let findings: [Finding]
    let summary: Summary
}

/// A county workbook's 汇总 sheet as openpyxl reads it: each metric's Chinese name and its value (money
/// in the workbook's unit); a metric no team reported is absent.
enum WorkbookOverview {
    static func read(_ workbook: URL) throws -> [String: Double] {
        let result = try BriefingProcess.run(BriefingProcess.python, ["-c", """
            import json, sys, openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1], read_only=True)["汇总"]
            rows = sheet.iter_rows(min_row=3, values_only=True)
            print(json.dumps({row[0]: row[2] for row in rows if row[0] and isinstance(row[2], (int, float))}))
            """, workbook.path])
        guard result.status == 0 else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "openpyxl: \(result.stderr)"])
        }
        return try JSONDecoder().decode([String: Double].self, from: Data(result.stdout.utf8))
    }
}
