import BriefingDelivery

/// The lines `nightly` and `mail` print about the mail: nothing when everything went, otherwise what
/// is waiting, why, and what happens next.
public struct DeliverySummary {
    public let report: DeliveryReport
    /// Also a line when everything went.
    public let verbose: Bool

    public init(report: DeliveryReport, verbose: Bool) {
        self.report = report
        self.verbose = verbose
    }

    public var text: String {
        let counts = "邮件：本次送达\(report.delivered.count)封，此前已送达\(report.alreadyDelivered.count)封"
        guard !report.failed.isEmpty else { return verbose ? counts + "。\n" : "" }
        let next = report.exitCode == 78 ? "改正后运行 briefing mail 补发" : "下次运行或 briefing mail 时自动重试"
        var lines = [counts + "，未送达\(report.failed.count)封（\(next)）："]
        // One line per reason: a server that is down fails every message the same way.
        var reasons: [String] = []
        let byReason = Dictionary(grouping: report.failed) { $0.failure.description }
        for failed in report.failed where !reasons.contains(failed.failure.description) {
            reasons.append(failed.failure.description)
        }
        for reason in reasons {
            let failed = byReason[reason]!
            let recipients = failed.prefix(3).map(\.envelope.recipient).joined(separator: "、")
            lines.append("  \(failed.count)封：\(reason)（\(recipients)\(failed.count > 3 ? "等" : "")）")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
