/// How a sample fills one metric column: a team's monthly figure of plausible size, and resolved figures
/// never above what they resolve. Money is in whole hundreds of 元, so that 万元 cells stay exact.
enum SampleMetricRule: Sendable, Equatable {
    /// Uniform in the range, then scaled by the team's activity.
    case count(ClosedRange<Int>)
    /// Zero in most months.
    case rare(percent: Int, ClosedRange<Int>)
    /// At most the figure of column `base`, usually all of it.
    case atMost(base: Int)
    /// The figure of column `base` times a factor in the range (people per session).
    case perUnit(base: Int, ClosedRange<Int>)
    /// Zero in most months, otherwise this many hundreds of 元.
    case money(percent: Int, hundreds: ClosedRange<Int>)

    /// One rule per metric, by id; a metric a province added gets a generic small count (or sum).
    static func rules(for metrics: [MetricDefinition]) -> [SampleMetricRule] {
        let columns = Dictionary(metrics.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func dependent(_ base: String, _ make: (Int) -> SampleMetricRule) -> SampleMetricRule {
            columns[base].map(make) ?? .count(0...10)
        }
        return metrics.map { metric in
            switch metric.id {
            case "visits": .count(20...150)
            case "deeds": .count(5...40)
            case "beneficiaries": dependent("deeds") { .perUnit(base: $0, 3...15) }
            case "grievances_received": .count(2...20)
            case "grievances_resolved": dependent("grievances_received") { .atMost(base: $0) }
            case "disputes_found": .count(0...6)
            case "disputes_resolved": dependent("disputes_found") { .atMost(base: $0) }
            case "projects": .count(0...3)
            case "funds": .money(percent: 35, hundreds: 5...8000)
            case "study_sessions": .count(1...8)
            case "study_attendance": dependent("study_sessions") { .perUnit(base: $0, 15...60) }
            case "trainings": .count(0...4)
            case "trainees": dependent("trainings") { .perUnit(base: $0, 10...40) }
            case "party_trainees": .count(0...30)
            case "committee_trainees": .count(0...12)
            case "activists": .count(0...3)
            case "new_members": .rare(percent: 10, 1...2)
            case "reserve_cadres": .count(0...2)
            case "rules_established": .count(0...3)
            case "cooperatives": .rare(percent: 5, 1...1)
            case "jobs": .count(0...15)
            case "income_gain": .money(percent: 40, hundreds: 1...2000)
            case "collective_income": .money(percent: 50, hundreds: 10...3000)
            case "consolation_visits": .count(5...60)
            default: metric.kind == .money ? .money(percent: 30, hundreds: 1...1000) : .count(0...10)
            }
        }
    }

    var isDependent: Bool {
        switch self {
        case .atMost, .perUnit: true
        case .count, .rare, .money: false
        }
    }

    /// This month's figure; `values` holds the columns already filled (bases come before dependents).
    func value(activity: Int, values: [Int], random: inout SampleRandom) -> Int {
        switch self {
        case let .count(range):
            return (random.int(in: range) * activity + 50) / 100
        case let .rare(percent, range):
            return random.chance(percent: percent) ? random.int(in: range) : 0
        case let .atMost(base):
            return values[base] - random.below(values[base] / 3 + 1)
        case let .perUnit(base, range):
            return values[base] * random.int(in: range)
        case let .money(percent, hundreds):
            return random.chance(percent: percent) ? random.int(in: hundreds) * 100 : 0
        }
    }
}
