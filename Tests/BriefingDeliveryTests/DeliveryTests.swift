import Foundation
import GRDB
import Testing
@testable import BriefingCore
@testable import BriefingDelivery

/// A transport that answers from a script, one answer per call, and keeps what it was given.
final class ScriptedTransport: MailTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [MailFailure?]
    private(set) var sent: [MailMessage] = []

    init(_ answers: [MailFailure?]) { self.answers = answers }

    func send(_ message: MailMessage) throws(MailFailure) {
        let answer: MailFailure? = lock.withLock { answers.isEmpty ? nil : answers.removeFirst() }
        if let answer { throw answer }
        lock.withLock { sent.append(message) }
    }
}

@Suite struct DeliveryTests {
    let folder: URL
    let ledger: DeliveryLedger
    var sleeps: [Duration] = []

    init() throws {
        folder = try Fixtures.temporaryFolder()
        ledger = try DeliveryLedger(database: DatabaseQueue(path: folder.appendingPathComponent("history.sqlite").path))
    }

    func dispatcher(_ transport: ScriptedTransport, slept: Box<[Duration]> = Box([])) -> MailDispatcher {
        MailDispatcher(transport: transport, ledger: ledger, retry: RetryPolicy(attempts: 3, firstDelay: .seconds(2)),
                       sleep: { slept.value.append($0) })
    }

    func plan(salt: String = "") throws -> MailPlan {
        Fixtures.plan(try Fixtures.outputs(for: [Fixtures.mangkang, Fixtures.zogang], in: folder, salt: salt))
    }

    @Test func aSecondPassSendsNothingAndAChangedWorkbookGoesAgain() throws {
        let transport = ScriptedTransport([])
        let first = try dispatcher(transport).deliver(try plan())
        #expect(first.delivered.count == 3 && first.failed.isEmpty && first.exitCode == 0)

        let second = try dispatcher(transport).deliver(try plan())
        #expect(second.delivered.isEmpty && second.alreadyDelivered.count == 3)
        #expect(transport.sent.count == 3)

        let changed = try dispatcher(transport).deliver(try plan(salt: " with new figures"))
        #expect(changed.delivered.count == 3, "a workbook with other bytes is another delivery")
        #expect(transport.sent.count == 6)
    }

    @Test func aDeferredMessageIsRetriedWithADoublingWait() throws {
        let slept = Box<[Duration]>([])
        let transport = ScriptedTransport([.deferred("451 try later"), .deferred("451 try later")])
        let report = try dispatcher(transport, slept: slept).deliver(try plan())
        #expect(report.delivered.count == 3)
        #expect(slept.value == [.seconds(2), .seconds(4)])
        #expect(try ledger.entry(for: report.delivered[0].key)?.attempts == 3)
    }

    @Test func anUnreachableServerStopsTheRunAndEveryMessageIsRecordedForTheNext() throws {
        let down = MailFailure.unreachable("cannot connect to 127.0.0.1, port 2525: Connection refused")
        let transport = ScriptedTransport([down, down, down])
        let report = try dispatcher(transport).deliver(try plan())
        #expect(report.delivered.isEmpty && report.failed.count == 3 && report.exitCode == 75)
        let entries = try ledger.entries(window: "2021-04_2021-10")
        #expect(entries.count == 3 && entries.allSatisfy { $0.status == .failed })
        #expect(entries.map(\.attempts).sorted() == [0, 0, 3], "tried three times, then the others left untried")

        let next = try dispatcher(ScriptedTransport([])).deliver(try plan())
        #expect(next.delivered.count == 3 && next.exitCode == 0)
        #expect(try ledger.entries(window: "2021-04_2021-10").allSatisfy { $0.status == .delivered && $0.lastError == nil })
    }

    @Test func aRefusedLoginStopsAtOnceAndAsksForTheConfig() throws {
        let transport = ScriptedTransport([.authentication("535 5.7.8 Authentication credentials invalid")])
        let report = try dispatcher(transport).deliver(try plan())
        #expect(report.failed.count == 3 && report.exitCode == 78)
        #expect(try ledger.entries(window: "2021-04_2021-10").map(\.attempts).reduce(0, +) == 1, "no retry of a refused login")
    }

    @Test func aRejectedRecipientDoesNotHoldUpTheOthers() throws {
        let transport = ScriptedTransport([.rejected("550 5.1.1 no such user")])
        let report = try dispatcher(transport).deliver(try plan())
        #expect(report.failed.count == 1 && report.delivered.count == 2 && report.exitCode == 75)
    }

    @Test func theLedgerOutlivesItsConnection() throws {
        let report = try dispatcher(ScriptedTransport([])).deliver(try plan())
        let reopened = try DeliveryLedger(database: DatabaseQueue(path: folder.appendingPathComponent("history.sqlite").path))
        #expect(try reopened.pending(in: try plan()).isEmpty)
        #expect(try reopened.entry(for: report.delivered[0].key)?.messageID == report.delivered[0].messageID)
    }
}

/// A value a non-escaping test closure can fill in.
final class Box<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}

@Suite struct SecretTests {
    @Test func thePasswordNeverPrintsAndIsRemovedInEveryFormItTravelsIn() throws {
        let secret = try Secret.read(.environment("PW"), environment: ["PW": "Geheim-7731"])
        #expect("\(secret)" == "******" && String(reflecting: secret) == "******")
        let plain = Data("\u{0}bob\u{0}Geheim-7731".utf8).base64EncodedString()
        let login = Data("Geheim-7731".utf8).base64EncodedString()
        let said = "AUTH PLAIN \(plain)\n334 \(login)\nGeheim-7731"
        let redacted = secret.redact(said, user: "bob")
        #expect(!redacted.contains("Geheim") && !redacted.contains(plain) && !redacted.contains(login))
    }

    @Test func aPasswordFileReadableByOthersIsRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("smtp-password")
        try "Geheim-7731\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        #expect(throws: CredentialError.fileTooOpen(file.path, mode: 0o644)) { try Secret.read(.file(file)) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        #expect(try Secret.read(.file(file)).value == "Geheim-7731", "the editor's final newline is no part of it")
        #expect(throws: CredentialError.environmentUnset("NOT_SET_ANYWHERE")) {
            try Secret.read(.environment("NOT_SET_ANYWHERE"), environment: [:])
        }
    }
}

@Suite struct MsmtpTransportTests {
    @Test func thePasswordIsNotOnTheCommandLine() {
        let transport = MsmtpTransport(settings: Fixtures.settings(), password: Secret("Geheim-7731"))
        #expect(!transport.arguments.joined(separator: " ").contains("Geheim"))
        #expect(transport.arguments.contains("--tls-starttls=on") && transport.arguments.contains("--auth=on"))
    }

    /// msmtp's exit codes and last words, as measured against aiosmtpd.
    @Test func msmtpsAnswersBecomeFailuresThatSayWhatToDo() {
        let refused = "msmtp: cannot connect to 127.0.0.1, port 2526: Connection refused\nmsmtp: could not send mail\n"
        #expect(MsmtpTransport.failure(status: 75, stderr: refused) == .unreachable("cannot connect to 127.0.0.1, port 2526: Connection refused"))
        let login = "msmtp: authentication failed (method PLAIN)\nmsmtp: server message: 535 5.7.8 Authentication credentials invalid\n"
        #expect(MsmtpTransport.failure(status: 77, stderr: login).exitCode == 78)
        let unknown = "msmtp: recipient address bad@x.org not accepted by the server\nmsmtp: server message: 550 5.1.1 no such user\n"
        #expect(MsmtpTransport.failure(status: 65, stderr: unknown) == .rejected("recipient address bad@x.org not accepted by the server；server message: 550 5.1.1 no such user"))
        let later = "msmtp: recipient address later@x.org not accepted by the server\nmsmtp: server message: 451 4.3.0 try later\n"
        #expect(MsmtpTransport.failure(status: 69, stderr: later).isTransient)
        let tls = "msmtp: TLS certificate verification failed: The certificate is NOT trusted.\n"
        #expect(MsmtpTransport.failure(status: 69, stderr: tls).exitCode == 78)
    }
}
