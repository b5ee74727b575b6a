import Foundation

/// A data set written by `briefing sample` for the benchmark: made once, then reused for as long as its
/// stamp says it was made with the same options by the same version of `briefing`.
struct SampleDataSet {
    /// What the folder holds and how making it went; the time is the `briefing sample` figure.
    struct Stamp: Codable, Equatable {
        let parameters: SampleParameters
        let version: String
        let seconds: Double
        let cpuSeconds: Double
        let peakRSSMiB: Double
        /// The bytes of its input files (rosters, reports, attendance).
        let inputBytes: Int
        let made: String
    }

    let folder: URL
    let stamp: Stamp
    /// Made by this run, rather than found from an earlier one.
    let madeNow: Bool

    var config: String { folder.appendingPathComponent("briefing.yaml").path }
    var parameters: SampleParameters { stamp.parameters }

    static let stampName = ".benchmark-stamp.json"

    /// The data set in `folder`, made first if it is missing, stale or `fresh` is asked for. `catalogConfig`
    /// is the config whose metric catalog, rules and templates the data set's own config points to.
    static func prepare(_ parameters: SampleParameters, in folder: URL, briefing: BriefingExecutable,
                        catalogConfig: String, fresh: Bool) throws -> SampleDataSet {
        let fileManager = FileManager.default
        let stampURL = folder.appendingPathComponent(stampName)
        if fileManager.fileExists(atPath: folder.path) {
            guard let data = try? Data(contentsOf: stampURL), let stamp = try? JSONDecoder().decode(Stamp.self, from: data) else {
                throw BenchmarkError("\(folder.path) 已存在，但不是基准测试生成的（没有 \(stampName)）：请删除它或用 --data 指定其他目录")
            }
            if !fresh, stamp.parameters == parameters, stamp.version == briefing.version {
                return SampleDataSet(folder: folder, stamp: stamp, madeNow: false)
            }
            try fileManager.removeItem(at: folder)
        }
        try fileManager.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)

        print("生成数据集 \(folder.lastPathComponent)（briefing sample \(parameters.description)）……")
        let (outcome, process) = try briefing.run(
            ["sample", "--out", folder.path, "--config", catalogConfig] + parameters.arguments,
            log: "sample-\(folder.lastPathComponent)")
        guard outcome.status == 0 else {
            throw BenchmarkError("briefing sample 失败（退出码 \(outcome.status.map(String.init) ?? "信号 \(outcome.signal!)")）：\(process.errorExcerpt())")
        }
        let stamp = Stamp(parameters: parameters, version: briefing.version, seconds: outcome.wallSeconds,
                          cpuSeconds: outcome.cpuSeconds, peakRSSMiB: outcome.peakRSSMiB,
                          inputBytes: try inputBytes(in: folder), made: ISO8601DateFormatter().string(from: Date()))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(stamp).write(to: stampURL)
        return SampleDataSet(folder: folder, stamp: stamp, madeNow: true)
    }

    private static func inputBytes(in folder: URL) throws -> Int {
        let fileManager = FileManager.default
        var total = 0
        for name in ["teams.csv", "cadres.csv", "reports", "attendance"] {
            let path = folder.appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue ? try fileManager.contentsOfDirectory(atPath: path).map { "\(path)/\($0)" } : [path]
            for file in files {
                total += (try fileManager.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            }
        }
        return total
    }
}
