import ArgumentParser
import BriefingRun
import Foundation

struct Nightly: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "夜间任务：校验全部输入，生成每个单位的统计表和简报，写出 manifest.json。成功时不输出。"
    )

    @OptionGroup var common: CommonOptions
    @Option(help: "输出目录（覆盖配置中的 output）") var out: String?
    @Flag(help: "成功时也打印输出文件的位置") var verbose = false

    func run() throws {
        try exitOnFailure {
            let session = try Session.open(common.runOptions())
            let run = NightlyRun(session: session, outputDirectory: out.map { URL(fileURLWithPath: $0, isDirectory: true) })
            let manifest = try run.execute()
            if verbose || manifest.exitCode != 0 {
                let summary = RunSummary(manifest: manifest, outputDirectory: run.outputDirectory, verbose: verbose)
                FileHandle.standardError.write(Data(summary.text.utf8))
            }
            return manifest.exitCode
        }
    }
}
