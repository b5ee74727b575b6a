import ArgumentParser
import BriefingCore
import BriefingRun
import Foundation

@main
struct Briefing: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "驻村工作队统计：校验各县报送的名册、月报和考勤，生成统计表和工作简报。",
        discussion: """
        不带子命令时即 show：打印一个单位的简报，例如：briefing --county 芒康、briefing --sender 自治区农业农村厅、
        briefing --team 540328-02
        退出码：0 无错误；64 命令行有误（如 --team 指定的工作队不在名册中）；65 部分输入有错误（报表已按有效记录生成）；
        66 输入文件缺失或不可读；69 找不到所指的单位；73 输出无法写入；75 暂时失败（另一运行持有锁，或邮件未送达）；
        78 配置或模板有误。
        """,
        version: BriefingVersion.current,
        subcommands: [Show.self, Nightly.self, Validate.self, Mail.self, Sample.self],
        defaultSubcommand: Show.self
    )
}

/// Options shared by every command (cli-and-config.md).
struct CommonOptions: ParsableArguments {
    @Option(help: "配置文件") var config = "Config/briefing.yaml"
    @Option(help: "统计期最后一个月（YYYY-MM），默认为有月报的最近月份") var period: String?
    @Option(help: "统计期第一个月（YYYY-MM），默认为配置中的 batch_start") var from: String?
    @Option(help: "运行日期（YYYY-MM-DD），用于“今年以来”等表述，默认为今天") var today: String?

    func runOptions() throws -> RunOptions {
        func month(_ text: String?, _ option: String) throws -> Period? {
            guard let text else { return nil }
            guard let period = (try? ValueParser.period(text)) ?? nil else {
                throw ValidationError("\(option)：“\(text)”不是月份，应写作 2021-10")
            }
            return period
        }
        var runDate = CalendarDate.today()
        if let today {
            guard let date = (try? ValueParser.date(today))??.date else {
                throw ValidationError("--today：“\(today)”不是日期，应写作 2021-11-02")
            }
            runDate = date
        }
        return RunOptions(configPath: config, period: try month(period, "--period"),
                          from: try month(from, "--from"), today: runDate)
    }
}

/// Runs a command body, turning a `RunError` into its message on stderr and its exit code.
func exitOnFailure(_ body: () throws -> Int32) throws {
    let code: Int32
    do {
        code = try body()
    } catch let error as RunError {
        FileHandle.standardError.write(Data("briefing：\(error)\n".utf8))
        throw ExitCode(error.exitCode)
    }
    if code != 0 { throw ExitCode(code) }
}
