import Crypto
import Foundation
@testable import BriefingCore
@testable import BriefingDelivery

/// Units, settings and files shared by the delivery tests.
enum Fixtures {
    static let province = SummaryScope.unit(ReportingUnit(level: .province, name: "西藏自治区", recipients: ["xizang@example.org"],
                                                          province: "西藏自治区", prefecture: nil))
    static let prefecture = SummaryScope.unit(ReportingUnit(level: .prefecture, name: "昌都市", recipients: ["changdu@example.org"],
                                                            province: "西藏自治区", prefecture: "昌都市"))
    static let mangkang = SummaryScope.unit(ReportingUnit(level: .county, name: "芒康县",
                                                          recipients: ["mangkang@example.org", "MangKang@example.org", "deputy@example.org"],
                                                          province: "西藏自治区", prefecture: "昌都市"))
    static let zogang = SummaryScope.unit(ReportingUnit(level: .county, name: "左贡县", recipients: ["zuogong@example.org"],
                                                        province: "西藏自治区", prefecture: "昌都市"))
    static let basu = SummaryScope.unit(ReportingUnit(level: .county, name: "八宿县", province: "西藏自治区", prefecture: "昌都市"))
    /// A sending unit whose recipient is also a county's: each gets its own workbook.
    static let department = SummaryScope.sender(SendingUnit(name: "西藏自治区农业农村厅", aliases: ["自治区农业农村厅"],
                                                            recipients: ["nyt@example.org", "zuogong@example.org"]))
    static let units = [province, prefecture, mangkang, zogang, basu, department]

    static func settings(attempts: Int = 3, retryDelay: Duration = .seconds(2)) -> MailSettings {
        MailSettings(msmtp: "/usr/bin/msmtp", host: "smtp.example.org", port: 587, security: .starttls, caFile: nil,
                     from: "briefing@example.org", senderName: "示例驻村工作办公室", user: "briefing@example.org",
                     password: .environment("BRIEFING_SMTP_PASSWORD"), subject: .standard, attempts: attempts,
                     retryDelay: retryDelay, timeoutSeconds: 60)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("delivery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// Writes a workbook stand-in and a briefing for each unit, and returns what a run would report.
    static func outputs(for units: [SummaryScope], in folder: URL, salt: String = "") throws -> [UnitOutputs] {
        try units.map { unit in
            let workbook = folder.appendingPathComponent("\(unit.outputName)统计表.xlsx")
            let data = Data("PK workbook of \(unit.name)\(salt)".utf8)
            try data.write(to: workbook)
            let briefing = folder.appendingPathComponent("\(unit.outputName)简报.txt")
            try "\(unit.name)简报正文。\n第二行。\n".write(to: briefing, atomically: true, encoding: .utf8)
            return UnitOutputs(unit: unit, workbook: workbook, workbookSHA256: sha256(data), briefing: briefing)
        }
    }

    static func plan(_ outputs: [UnitOutputs], settings: MailSettings = settings()) -> MailPlan {
        MailPlan(units: units, outputs: outputs, window: "2021-04_2021-10", windowTitle: "2021年4月—10月",
                 settings: settings, office: "示例驻村工作办公室")
    }
}
