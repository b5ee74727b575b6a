import BriefingCore
import Foundation
import Stencil

/// Marks text built from a figure nobody reported (or a rate that cannot be stated). The renderer drops
/// every clause and line that carries it, so a briefing leaves such a sentence out rather than write 0.
let omittedMark: Character = "\u{E000}"

/// The figures a rendering stated, in order, each with the workbook cell it came from.
public final class BriefingTrace {
    public struct Entry: Sendable, Equatable {
        /// As the briefing wrote it: `690余件`.
        public let text: String
        /// `汇总!C13`.
        public let cell: String
        /// The cell's value as the workbook holds it, before any rounding for prose.
        public let value: String
    }

    public private(set) var entries: [Entry] = []

    func record(_ text: String, cell: String, value: String) {
        entries.append(Entry(text: text, cell: cell, value: value))
    }

    /// Keeps the figures that reached the reader: a clause or line left out for an unreported figure
    /// may have rendered others, which the final text no longer states. Entries are in text order.
    func keepOnly(statedIn text: String) {
        var cursor = text.startIndex
        entries = entries.filter { entry in
            guard let found = text.range(of: entry.text, range: cursor..<text.endIndex) else { return false }
            cursor = found.upperBound
            return true
        }
    }
}

/// A metric's total as a template sees it: `{{ m.deeds }}` writes it in the catalog's default style,
/// `{{ m.deeds|approx }}`, `|exact` and `|duo` choose one.
struct TemplateFigure: CustomStringConvertible, DynamicMemberLookup {
    let metric: MetricDefinition
    /// Counts as they are; money in 分. Nil: not reported by any team.
    let value: Int64?
    let cell: String
    let trace: BriefingTrace

    func text(_ style: NumberStyle, marker: ApproxMarker = .yu) -> String {
        guard let value else { return String(omittedMark) }
        let text: String
        switch (metric.kind, style) {
        case (.count, .exact): text = FigureText.exact(count: value, unit: metric.unit)
        case (.count, .approx): text = FigureText.approx(count: value, unit: metric.unit, marker: marker)
        case (.money, .exact): text = FigureText.exact(money: Money(fen: value))
        case (.money, .approx): text = FigureText.approx(money: Money(fen: value), marker: marker)
        }
        trace.record(text, cell: cell, value: metric.kind == .money ? FigureText.exact(money: Money(fen: value)) : "\(value)")
        return text
    }

    var description: String { text(metric.style) }

    subscript(dynamicMember member: String) -> Any? {
        switch member {
        case "name": return metric.name
        case "unit": return metric.unit
        case "reported": return value != nil
        default: return nil
        }
    }
}

/// A count from the rosters (staffing), written as it is.
struct TemplateCount: CustomStringConvertible {
    let value: Int
    let cell: String
    let trace: BriefingTrace

    var description: String {
        trace.record("\(value)", cell: cell, value: "\(value)")
        return "\(value)"
    }
}

/// A derived rate as a template sees it: `{{ rate.grievance_resolution_rate }}` writes `99.9%`.
struct TemplateRate: CustomStringConvertible {
    let rate: RateFigure
    let cell: String
    let trace: BriefingTrace

    var description: String {
        guard let numerator = rate.numerator, let denominator = rate.denominator,
              let text = FigureText.rate(numerator, of: denominator) else { return String(omittedMark) }
        trace.record(text, cell: cell, value: "\(numerator)/\(denominator)")
        return text
    }
}

/// Marks where a template named a variable the context does not have: rendering it would silently
/// write nothing, so the renderer turns the mark into an error that names the variable and its place.
let unknownVariableStart: Character = "\u{E001}"
let unknownVariableEnd: Character = "\u{E002}"

/// A group of template variables (`m`, `staffing`, `unit` …) that answers an unknown name with an
/// `UnknownVariable` instead of nothing.
struct StrictDictionary: DynamicMemberLookup {
    let path: String
    let values: [String: Any]

    init(_ path: String, _ values: [String: Any]) {
        self.path = path
        self.values = values
    }

    subscript(dynamicMember member: String) -> Any? {
        values[member] ?? UnknownVariable(path: "\(path).\(member)")
    }
}

struct UnknownVariable: CustomStringConvertible {
    let path: String
    var description: String { "\(unknownVariableStart)\(path)\(unknownVariableEnd)" }
}
