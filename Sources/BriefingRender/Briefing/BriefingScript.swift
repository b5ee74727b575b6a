import Foundation

/// The script a briefing is published in: Simplified (the templates' own) or Traditional, for offices
/// that publish in it. Figures and punctuation are unchanged by the conversion.
public enum BriefingScript: String, CaseIterable, Sendable {
    case hans
    case hant

    public func apply(to text: String) -> String {
        switch self {
        case .hans: return text
        case .hant: return text.applyingTransform(StringTransform("Hans-Hant"), reverse: false) ?? text
        }
    }
}
