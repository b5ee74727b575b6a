import ArgumentParser
import BriefingCore
import BriefingRender
import BriefingRun
import Foundation

/// `briefing --county 芒康`: the default command, printing one unit's briefing.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "打印一个单位的简报（县、市、省，派出单位，或一个工作队任期以来），只输出到终端，不写文件。"
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "县（市、区）名称、简称或繁体，如 芒康") var county: String?
    @Option(help: "市（地区、州、师）名称") var prefecture: String?
    @Option(help: "省（区）名称") var province: String?
    @Option(help: "派出单位名称：它（及配置 senders 中其简称、下属单位）选派的全部工作队，不论在哪个县") var sender: String?
    @Option(help: "工作队编号：该队自进驻以来（至 --period，不晚于期满）的工作情况") var team: String?
    @Flag(help: "在简报后列出每个数字来自统计表的哪个单元格（--team：来自哪个指标）") var trace = false
    @Option(help: "简报的字体：hans 简体（默认），hant 繁体") var script: BriefingScript = .hans
    @Flag(help: "重新读取全部输入计算，不沿用夜间任务已发布的简报（默认在输入、配置、模板和日期都与上次夜间任务相同时沿用）")
    var recompute = false

    func validate() throws {
        guard [county, prefecture, province, sender, team].compactMap({ $0 }).count == 1 else {
            throw ValidationError("请指定一个单位：--county、--prefecture、--province、--sender 或 --team 之一（其他用法见 briefing --help）")
        }
    }

    func run() throws {
        try exitOnFailure {
            let options = try common.runOptions()
            let config = try Session.loadConfig(options)
            if !trace, !recompute, let scope = publishedScope(in: config),
               let published = PublishedBriefing.find(for: scope, config: config, options: options) {
                print(script.apply(to: published.text), terminator: "")
                return published.exitCode
            }
            let (session, unit) = try open(options, config: config)
            // Past runs give the comparison with the previous window; without them there is none, and
            // printing a briefing never creates a history file.
            let historyFile = RunHistory.location(config: session.config, outputDirectory: session.config.outputDirectory)
            let history = FileManager.default.fileExists(atPath: historyFile.path) ? try RunHistory.open(at: historyFile) : nil
            let briefing = try session.briefing(for: unit, history: history)
            print(script.apply(to: briefing.text), terminator: "")
            if trace {
                print("\n——数字来源：\(unit.hasWorkbook ? WorkbookRenderer.fileName(for: unit) : "本队通过校验的月报之和（简报中的变量）")——")
                for entry in briefing.trace {
                    print("\(script.apply(to: entry.text))\t\(entry.cell)\t\(entry.value)")
                }
            }
            return session.dataExitCode
        }
    }

    /// The unit asked for, where `nightly` publishes a briefing for it: a unit or a sender of the config.
    private func publishedScope(in config: BriefingConfig) -> SummaryScope? {
        if let sender { return config.sender(named: sender).map(SummaryScope.sender) }
        guard let (name, level) = unitAskedFor, let unit = config.jurisdiction.unit(named: name), unit.level == level
        else { return nil }
        return .unit(unit)
    }

    private var unitAskedFor: (name: String, level: UnitLevel)? {
        county.map { ($0, .county) } ?? prefecture.map { ($0, .prefecture) } ?? province.map { ($0, .province) }
    }

    /// The session and the unit asked for; a team's session has the team's term as its window.
    private func open(_ options: RunOptions, config: BriefingConfig) throws -> (Session, SummaryScope) {
        if let team {
            return try Session.open(options, config: config, team: team)
        }
        let session = try Session.open(options, config: config)
        if let sender { return (session, try session.sender(named: sender)) }
        let (name, level) = unitAskedFor!
        return (session, try session.unit(named: name, level: level))
    }
}

extension BriefingScript: ExpressibleByArgument {}
