/// How far from the usual a figure must be to be questioned (rules.yaml `outliers:`).
public struct OutlierSettings: Hashable, Sendable {
    public enum Method: String, CaseIterable, Sendable {
        /// Modified z-score (Iglewicz and Hoaglin): |x − median| / (1.4826 × MAD) above the threshold.
        case robustZ = "robust_z"
        /// More than threshold × the median, or less than the median / threshold.
        case ratio
    }

    /// What a figure is compared with.
    public enum Comparison: String, CaseIterable, Sendable {
        /// The same team's figures of every month it reported.
        case history
        /// The figures of every team of the same county for the same month.
        case peers
    }

    /// A threshold and a floor for counts, and another for money. Money comes in lumps (a project's funds
    /// land in one month; a hundredfold swing is ordinary), so by default only a slip of the unit (万元
    /// typed as 元 is 10 000 times off) stands out; for counts a stray 0 (ten times off) does.
    public struct PerKind: Hashable, Sendable {
        public var count: Double
        /// Floors in 元.
        public var money: Double

        public subscript(kind: MetricKind) -> Double { kind == .money ? money : count }

        enum Keys: String, CodingKey, CaseIterable { case count, money }

        func overridden(by decoder: Decoder, atLeast minimum: Double) throws -> PerKind {
            try decoder.rejectUnknownKeys(Keys.self)
            let container = try decoder.container(keyedBy: Keys.self)
            var result = self
            for (key, field) in [(Keys.count, \PerKind.count), (.money, \.money)] {
                guard let value = try container.decodeIfPresent(Double.self, forKey: key) else { continue }
                guard value >= minimum else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: container,
                                                           debugDescription: "应不小于\(minimum)，不能是\(value)")
                }
                result[keyPath: field] = value
            }
            return result
        }
    }

    public var method = Method.ratio
    /// How far is far: a multiple of the median, or a robust z-score.
    public var threshold = PerKind(count: 10, money: 1000)
    /// Where neither the figure nor the median reaches the floor, nothing is said: 2 against 0 is no news.
    public var floor = PerKind(count: 50, money: 10_000)
    public var compareWith: [Comparison] = [.history, .peers]
    /// Figures in a comparison group, the one judged included, below which nothing is judged.
    public var minValues = 5

    public init() {}

    enum Keys: String, CodingKey, CaseIterable {
        case method, threshold, floor, compare_with, min_values
    }

    /// These settings with those written at `decoder` in their place.
    func overridden(by decoder: Decoder) throws -> OutlierSettings {
        try decoder.rejectUnknownKeys(Keys.self)
        let container = try decoder.container(keyedBy: Keys.self)
        var result = self
        if container.contains(.method) {
            result.method = try container.parse(.method) { text throws(RuleTextError) in
                guard let method = Method(rawValue: text) else {
                    throw RuleTextError(message: "方法应为 robust_z（稳健Z值）或 ratio（中位数倍数），不能是“\(text)”")
                }
                return method
            }
        }
        if container.contains(.threshold) {
            result.threshold = try threshold.overridden(by: container.superDecoder(forKey: .threshold), atLeast: 1)
        }
        if container.contains(.floor) {
            result.floor = try floor.overridden(by: container.superDecoder(forKey: .floor), atLeast: 0)
        }
        if container.contains(.compare_with) {
            result.compareWith = try container.decode([String].self, forKey: .compare_with).map { text in
                guard let comparison = Comparison(rawValue: text) else {
                    throw DecodingError.dataCorruptedError(forKey: .compare_with, in: container,
                                                           debugDescription: "比较对象应为 history（本队各月）或 peers（本县同月各队），不能是“\(text)”")
                }
                return comparison
            }
        }
        if let minValues = try container.decodeIfPresent(Int.self, forKey: .min_values) {
            guard minValues >= 3 else {
                throw DecodingError.dataCorruptedError(forKey: .min_values, in: container,
                                                       debugDescription: "至少要有3个数才谈得上偏离，不能是\(minValues)")
            }
            result.minValues = minValues
        }
        return result
    }
}
