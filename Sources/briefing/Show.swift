import ArgumentParser
import BriefingCore
import BriefingRender
import BriefingRun
import Foundation

/// `briefing --county 芒康`: the default command, printing one unit's briefing.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "打印一个单位的简报（县、市或省），只输出到终端，不写文件。"
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "县（市、区）名称、简称或繁体，如 芒康") var county: String?
    @Option(help: "市（地区、州、师）名称") var prefecture: String?
    @Option(help: "省（区）名称") var province: String?
    @Flag(help: "在简报后列出每个数字来自统计表的哪个单元格") var trace = false
    @Option(help: "简报的字体：hans 简体（默认），hant 繁体") var script: BriefingScript = .hans

    func validate() throws {
        guard [county, prefecture, province].compactMap({ $0 }).count == 1 else {
            throw ValidationError("请指定一个单位：--county、--prefecture 或 --province 之一（其他用法见 briefing --help）")
        }
    }

    func run() throws {
        let (name, level) = county.map { ($0, UnitLevel.county) } ?? prefecture.map { ($0, .prefecture) }
            ?? (province!, .province)
        try exitOnFailure {
            let session = try Session.open(common.runOptions())
            let unit = try session.unit(named: name, level: level)
            // Past runs give the comparison with the previous window; without them there is none, and
            // printing a briefing never creates a history file.
            let historyFile = RunHistory.location(config: session.config, outputDirectory: session.config.outputDirectory)
            let history = FileManager.default.fileExists(atPath: historyFile.path) ? try RunHistory.open(at: historyFile) : nil
            let briefing = try session.briefing(for: unit, history: history)
            print(script.apply(to: briefing.text), terminator: "")
            if trace {
                print("\n——数字来源：\(WorkbookRenderer.fileName(for: unit))——")
                for entry in briefing.trace {
                    print("\(script.apply(to: entry.text))\t\(entry.cell)\t\(entry.value)")
                }
            }
            return session.dataExitCode
        }
    }
}

extension BriefingScript: ExpressibleByArgument {}
