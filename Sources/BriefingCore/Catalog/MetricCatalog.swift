/// A rate derived from two summed metrics, never from averaged rates: 诉求化解率 = 解决 / 收集.
public struct RateDefinition: Hashable, Codable, Sendable {
    public let id: String
    public let name: String
    public let numerator: String
    public let denominator: String
}

/// The metrics a province reports on, in the order workbooks and briefings list them.
public struct MetricCatalog: Sendable {
    public let metrics: [MetricDefinition]
    public let rates: [RateDefinition]
    private let positions: [String: Int]

    public init(metrics: [MetricDefinition], rates: [RateDefinition]) throws(CatalogError) {
        var positions: [String: Int] = [:]
        for (position, metric) in metrics.enumerated() {
            guard positions.updateValue(position, forKey: metric.id) == nil else {
                throw .duplicateID(metric.id)
            }
        }
        for rate in rates {
            for part in [rate.numerator, rate.denominator] where positions[part] == nil {
                throw .unknownMetric(part, inRate: rate.id)
            }
        }
        self.metrics = metrics
        self.rates = rates
        self.positions = positions
    }

    public var count: Int { metrics.count }

    /// The metric's column in every `MetricSums` and report row.
    public func position(of id: String) -> Int? { positions[id] }

    public func metric(_ id: String) -> MetricDefinition? { positions[id].map { metrics[$0] } }
}

public enum CatalogError: Error, Equatable, Sendable {
    case duplicateID(String)
    case unknownMetric(String, inRate: String)

    public var message: String {
        switch self {
        case .duplicateID(let id): return "指标标识“\(id)”重复"
        case .unknownMetric(let id, let rate): return "比率“\(rate)”引用了目录中没有的指标“\(id)”"
        }
    }
}
