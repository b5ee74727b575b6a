import Foundation
import Testing
@testable import BriefingCore

@Suite struct MailConfigTests {
    func load(mail: String, extra: String = "") throws(ConfigError) -> BriefingConfig {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mail-config-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? FileManager.default.copyItem(at: ConfigTests.repositoryRoot.appendingPathComponent("Config/metrics.yaml"),
                                          to: folder.appendingPathComponent("metrics.yaml"))
        let text = """
        batch_start: 2021-04
        inputs: { teams: t.csv, cadres: c.csv, reports: r.csv, attendance: a.csv }
        \(extra)
        mail:
        \(mail)
        units:
          - province: 西藏自治区
            prefectures:
              - name: 昌都市
                counties: [{ name: 芒康县, recipients: [mangkang@example.org] }]
        """
        let url = folder.appendingPathComponent("briefing.yaml")
        try? text.write(to: url, atomically: true, encoding: .utf8)
        return try BriefingConfig.load(from: url.path)
    }

    @Test func aMinimalSectionGetsSubmissionDefaultsAndPathsRelativeToTheConfig() throws {
        let config = try load(mail: """
          host: smtp.example.org
          from: briefing@example.org
          user: briefing@example.org
          password_file: secrets/smtp-password
        """, extra: "history: state/history.sqlite")
        let mail = try #require(config.mail)
        #expect(mail.port == 587 && mail.security == .starttls && mail.msmtp == "/usr/bin/msmtp")
        #expect(mail.subject == .standard && mail.attempts == 3 && mail.retryDelay == .seconds(10))
        #expect(mail.senderName == "驻村工作办公室")
        let folder = URL(fileURLWithPath: config.file).deletingLastPathComponent()
        #expect(mail.password == .file(folder.appendingPathComponent("secrets/smtp-password")))
        #expect(config.historyFile == folder.appendingPathComponent("state/history.sqlite"))
    }

    @Test func aPasswordWrittenInTheConfigIsRefusedAtItsLine() {
        #expect {
            try load(mail: """
              host: smtp.example.org
              from: briefing@example.org
              user: briefing@example.org
              password: hunter2
            """)
        } throws: { error in
            let error = error as! ConfigError
            return error.line == 8 && error.message.contains("password_env") && !error.message.contains("hunter2")
        }
    }

    @Test func mistakesAreNamedAtTheirKey() {
        let cases: [(String, String)] = [
            ("  host: h.example.org\n  from: briefing@example.org\n  password_fiel: p", "未知的键"),
            ("  host: h.example.org\n  from: briefing@example.org\n  tls: yes", "starttls"),
            ("  host: h.example.org\n  from: briefing@example.org\n  user: u", "password_env"),
            ("  host: h.example.org\n  from: briefing\n", "不是有效的邮件地址"),
            ("  host: h.example.org\n  from: briefing@example.org\n  tls: none\n  user: u\n  password_env: P", "不能发送口令"),
            ("  host: h.example.org\n  from: briefing@example.org\n  subject: '{county}统计表'", "{county}"),
        ]
        for (mail, expected) in cases {
            do {
                _ = try load(mail: mail)
                Issue.record("accepted: \(mail)")
            } catch {
                #expect(error.line != nil && error.message.contains(expected), "\(error)")
            }
        }
    }
}
