import BriefingCore
import Foundation
import PathKit
import Stencil

/// Renders a unit's briefing from an editable template in `Templates/` (`county.txt`, …).
///
/// Templates are read at every run, so a clerk's change of wording shows in the next run without a rebuild;
/// within a run each is read and checked once, however many units it renders, from any thread.
public struct BriefingTemplate: Sendable {
    public let directory: URL
    /// The metric that orders `parts` (townships or counties) in the template context.
    public let rankBy: String
    /// The metrics a comparison with the previous window speaks of.
    public let keyMetrics: [String]
    private let library: TemplateLibrary

    public init(directory: URL, rankBy: String, keyMetrics: [String]) {
        self.directory = directory
        self.rankBy = rankBy
        self.keyMetrics = keyMetrics
        library = TemplateLibrary(directory: directory, extensions: [BriefingTemplate.briefingExtension()])
    }

    /// `芒康县驻村工作简报.txt`.
    public static func fileName(for scope: SummaryScope) -> String { "\(scope.outputName)简报.txt" }

    /// The template file for a kind of summary: `county.txt`, `prefecture.txt`, `province.txt`,
    /// `sender.txt`, `team.txt`.
    public func templateName(for scope: SummaryScope) -> String { "\(scope.kind).txt" }

    /// The review's findings are the unit's own, for 需要关注的问题.
    public func render(_ summary: UnitSummary, review: UnitReview, today: CalendarDate) throws(TemplateError) -> RenderedBriefing {
        let name = templateName(for: summary.scope)
        let trace = BriefingTrace()
        let context = BriefingContext.make(
            for: summary, findings: review.findings, reportingRate: review.reportingRate,
            comparison: BriefingContext.Comparison(previous: review.previous, metrics: keyMetrics), rankBy: rankBy,
            today: today, trace: trace)
        try library.checkedOnce(name: name, known: Set(context.keys)) { () throws(TemplateError) in
            try checkVariables(startingAt: name, known: Set(context.keys))
        }
        let rendered: String
        do {
            rendered = try library.environment.renderTemplate(name: name, context: context)
        } catch let error as TemplateSyntaxError {
            // Inside an include the error's own token is the include tag; the first of the stack is where it happened.
            let token = error.stackTrace.first ?? error.token
            let location = token?.sourceMap.location
            throw TemplateError(file: directory.appendingPathComponent(token?.sourceMap.filename ?? name).path,
                                line: location.map { Int($0.lineNumber) },
                                column: location.map { $0.lineOffset + 1 },
                                message: error.reason)
        } catch is TemplateDoesNotExist {
            throw TemplateError(file: directory.appendingPathComponent(name).path, line: nil, column: nil,
                                message: "找不到简报模板")
        } catch {
            throw TemplateError(file: directory.appendingPathComponent(name).path, line: nil, column: nil,
                                message: "\(error)")
        }
        if let unknown = BriefingTemplate.unknownVariable(in: rendered) {
            throw locate(unknown, startingAt: name, message: "未知的变量“\(unknown)”（可用的变量见 Templates/README.md）")
        }
        let text = BriefingTemplate.tidy(rendered)
        trace.keepOnly(statedIn: text)
        return RenderedBriefing(text: text, trace: trace.entries)
    }

    /// The template and the partials it may include (`_*.txt`), checked for unknown top-level names.
    private func checkVariables(startingAt name: String, known: Set<String>) throws(TemplateError) {
        let partials = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasPrefix("_") }.sorted()
        for file in [name] + partials {
            let url = directory.appendingPathComponent(file)
            guard let text = try? String(contentsOf: url, encoding: .utf8),
                  let unknown = TemplateVariableCheck.firstUnknown(in: text, known: known) else { continue }
            throw TemplateError(file: url.path, line: unknown.line, column: unknown.column,
                                message: "未知的变量“\(unknown.name)”（可用的变量见 Templates/README.md）")
        }
    }

    static func unknownVariable(in text: String) -> String? {
        guard let start = text.firstIndex(of: unknownVariableStart),
              let end = text[start...].firstIndex(of: unknownVariableEnd) else { return nil }
        return String(text[text.index(after: start)..<end])
    }

    /// Places an error about `variable` at its first use in the template or the templates it includes.
    private func locate(_ variable: String, startingAt name: String, message: String) -> TemplateError {
        let leaf = variable.split(separator: ".").last.map(String.init) ?? variable
        let files = [name] + ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasPrefix("_") }.sorted()
        for file in files {
            let url = directory.appendingPathComponent(file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if let range = line.range(of: ".\(leaf)") {
                    return TemplateError(file: url.path, line: number + 1,
                                         column: line.distance(from: line.startIndex, to: range.lowerBound) + 2,
                                         message: message)
                }
            }
        }
        return TemplateError(file: directory.appendingPathComponent(name).path, line: nil, column: nil, message: message)
    }

    /// Drops lines that state an unreported figure and collapses the blank lines left behind.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
            if trimmed.contains(omittedMark) { continue }
            let isBlank = trimmed.isEmpty
            if isBlank && (lines.last?.isEmpty ?? true) { continue }
            lines.append(isBlank ? "" : Substring(String(trimmed)))
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func briefingExtension() -> Extension {
        let ext = Extension()
        ext.registerFilter("exact") { value in try figure(value, "exact").text(.exact) }
        ext.registerFilter("approx") { value in try figure(value, "approx").text(.approx) }
        ext.registerFilter("duo") { value in try figure(value, "duo").text(.approx, marker: .duo) }
        ext.registerFilter("count") { value in
            guard let list = value as? [Any] else { throw TemplateSyntaxError("过滤器“count”只能用于列表") }
            return list.count
        }
        ext.registerTag("paragraph", parser: ParagraphNode.parse)
        return ext
    }

    private static func figure(_ value: Any?, _ filter: String) throws -> TemplateFigure {
        if let unknown = value as? UnknownVariable {
            throw TemplateSyntaxError("未知的变量“\(unknown.path)”（可用的变量见 Templates/README.md）")
        }
        guard let figure = value as? TemplateFigure else {
            throw TemplateSyntaxError("过滤器“\(filter)”只能用于指标，如 {{ m.deeds|\(filter) }}")
        }
        return figure
    }
}

/// The templates of one run, each read from its file and lexed once, and the variable check of each
/// template once per set of variables: a national run renders thousands of briefings from a handful of
/// templates. Stencil parses a template's tokens afresh at each render, so one template renders on many
/// threads at once; the caches are the only shared state, and they are locked.
private final class TemplateLibrary: Loader, @unchecked Sendable {
    private(set) var environment = Environment()
    private let files: FileSystemLoader
    private let lock = NSLock()
    private var templates: [String: Template] = [:]
    private var checks: [String: Result<Void, TemplateError>] = [:]

    init(directory: URL, extensions: [Extension]) {
        files = FileSystemLoader(paths: [Path(directory.path)])
        environment = Environment(loader: self, extensions: extensions)
    }

    func loadTemplate(name: String, environment: Environment) throws -> Template {
        if let template = lock.withLock({ templates[name] }) { return template }
        let template = try files.loadTemplate(name: name, environment: environment)
        lock.withLock { templates[name] = template }
        return template
    }

    /// Runs `check` the first time a template is rendered with these variables; later, its outcome.
    func checkedOnce(name: String, known: Set<String>, _ check: () throws(TemplateError) -> Void) throws(TemplateError) {
        let key = ([name] + known.sorted()).joined(separator: "\u{0}")
        if let outcome = lock.withLock({ checks[key] }) { return try outcome.get() }
        let outcome = Result { () throws(TemplateError) in try check() }
        lock.withLock { checks[key] = outcome }
        try outcome.get()
    }
}

/// A briefing's text and, for `--trace`, each figure it states with the workbook cell it came from.
public struct RenderedBriefing: Sendable {
    public let text: String
    public let trace: [BriefingTrace.Entry]
}

/// A template that cannot be rendered, placed by file, line and column: exit 78.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let column: Int?
    public let message: String

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): 模板错误：\(message)"
    }
}

/// `{% paragraph "为民服务方面，" %} … {% endparagraph %}`: each non-empty line of the body is a clause;
/// clauses about unreported figures are dropped, the rest joined with ；and closed with 。after the
/// lead phrase. A paragraph left with no clause is left out altogether. The lead may be written in
/// parts, strings and variables, joined as they come: `{% paragraph window.duration "，工作队累计" %}`.
final class ParagraphNode: NodeType {
    let lead: [Resolvable]
    let nodes: [NodeType]
    let token: Token?

    static func parse(_ parser: TokenParser, token: Token) throws -> NodeType {
        let lead = try token.components.dropFirst().map { try parser.compileResolvable($0, containedIn: token) }
        let nodes = try parser.parse(until(["endparagraph"]))
        guard parser.nextToken() != nil else {
            throw TemplateSyntaxError("paragraph 标签缺少对应的 endparagraph")
        }
        return ParagraphNode(lead: lead, nodes: nodes, token: token)
    }

    init(lead: [Resolvable], nodes: [NodeType], token: Token) {
        self.lead = lead
        self.nodes = nodes
        self.token = token
    }

    func render(_ context: Context) throws -> String {
        let clauses = try renderNodes(nodes, context)
            .split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.contains(omittedMark) }
            .map { $0.hasSuffix("；") || $0.hasSuffix("。") ? String($0.dropLast()) : $0 }
        guard !clauses.isEmpty else { return "" }
        let leadText = try lead.map { try $0.resolve(context).map { "\($0)" } ?? "" }.joined()
        return leadText + clauses.joined(separator: "；") + "。"
    }
}
