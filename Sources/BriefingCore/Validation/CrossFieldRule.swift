import Foundation

/// How the two sides of a cross-field rule must compare.
public enum ComparisonOperator: String, CaseIterable, Sendable {
    case lessOrEqual = "<="
    case less = "<"
    case greaterOrEqual = ">="
    case greater = ">"
    case equal = "=="
    case notEqual = "!="

    func holds<Value: Comparable>(_ left: Value, _ right: Value) -> Bool {
        switch self {
        case .lessOrEqual: return left <= right
        case .less: return left < right
        case .greaterOrEqual: return left >= right
        case .greater: return left > right
        case .equal: return left == right
        case .notEqual: return left != right
        }
    }

    /// What the rule asks, in words: 解决困难诉求应“不多于”收集困难诉求.
    var expectation: String {
        switch self {
        case .lessOrEqual: return "不多于"
        case .less: return "少于"
        case .greaterOrEqual: return "不少于"
        case .greater: return "多于"
        case .equal: return "等于"
        case .notEqual: return "不等于"
        }
    }

    /// What a breach is, in words: 解决困难诉求“多于”收集困难诉求.
    var breach: String {
        switch self {
        case .lessOrEqual: return "多于"
        case .less: return "不少于"
        case .greaterOrEqual: return "少于"
        case .greater: return "不多于"
        case .equal: return "不等于"
        case .notEqual: return "等于"
        }
    }

    static func parse(_ text: String) throws(RuleTextError) -> ComparisonOperator {
        guard let op = ComparisonOperator(rawValue: text.trimmingCharacters(in: .whitespaces)) else {
            throw RuleTextError(message: "运算符应为 <=、<、>=、>、==、!= 之一（YAML 中请加引号，如 \">=\"），不能是“\(text)”")
        }
        return op
    }
}

/// What a rule does when a figure it compares was left blank. Blank is not zero, so by default a rule
/// is not applied to a report that left any of its figures blank.
public enum MissingValueStrategy: String, CaseIterable, Sendable {
    case skipIfAnyMissing = "skip_if_any_missing"
    case skipIfAllMissing = "skip_if_all_missing"
    /// Blanks count as 0.
    case neverSkip = "never_skip"

    /// Whether a report with `blanks` blank figures of a rule's `metrics` goes unchecked.
    func skips(blanks: Int, of metrics: Int) -> Bool {
        switch self {
        case .skipIfAnyMissing: blanks > 0
        case .skipIfAllMissing: blanks == metrics
        case .neverSkip: false
        }
    }

    static func parse(_ text: String) throws(RuleTextError) -> MissingValueStrategy {
        guard let strategy = MissingValueStrategy(rawValue: text) else {
            throw RuleTextError(message: "缺失值处理应为 \(allCases.map(\.rawValue).joined(separator: "、")) 之一，不能是“\(text)”")
        }
        return strategy
    }
}

/// One side of a rule: metrics and numbers added up, as in `disputes_found + grievances_received` or `0`.
public struct RuleExpression: Hashable, Sendable {
    public enum Term: Hashable, Sendable {
        case metric(MetricDefinition, position: Int)
        /// In the metrics' own unit: 元 for money.
        case number(Decimal)
    }

    public let terms: [Term]
    /// The numbers' sum in hundredths (分 for money), where that is a whole number; nil otherwise.
    fileprivate let numbersInHundredths: Int64?
    /// The metrics' positions, and whether each is money (held in 分 already): what `hundredths` reads,
    /// without copying a metric's definition for each of millions of reports.
    fileprivate let metricSlots: [MetricSlot]

    /// Terms are metric ids or Chinese names from the catalog, or numbers, joined by `+`.
    init(parsing text: String, catalog: MetricCatalog) throws(RuleTextError) {
        var terms: [Term] = []
        for part in text.split(separator: "+", omittingEmptySubsequences: false) {
            let word = part.trimmingCharacters(in: .whitespaces)
            if let number = RuleExpression.number(word) {
                terms.append(.number(number))
            } else if let position = catalog.position(of: word)
                        ?? catalog.metrics.firstIndex(where: { $0.name == word }) {
                terms.append(.metric(catalog.metrics[position], position: position))
            } else {
                throw RuleTextError(message: word.isEmpty
                    ? "“\(text)”中有空项；应写作指标标识或数字，用 + 连接，如 disputes_found + grievances_received"
                    : "“\(word)”既不是指标目录中的指标，也不是数字")
            }
        }
        self.terms = terms
        var numbers = Decimal(0)
        for case .number(let number) in terms { numbers += number * 100 }
        numbersInHundredths = numbers.isWholeNumberInInt64Range ? Int64(truncating: numbers as NSDecimalNumber) : nil
        metricSlots = terms.compactMap { term in
            if case .metric(let metric, let position) = term { MetricSlot(position: position, isMoney: metric.kind == .money) } else { nil }
        }
    }

    /// A plain decimal such as `0` or `2.5`; `Decimal(string:)` alone would read `12abc` as 12.
    private static func number(_ word: String) -> Decimal? {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return Decimal(string: word, locale: Locale(identifier: "en_US_POSIX"))
    }

    var metrics: [MetricDefinition] {
        terms.compactMap { if case .metric(let metric, _) = $0 { metric } else { nil } }
    }

    /// The side as a clerk reads it: `收集困难诉求`, `宣讲教育与技能培训之和`, `0`.
    var name: String {
        let names = terms.map { term -> String in
            switch term {
            case .metric(let metric, _): return metric.name
            case .number(let number): return "\(number)"
            }
        }
        return names.count == 1 ? names[0] : names.joined(separator: "与") + "之和"
    }

    /// The side's value in hundredths (money in 分), blanks counted as 0, and how many of its metrics were
    /// blank: exact integer work for the millions of reports a rule is checked against. Nil where a number
    /// is finer than a hundredth or the sum overflows; `evaluate` then answers.
    func hundredths(_ figures: Figures) -> (value: Int64, blanks: Int)? {
        MetricSlot.hundredths(metricSlots, plus: numbersInHundredths, in: figures)
    }

    /// The side's value in `figures` (money in 元), blanks counted as 0, and how many of its metrics were blank.
    func evaluate(_ figures: Figures) -> (value: Decimal, blanks: Int) {
        var value = Decimal(0)
        var blanks = 0
        for term in terms {
            switch term {
            case .number(let number):
                value += number
            case .metric(let metric, let position):
                guard let stored = figures[position] else {
                    blanks += 1
                    continue
                }
                value += metric.kind == .money ? Decimal(stored) / 100 : Decimal(stored)
            }
        }
        return (value, blanks)
    }
}

/// A metric of a rule's side: its position in the catalog and whether it is money (held in 分 already).
private struct MetricSlot: Hashable, Sendable {
    let position: Int
    let isMoney: Bool

    /// The sum of `constant` and the metrics at `slots` in hundredths, and how many were blank; nil where
    /// `constant` is not a whole number of hundredths or the sum overflows.
    static func hundredths(_ slots: some Sequence<MetricSlot>, plus constant: Int64?,
                           in figures: Figures) -> (value: Int64, blanks: Int)? {
        guard var value = constant else { return nil }
        var blanks = 0
        for slot in slots {
            guard let stored = figures[slot.position] else {
                blanks += 1
                continue
            }
            let (term, overflowed) = slot.isMoney ? (stored, false) : stored.multipliedReportingOverflow(by: 100)
            let (sum, overflowedSum) = value.addingReportingOverflow(term)
            if overflowed || overflowedSum { return nil }
            value = sum
        }
        return (value, blanks)
    }
}

/// The exact integer part of a list of cross-field rules, in flat arrays with nothing reference-counted
/// in their elements: every core screens millions of reports against the same rules, and taking a rule
/// or its arrays out for each report would have the cores queue for the same reference counts.
struct IntegerScreen: Sendable {
    private struct Side: Sendable {
        let slots: Range<Int>
        let constant: Int64?
    }

    private struct Check: Sendable {
        let left: Side
        let right: Side
        let comparison: ComparisonOperator
        let missing: MissingValueStrategy
    }

    private let slots: [MetricSlot]
    private let checks: [Check]

    init(_ rules: [CrossFieldRule]) {
        var slots: [MetricSlot] = []
        func side(_ expression: RuleExpression) -> Side {
            let start = slots.count
            slots += expression.metricSlots
            return Side(slots: start..<slots.count, constant: expression.numbersInHundredths)
        }
        checks = rules.map { rule in
            Check(left: side(rule.left), right: side(rule.right), comparison: rule.comparison, missing: rule.missing)
        }
        self.slots = slots
    }

    /// Calls `breaks` with the positions, in order, of the rules that `figures` may break: those the exact
    /// integer work cannot show to hold or to be skipped. Reads the arrays in place throughout `body`.
    func withScreen<Result>(_ body: ((_ figures: Figures, _ breaks: (Int) -> Void) -> Void) throws -> Result) rethrows -> Result {
        try slots.withUnsafeBufferPointer { slots in
            try checks.withUnsafeBufferPointer { checks in
                try body { figures, breaks in
                    for index in checks.indices {
                        let check = checks[index]
                        guard let (left, leftBlanks) = MetricSlot.hundredths(slots[check.left.slots], plus: check.left.constant, in: figures),
                              let (right, rightBlanks) = MetricSlot.hundredths(slots[check.right.slots], plus: check.right.constant, in: figures)
                        else {
                            breaks(index)
                            continue
                        }
                        let blanks = leftBlanks + rightBlanks
                        if check.missing.skips(blanks: blanks, of: check.left.slots.count + check.right.slots.count)
                            || check.comparison.holds(left, right) { continue }
                        breaks(index)
                    }
                }
            }
        }
    }
}

private extension Decimal {
    var isWholeNumberInInt64Range: Bool {
        var rounded = Decimal()
        var value = self
        NSDecimalRound(&rounded, &value, 0, .plain)
        return rounded == self && self <= Decimal(Int64.max) && self >= Decimal(Int64.min)
    }
}

/// A rule relating figures of one monthly report (DHIS2's validation rule): left side, operator, right
/// side, applied to every report. An error-level breach keeps the report out of the totals.
public struct CrossFieldRule: Hashable, Sendable {
    /// The rule's id, published as the finding code: `rule.grievances_resolved_le_received`.
    public let code: FindingCode
    public let left: RuleExpression
    public let comparison: ComparisonOperator
    public let right: RuleExpression
    public let severity: Severity
    public let missing: MissingValueStrategy
    public let message: MessageTemplate

    /// Checks what makes a rule meaningful: it compares metrics, all counts or all money.
    init(id: String, left: RuleExpression, comparison: ComparisonOperator, right: RuleExpression,
         severity: Severity, missing: MissingValueStrategy, message: MessageTemplate?) throws(RuleTextError) {
        guard id.hasPrefix("rule."), id.count > 5 else {
            throw RuleTextError(message: "规则标识“\(id)”应以 rule. 开头（如 rule.grievances_resolved_le_received），以免与内置问题代码混淆")
        }
        let metrics = left.metrics + right.metrics
        guard let first = metrics.first else {
            throw RuleTextError(message: "规则\(id)两边都没有指标，无从校验")
        }
        guard metrics.allSatisfy({ $0.kind == first.kind }) else {
            throw RuleTextError(message: "规则\(id)把金额与计数放在一起比较，无法成立；请只比较同类指标")
        }
        code = FindingCode(rawValue: id)
        self.left = left
        self.comparison = comparison
        self.right = right
        self.severity = severity
        self.missing = missing
        self.message = message ?? MessageTemplate.standard(comparingWithNumber: right.metrics.isEmpty)
    }

    private func skips(blanks: Int) -> Bool {
        missing.skips(blanks: blanks, of: left.metricSlots.count + right.metricSlots.count)
    }

    /// The unit both sides are counted in, where all their metrics share one.
    private var unit: String? {
        let units = Set((left.metrics + right.metrics).map(\.unit))
        return units.count == 1 ? units.first : nil
    }

    /// The finding for `report`, or nil where the rule holds or its missing-value strategy skips it.
    func check(_ report: MonthlyReport) -> Finding? {
        if let (leftValue, leftBlanks) = left.hundredths(report.figures),
           let (rightValue, rightBlanks) = right.hundredths(report.figures),
           skips(blanks: leftBlanks + rightBlanks) || comparison.holds(leftValue, rightValue) {
            return nil
        }
        let (leftValue, leftBlanks) = left.evaluate(report.figures)
        let (rightValue, rightBlanks) = right.evaluate(report.figures)
        guard !skips(blanks: leftBlanks + rightBlanks), !comparison.holds(leftValue, rightValue) else { return nil }

        func written(_ value: Decimal, blanks: Int, of side: RuleExpression) -> String {
            let figure = "\(value)\(unit ?? "")"
            if blanks == 0 { return figure }
            return blanks == side.metrics.count ? "未填（按0计）" : "\(figure)（含未填项，按0计）"
        }
        let text = message.render([
            "left": left.name, "left_value": written(leftValue, blanks: leftBlanks, of: left),
            "right": right.name, "right_value": written(rightValue, blanks: rightBlanks, of: right),
            "relation": comparison.breach, "expected": comparison.expectation,
        ])
        return Finding(code, severity, file: report.source.file, line: report.source.line,
                       column: left.metrics.first?.name ?? right.metrics.first?.name,
                       teamID: report.teamID, period: report.period, message: text)
    }
}
