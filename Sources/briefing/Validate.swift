import ArgumentParser
import BriefingRun
import Foundation

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "只校验输入文件，按文件和规则列出发现的问题；--json 输出机器可读的结果。"
    )

    @OptionGroup var common: CommonOptions
    @Flag(help: "以 JSON 输出 {\"findings\": [...], \"summary\": {...}}") var json = false

    func run() throws {
        try exitOnFailure {
            let session = try Session.open(common.runOptions())
            let report = ValidationReport(session: session)
            print(json ? try report.json() : report.text, terminator: "")
            return session.dataExitCode
        }
    }
}
