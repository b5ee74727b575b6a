import Foundation

/// One line of the results: what was measured, the median of its runs with their range, and the
/// target issue 7 sets for it, if it sets one.
struct Figure {
    /// How values are kept and shown: times in seconds, rates per second, memory in MiB.
    enum Unit {
        case seconds
        /// Kept in seconds, shown in milliseconds: for per-unit times.
        case milliseconds
        case megabytesPerSecond
        /// Cells or records a second.
        case perSecond
        case mebibytes
        /// How many times another figure.
        case times
        /// A bare ratio, such as CPU time over wall time.
        case ratio

        func format(_ value: Double) -> String {
            guard value.isFinite else { return "—" }
            switch self {
            case .seconds:
                let text = String(format: value < 1 ? "%.3f s" : value < 10 ? "%.2f s" : value < 100 ? "%.1f s" : "%.0f s", value)
                return value < 120 ? text : text + String(format: "（%.1f min）", value / 60)
            case .milliseconds:
                return String(format: value < 0.1 ? "%.2f ms" : "%.1f ms", value * 1000)
            case .megabytesPerSecond:
                return String(format: "%.1f MB/s", value)
            case .perSecond:
                return value >= 1e6 ? String(format: "%.2f M/s", value / 1e6)
                    : value >= 1e3 ? String(format: "%.1f k/s", value / 1e3) : String(format: "%.0f /s", value)
            case .mebibytes:
                return value >= 1024 ? String(format: "%.2f GiB", value / 1024) : String(format: "%.0f MiB", value)
            case .times:
                return String(format: "%.2f×", value)
            case .ratio:
                return String(format: "%.2f", value)
            }
        }

        /// A size in decimal megabytes, as throughput is counted.
        static func megabytes(_ bytes: Int) -> String {
            String(format: bytes < 10_000_000 ? "%.1f MB" : "%.0f MB", Double(bytes) / 1e6)
        }

        /// A count with thousands separated: `3,132,000`.
        static func count(_ value: Int) -> String {
            let digits = String(value.magnitude)
            var grouped = ""
            for (offset, digit) in digits.enumerated() {
                if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
                grouped.append(digit)
            }
            return (value < 0 ? "-" : "") + grouped
        }
    }

    /// A bound on the median, as the issue states it.
    struct Target {
        let text: String
        let isMet: (Double) -> Bool

        static func below(_ limit: Double, _ text: String) -> Target { Target(text: text) { $0 < limit } }
        static func atMost(_ limit: Double, _ text: String) -> Target { Target(text: text) { $0 <= limit } }
        static func atLeast(_ limit: Double, _ text: String) -> Target { Target(text: text) { $0 >= limit } }
    }

    let label: String
    let samples: Samples
    let unit: Unit
    var target: Target?
    /// What else a reader needs to weigh the figure: sizes, counts, the units sampled.
    var detail = ""
    /// Why there is no figure: the runs failed, or the step was skipped.
    var failure: String?
    /// For a figure computed from other figures' medians rather than measured: says so in place of a range.
    var derivation: String?

    init(_ label: String, _ samples: Samples, _ unit: Unit, target: Target? = nil, detail: String = "") {
        self.label = label
        self.samples = samples
        self.unit = unit
        self.target = target
        self.detail = detail
    }

    /// A figure that could not be measured, and why.
    static func missing(_ label: String, _ unit: Unit, target: Target? = nil, because reason: String) -> Figure {
        var figure = Figure(label, Samples(), unit, target: target)
        figure.failure = reason
        return figure
    }

    var value: String { failure == nil ? unit.format(samples.median) : "—" }

    var range: String {
        guard failure == nil else { return "" }
        if let derivation { return derivation }
        guard samples.count > 1 else { return "1 次" }
        return "\(unit.format(samples.minimum))–\(unit.format(samples.maximum))（\(samples.count) 次）"
    }

    /// ✓ or ✗ against the target; empty where the issue sets none.
    var verdict: String {
        guard let target else { return "" }
        guard failure == nil, !samples.isEmpty else { return "✗" }
        return target.isMet(samples.median) ? "✓" : "✗"
    }

    /// The ratio of two figures' medians, `numerator / denominator`; missing when either is.
    static func ratio(_ label: String, _ numerator: Figure, _ denominator: Figure, target: Target? = nil,
                      detail: String = "") -> Figure {
        guard numerator.failure == nil, denominator.failure == nil, !numerator.samples.isEmpty, !denominator.samples.isEmpty else {
            return missing(label, .times, target: target, because: "缺少所比的数字")
        }
        var figure = Figure(label, Samples([numerator.samples.median / denominator.samples.median]), .times,
                            target: target, detail: detail)
        figure.derivation = "中位数之比"
        return figure
    }

    /// The detail, or the failure in its place.
    var note: String { failure.map { "未测得：\($0)" } ?? detail }
}
