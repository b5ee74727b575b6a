import ArgumentParser
import BriefingCore
import Foundation

struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "生成符合输入规范的模拟数据（名册、月报、考勤）及其配置文件，含少量故意设置的问题。"
    )

    @Option(help: "输出目录") var out: String
    @Option(help: "配置文件（取其中的指标目录和模板位置）") var config = "Config/briefing.yaml"
    @Option(help: "县的个数") var counties = SampleOptions().counties
    @Option(help: "每县工作队个数") var teams = SampleOptions().teamsPerCounty
    @Option(help: "月数（自2021年4月起）") var months = SampleOptions().months
    @Option(help: "随机种子：相同种子生成完全相同的数据") var seed = SampleOptions().seed

    var options: SampleOptions {
        SampleOptions(counties: counties, teamsPerCounty: teams, months: months, seed: seed)
    }

    func validate() throws {
        do {
            try options.validate()
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        let base: BriefingConfig
        do {
            base = try BriefingConfig.load(from: config)
        } catch {
            FileHandle.standardError.write(Data("briefing：配置错误：\(error)\n".utf8))
            throw ExitCode(78)
        }
        let directory = URL(fileURLWithPath: out, isDirectory: true)
        var rulesPath: String?
        if let rulesFile = base.rulesFile { rulesPath = RelativePath.from(directory, to: rulesFile) }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let summary = try SampleGenerator(options: options, metrics: base.catalog.metrics).write(
                to: directory,
                metricsPath: RelativePath.from(directory, to: base.metricsFile),
                rulesPath: rulesPath,
                templatesPath: RelativePath.from(directory, to: base.templatesDirectory)
            )
            print(summary.description)
        } catch {
            FileHandle.standardError.write(Data("briefing：无法写入 \(out)：\(error)\n".utf8))
            throw ExitCode(73)
        }
    }
}
