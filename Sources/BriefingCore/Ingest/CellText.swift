import Foundation

/// Cell and header text as people type it, folded so that what is meant the same compares equal:
/// `（万元）` = `(万元)`, `１２` = `12`, `工作隊編號` = `工作队编号`.
public enum CellText {
    /// Without surrounding spaces: ASCII white space, the full-width space U+3000 and the no-break
    /// space that text pasted from web pages brings along.
    public static func trimmed(_ text: String) -> String {
        // Nearly every cell starts and ends with a visible ASCII character: nothing to look for.
        if let first = text.utf8.first, let last = text.utf8.last,
           (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return text
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    /// Full-width ASCII forms (U+FF01–U+FF5E) as their ASCII letters, digits and signs, and U+3000 as
    /// a space. Chinese punctuation (`。` `、` `“”`) stays, which ICU's Fullwidth-Halfwidth would not leave.
    public static func halfWidth(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isWide($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(isWide(scalar) ? Unicode.Scalar(scalar.value == 0x3000 ? 0x20 : scalar.value - 0xFEE0)! : scalar)
        }
        return String(result)
    }

    /// Traditional script as Simplified (`白玉縣` → `白玉县`), by ICU.
    public static func simplified(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        return text.applyingTransform(StringTransform("Hant-Hans"), reverse: false) ?? text
    }

    /// Half-width, trimmed and Simplified: the form in which headers, ids and names are matched.
    /// Results for short strings are cached, as the same names and headers come again and again
    /// and the ICU transform is slow.
    public static func normalized(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 && $0 > 0x20 }) else { return text }
        guard text.utf8.count <= NormalizedCache.maxKeyBytes else { return simplified(trimmed(halfWidth(text))) }
        if let cached = NormalizedCache.shared[text] { return cached }
        let result = simplified(trimmed(halfWidth(text)))
        NormalizedCache.shared[text] = result
        return result
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x3000: true
        default: false
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF01...0xFF5E).contains(scalar.value) || scalar.value == 0x3000
    }
}

/// Normalised forms of short strings, bounded so that memory does not grow with a file of
/// all-different names.
private final class NormalizedCache: @unchecked Sendable {
    static let shared = NormalizedCache()
    static let maxKeyBytes = 96
    private static let capacity = 8192

    private let lock = NSLock()
    private var entries: [String: String] = [:]

    subscript(key: String) -> String? {
        get { lock.withLock { entries[key] } }
        set {
            lock.withLock {
                if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
                entries[key] = newValue
            }
        }
    }
}
