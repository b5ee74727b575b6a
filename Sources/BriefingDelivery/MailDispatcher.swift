import BriefingCore
import Foundation

/// How often and how patiently one message is tried within a run: the wait doubles after each failure.
public struct RetryPolicy: Sendable {
    public let attempts: Int
    public let firstDelay: Duration

    public init(attempts: Int, firstDelay: Duration) {
        self.attempts = max(1, attempts)
        self.firstDelay = firstDelay
    }

    public init(_ settings: MailSettings) {
        self.init(attempts: settings.attempts, firstDelay: settings.retryDelay)
    }

    /// The wait after failed attempt `attempt` (1-based): the first delay, then twice it, and so on.
    public func delay(after attempt: Int) -> Duration { firstDelay * (1 << min(attempt - 1, 16)) }
}

/// A message that did not go, and why.
public struct FailedDelivery: Sendable {
    public let envelope: Envelope
    public let failure: MailFailure
}

/// What one pass over a plan did.
public struct DeliveryReport: Sendable {
    public internal(set) var delivered: [Envelope] = []
    /// Already in the ledger as delivered: not sent again.
    public internal(set) var alreadyDelivered: [Envelope] = []
    /// Tried and failed, or left untried because the delivery stopped; all recorded in the ledger.
    public internal(set) var failed: [FailedDelivery] = []

    public init(alreadyDelivered: [Envelope] = []) {
        self.alreadyDelivered = alreadyDelivered
    }

    /// 0 when nothing is left to send; otherwise the most demanding failure's code (78 before 75).
    public var exitCode: Int32 { failed.map(\.failure.exitCode).max() ?? 0 }
}

/// Sends a plan's messages that the ledger does not list as delivered, recording each outcome as it
/// happens, so that a run killed half-way loses nothing it learnt.
public struct MailDispatcher {
    public let transport: any MailTransport
    public let ledger: DeliveryLedger
    public let retry: RetryPolicy
    private let now: () -> Date
    private let sleep: (Duration) -> Void

    public init(transport: any MailTransport, ledger: DeliveryLedger, retry: RetryPolicy,
                now: @escaping () -> Date = Date.init,
                sleep: @escaping (Duration) -> Void = { Thread.sleep(forTimeInterval: Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18) }) {
        self.transport = transport
        self.ledger = ledger
        self.retry = retry
        self.now = now
        self.sleep = sleep
    }

    /// - Parameter progress: called after each message with the count done and the count to do.
    public func deliver(_ plan: MailPlan, progress: (Int, Int) -> Void = { _, _ in }) throws(LedgerError) -> DeliveryReport {
        var report = DeliveryReport()
        let pending = try ledger.pending(in: plan)
        let pendingKeys = Set(pending.map(\.key))
        report.alreadyDelivered = plan.envelopes.filter { !pendingKeys.contains($0.key) }

        var stop: MailFailure?
        for (index, envelope) in pending.enumerated() {
            if let stop {
                // Untried: recorded so that the operator sees it waiting, with the reason.
                try ledger.recordFailure(envelope, stop, attempts: 0, at: now())
                report.failed.append(FailedDelivery(envelope: envelope, failure: stop))
                continue
            }
            let (failure, attempts) = send(envelope)
            if let failure {
                try ledger.recordFailure(envelope, failure, attempts: attempts, at: now())
                report.failed.append(FailedDelivery(envelope: envelope, failure: failure))
                if failure.stopsDelivery { stop = failure }
            } else {
                try ledger.recordDelivered(envelope, attempts: attempts, at: now())
                report.delivered.append(envelope)
            }
            progress(index + 1, pending.count)
        }
        return report
    }

    /// One message, tried until it goes, fails for good, or the attempts are spent.
    private func send(_ envelope: Envelope) -> (MailFailure?, attempts: Int) {
        var attempt = 0
        while true {
            attempt += 1
            do {
                try transport.send(try envelope.message(date: now()))
                return (nil, attempt)
            } catch {
                guard error.isTransient, attempt < retry.attempts else { return (error, attempt) }
                sleep(retry.delay(after: attempt))
            }
        }
    }
}
