/// What a metric counts: things, or money (held in 分, written in 元, 万元 or 亿元).
public enum MetricKind: String, Codable, Sendable {
    case count
    case money
}

/// How a briefing writes a figure unless its template says otherwise (see briefing-style.md).
public enum NumberStyle: String, Codable, Sendable {
    /// `1677名`, `1935万元`.
    case exact
    /// Floored, with 余 marking what was cut: `7万余件`.
    case approx
}

/// One metric of the catalog: a column of the monthly report and a line of every summary.
public struct MetricDefinition: Hashable, Codable, Sendable {
    /// Stable English id, also accepted as a column header: `deeds`.
    public let id: String
    /// The Chinese header and the name in workbooks: `办实事好事`.
    public let name: String
    /// Other headers that mean the same column.
    public let aliases: [String]
    /// The counting word for counts (`件`, `户次`); `元` for money.
    public let unit: String
    public let kind: MetricKind
    public let style: NumberStyle
    /// The briefing paragraph the metric belongs to (为民服务, 基层组织 …); nil keeps it out of the prose.
    public let theme: String?

    public init(id: String, name: String, aliases: [String] = [], unit: String, kind: MetricKind,
                style: NumberStyle, theme: String? = nil) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.unit = unit
        self.kind = kind
        self.style = style
        self.theme = theme
    }
}

extension MetricDefinition {
    private enum CodingKeys: String, CodingKey { case id, name, aliases, unit, kind, style, theme }

    /// Only id, name, unit and kind are required in metrics.yaml; the rest have sensible defaults.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(MetricKind.self, forKey: .kind)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            aliases: try container.decodeIfPresent([String].self, forKey: .aliases) ?? [],
            unit: try container.decode(String.self, forKey: .unit),
            kind: kind,
            style: try container.decodeIfPresent(NumberStyle.self, forKey: .style) ?? .exact,
            theme: try container.decodeIfPresent(String.self, forKey: .theme)
        )
    }
}
