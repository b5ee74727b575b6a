import Foundation

/// Finds a variable a template names at the top level that the context does not have. Stencil would
/// render it as nothing, so a typo such as `{{ staffng.cadres }}` would silently drop a figure; nested
/// names (`m.dedes`) are caught while rendering by `StrictDictionary`.
enum TemplateVariableCheck {
    private static let tag = try! NSRegularExpression(pattern: #"\{\{-?(.*?)-?\}\}|\{%-?(.*?)-?%\}"#)
    private static let identifier = try! NSRegularExpression(pattern: #"(?<![\w."'|:])([A-Za-z_]\w*)"#)
    private static let keywords: Set<String> = ["if", "elif", "else", "endif", "ifnot", "for", "in", "endfor", "empty",
                                                "not", "and", "or", "true", "false", "paragraph", "endparagraph",
                                                "include", "extends", "block", "endblock", "filter", "endfilter",
                                                "break", "continue", "reversed", "where", "forloop"]

    /// The first unknown top-level variable in `text`: its name, 1-based line and column.
    static func firstUnknown(in text: String, known: Set<String>) -> (name: String, line: Int, column: Int)? {
        let lines = text.components(separatedBy: "\n")
        var declared = known
        // Loop variables are declared anywhere in the file; a template is short enough to collect them first.
        for line in lines {
            for match in matches(tag, in: line) {
                let body = inside(match, of: line).trimmingCharacters(in: .whitespaces)
                if body.hasPrefix("for ") {
                    let names = body.dropFirst(4).components(separatedBy: " in ").first ?? ""
                    names.split(separator: ",").forEach { declared.insert($0.trimmingCharacters(in: .whitespaces)) }
                }
            }
        }
        for (number, line) in lines.enumerated() {
            for match in matches(tag, in: line) {
                let body = inside(match, of: line)
                let bodyRange = match.range(at: match.range(at: 1).location != NSNotFound ? 1 : 2)
                let expression = body.hasPrefix(" for ") || body.trimmingCharacters(in: .whitespaces).hasPrefix("for ")
                    ? String(body[(body.range(of: " in ")?.upperBound ?? body.endIndex)...]) : body
                let offset = (body as NSString).length - (expression as NSString).length
                for name in matches(identifier, in: expression) {
                    let word = (expression as NSString).substring(with: name.range)
                    guard !keywords.contains(word), !declared.contains(word),
                          !isFilterOrQuoted(at: name.range.location, in: expression) else { continue }
                    return (word, number + 1, bodyRange.location + offset + name.range.location + 1)
                }
            }
        }
        return nil
    }

    private static func matches(_ regex: NSRegularExpression, in text: String) -> [NSTextCheckingResult] {
        regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
    }

    private static func inside(_ match: NSTextCheckingResult, of line: String) -> String {
        let range = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
        return (line as NSString).substring(with: range)
    }

    /// Whether the identifier at `location` is a filter name (after `|`) or inside a string literal.
    private static func isFilterOrQuoted(at location: Int, in expression: String) -> Bool {
        let before = (expression as NSString).substring(to: location)
        let quotes = before.filter { $0 == "\"" }.count + before.filter { $0 == "'" }.count
        return quotes % 2 == 1 || before.trimmingCharacters(in: .whitespaces).hasSuffix("|")
    }
}
