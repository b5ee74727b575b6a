import Foundation

/// The Chinese message of a cross-field rule, with `{placeholders}` filled in from the report.
public struct MessageTemplate: Hashable, Sendable {
    /// `{left}`/`{right}`: the sides by name; `{left_value}`/`{right_value}`: their figures with the unit;
    /// `{relation}`: the breach in words (多于); `{expected}`: what the rule asks (不多于).
    public static let placeholders: Set<String> = ["left", "left_value", "right", "right_value", "relation", "expected"]

    public let text: String

    init(_ text: String) throws(RuleTextError) {
        for name in MessageTemplate.names(in: text) where !MessageTemplate.placeholders.contains(name) {
            throw RuleTextError(message: "提示语中的“{\(name)}”不是可用的占位符；可用：\(MessageTemplate.placeholders.sorted().map { "{\($0)}" }.joined(separator: "、"))")
        }
        self.text = text
    }

    /// The message of a rule that gives none.
    static func standard(comparingWithNumber: Bool) -> MessageTemplate {
        try! MessageTemplate(comparingWithNumber
            ? "{left}为{left_value}，{relation}{right_value}；按规定应{expected}{right_value}，请核对后改正"
            : "{left}{left_value}，{relation}{right}{right_value}；{left}应{expected}{right}，请核对这几项后改正")
    }

    func render(_ values: [String: String]) -> String {
        var out = text
        for (name, value) in values { out = out.replacingOccurrences(of: "{\(name)}", with: value) }
        return out
    }

    private static func names(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
