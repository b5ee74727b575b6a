import Foundation
import Testing

/// A config over the bundled sample data that mails through a real SMTP server on loopback, and the
/// commands run against it as cron and the operator run them.
final class MailFixture {
    static let passwordVariable = "BRIEFING_TEST_SMTP_PASSWORD"

    let folder: URL
    let server: SMTPServer
    let config: URL
    var output: URL { folder.appendingPathComponent("out") }
    var window: URL { output.appendingPathComponent("2021-04_2021-10") }

    enum Password {
        case environment
        case file(String, permissions: Int)
    }

    init(password: Password = .environment) throws {
        folder = try BriefingProcess.temporaryDirectory()
        server = try SMTPServer(folder: folder.appendingPathComponent("smtp"), user: "briefing@example.org",
                                password: "Right-Pässword-4417")
        let root = BriefingProcess.repositoryRoot.path
        let reference: String
        switch password {
        case .environment:
            reference = "password_env: \(Self.passwordVariable)"
        case .file(let text, let permissions):
            let file = folder.appendingPathComponent("smtp-password")
            try text.write(to: file, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: file.path)
            reference = "password_file: smtp-password"
        }
        let bundled = try String(contentsOf: BriefingProcess.repositoryRoot.appendingPathComponent("Config/briefing.yaml"), encoding: .utf8)
        let units = bundled[bundled.range(of: "\nunits:")!.lowerBound...]
        let text = """
        batch_start: 2021-04
        inputs:
          teams: '\(root)/Samples/teams.csv'
          cadres: '\(root)/Samples/cadres.csv'
          reports: '\(root)/Samples/reports/*'
          attendance: '\(root)/Samples/attendance/*'
        output: out
        metrics: '\(root)/Config/metrics.yaml'
        templates: '\(root)/Templates'
        office: 示例驻村工作办公室
        mail:
          host: 127.0.0.1
          port: \(server.port)
          ca_file: smtp/cert.pem
          from: briefing@example.org
          user: briefing@example.org
          \(reference)
          retry_delay: 0.1
        """ + units
        config = folder.appendingPathComponent("briefing.yaml")
        try text.write(to: config, atomically: true, encoding: .utf8)
    }

    deinit {
        server.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    func run(_ command: [String], password: String? = "Right-Pässword-4417") throws -> BriefingProcess.Result {
        try BriefingProcess.run(command + ["--config", config.path, "--today", "2021-11-02"],
                                environment: password.map { [Self.passwordVariable: $0] } ?? [:])
    }

    /// Support/check_mail.py: each unit's recipients received exactly that unit's workbook, once, in the
    /// messages numbered above `after`.
    func checkMail(after: Int = 0) throws -> BriefingProcess.Result {
        try BriefingProcess.run(BriefingProcess.python, [
            "Tests/BriefingEndToEndTests/Support/check_mail.py", config.path, window.path, server.spool.path,
            "--after", "\(after)",
        ])
    }

    /// The ledger's rows, read with Python's own sqlite3 module: status and attempts by recipient.
    func ledger() throws -> [String: (status: String, attempts: Int)] {
        let script = """
        import json, sqlite3, sys
        rows = sqlite3.connect(sys.argv[1]).execute("select recipient, status, attempts from delivery").fetchall()
        print(json.dumps(rows))
        """
        let result = try BriefingProcess.run(BriefingProcess.python, ["-c", script, output.appendingPathComponent("history.sqlite").path])
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[Any]]
        return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as! String, (status: $0[1] as! String, attempts: $0[2] as! Int)) })
    }
}

/// Mail as the issue asks: each unit's recipients get exactly their workbook, once, through a real server
/// with STARTTLS and AUTH; failures wait in the ledger for the next run; the password shows nowhere.
@Suite struct MailEndToEndTests {
    @Test func eachUnitsRecipientsReceiveExactlyTheirWorkbookOnceAndASecondRunSendsNothing() throws {
        let fixture = try MailFixture()
        try fixture.server.start()

        let first = try fixture.run(["nightly"])
        #expect(first.status == 65, "the sample data has deliberate mistakes: \(first.stderr)")
        let check = try fixture.checkMail()
        #expect(check.status == 0, "\(check.stdout)")
        for line in ["sender 西藏自治区农业农村厅 -> nyt@example.org x1", "sender 国家电网有限公司 -> sgcc@example.org x1"] {
            #expect(check.stdout.contains(line), "a sending unit's recipient gets its workbook once: \(check.stdout)")
        }
        let sent = fixture.server.received
        #expect(sent >= 6, "at least one message per county")
        #expect(try fixture.ledger().values.allSatisfy { $0.status == "delivered" && $0.attempts == 1 })

        let second = try fixture.run(["nightly"])
        #expect(second.status == 65)
        let mail = try fixture.run(["mail", "--verbose"])
        #expect(mail.status == 0 && mail.stderr.contains("本次送达0封"), "\(mail.stderr)")
        #expect(fixture.server.received == sent, "a re-run sends nothing already delivered")

        let dryRun = try fixture.run(["mail", "--dry-run"])
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout.contains("待发送0封") && dryRun.stdout.contains("mangkang@example.org"), "\(dryRun.stdout)")

        // Another run date changes every workbook's recorded creation date, so every workbook goes again.
        let changed = try BriefingProcess.run(["nightly", "--config", fixture.config.path, "--today", "2021-11-03"],
                                              environment: [MailFixture.passwordVariable: "Right-Pässword-4417"])
        #expect(changed.status == 65)
        #expect(fixture.server.received == 2 * sent, "a changed workbook is sent again")
        let recheck = try fixture.checkMail(after: sent)
        #expect(recheck.status == 0, "\(recheck.stdout)")
    }

    @Test func withTheServerDownTheRunExits75KeepsItsOutputsAndTheNextRunDeliversThem() throws {
        let fixture = try MailFixture()

        let down = try fixture.run(["nightly"])
        #expect(down.status == 75, "\(down.stderr)")
        #expect(down.stderr.contains("无法连接邮件服务器") && down.stderr.contains("自动重试"), "\(down.stderr)")
        let manifest = try JSONSerialization.jsonObject(
            with: Data(contentsOf: fixture.window.appendingPathComponent("manifest.json"))) as! [String: Any]
        let workbooks = (manifest["outputs"] as! [[String: Any]]).filter { $0["kind"] as? String == "workbook" }
        #expect(workbooks.count >= 6, "the outputs are written whatever the mail does")
        let failed = try fixture.ledger()
        #expect(failed.count >= 6 && failed.values.allSatisfy { $0.status == "failed" })
        #expect(failed.values.map(\.attempts).max() == 3, "retried with backoff within the run")

        let dryRun = try fixture.run(["mail", "--dry-run"], password: nil)
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout.contains("RCPT TO:<mangkang@example.org>") && dryRun.stdout.contains("此前已尝试"), "\(dryRun.stdout)")
        #expect(dryRun.stdout.contains("主题：【驻村工作】芒康县2021年4月—10月统计报表"))
        #expect(fixture.server.received == 0)

        try fixture.server.start()
        let next = try fixture.run(["nightly"])
        #expect(next.status == 65, "\(next.stderr)")
        let check = try fixture.checkMail()
        #expect(check.status == 0, "\(check.stdout)")
        #expect(try fixture.ledger().values.allSatisfy { $0.status == "delivered" })
    }

    @Test func aFailedDeliveryIsSentByBriefingMail() throws {
        let fixture = try MailFixture()
        #expect(try fixture.run(["nightly"]).status == 75)
        try fixture.server.start()
        let mail = try fixture.run(["mail"])
        #expect(mail.status == 0, "\(mail.stderr)")
        #expect(mail.stderr.isEmpty, "quiet on success")
        let check = try fixture.checkMail()
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func wrongCredentialsGiveAClearErrorAndThePasswordAppearsInNoOutput() throws {
        let wrong = "Wr0ng-Secret-9931"
        let fixture = try MailFixture(password: .file(wrong + "\n", permissions: 0o600))
        try fixture.server.start()

        let nightly = try fixture.run(["nightly"], password: nil)
        #expect(nightly.status == 78, "\(nightly.stderr)")
        #expect(nightly.stderr.contains("拒绝登录") && nightly.stderr.contains("535"), "\(nightly.stderr)")
        #expect(nightly.stderr.contains("改正后运行 briefing mail"))
        let dryRun = try fixture.run(["mail", "--dry-run"], password: nil)
        let mail = try fixture.run(["mail"], password: nil)
        #expect(mail.status == 78)
        #expect(fixture.server.received == 0)

        var everything = [nightly.stdout, nightly.stderr, dryRun.stdout, dryRun.stderr, mail.stdout, mail.stderr].joined()
        let written = FileManager.default.enumerator(at: fixture.output, includingPropertiesForKeys: nil)!
        for case let file as URL in written where !file.hasDirectoryPath {
            everything += String(decoding: try Data(contentsOf: file), as: UTF8.self)
        }
        #expect(everything.contains("briefing@example.org"), "the outputs and the ledger were read")
        for form in [wrong, Data(wrong.utf8).base64EncodedString(), Data("\u{0}briefing@example.org\u{0}\(wrong)".utf8).base64EncodedString()] {
            #expect(!everything.contains(form), "the password appears in an output")
        }
    }

    @Test func aPasswordFileOthersCanReadIsRefused() throws {
        let fixture = try MailFixture(password: .file("Right-Pässword-4417", permissions: 0o644))
        try fixture.server.start()
        let nightly = try fixture.run(["nightly"], password: nil)
        #expect(nightly.status == 78)
        #expect(nightly.stderr.contains("chmod 600"), "\(nightly.stderr)")
        #expect(fixture.server.received == 0)
    }
}
