import BriefingCore
import Stencil

/// Marks text built from a figure nobody reported (or a rate that cannot be stated). The renderer drops
/// every clause and line that carries it, so a briefing leaves such a sentence out rather than write 0.
let omittedMark: Character = "\u{E000}"

/// A metric's total as a template sees it: `{{ m.deeds }}` writes it in the catalog's default style,
/// `{{ m.deeds|approx }}`, `|exact` and `|duo` choose one.
struct TemplateFigure: CustomStringConvertible, DynamicMemberLookup {
    let metric: MetricDefinition
    /// Counts as they are; money in 分. Nil: not reported by any team.
    let value: Int64?

    func text(_ style: NumberStyle, marker: ApproxMarker = .yu) -> String {
        guard let value else { return String(omittedMark) }
        switch (metric.kind, style) {
        case (.count, .exact): return FigureText.exact(count: value, unit: metric.unit)
        case (.count, .approx): return FigureText.approx(count: value, unit: metric.unit, marker: marker)
        case (.money, .exact): return FigureText.exact(money: Money(fen: value))
        case (.money, .approx): return FigureText.approx(money: Money(fen: value), marker: marker)
        }
    }

    var description: String { text(metric.style) }

    subscript(dynamicMember member: String) -> Any? {
        switch member {
        case "name": return metric.name
        case "unit": return metric.unit
        case "reported": return value != nil
        case "value": return value.map { metric.kind == .money ? Double($0) / 100 : Double($0) }
        default: return nil
        }
    }
}

/// A derived rate as a template sees it: `{{ rate.grievance_resolution_rate }}` writes `99.9%`.
struct TemplateRate: CustomStringConvertible {
    let rate: RateFigure

    var description: String {
        guard let numerator = rate.numerator, let denominator = rate.denominator,
              let text = FigureText.rate(numerator, of: denominator) else { return String(omittedMark) }
        return text
    }
}
