import BriefingCore
import Foundation

/// Our CSV reading against Python's csv module, on the same large file: the national set's per-county
/// report files joined under one header. Three readings of the same bytes, alternated run by run:
/// our whole ingest of the file as the reports input (reading, header mapping, values, rules, duplicates),
/// our lexical layer alone (`RecordReader` events), and Debian's `/usr/bin/python3` iterating
/// `csv.reader` (decoding UTF-8, counting rows).
struct CSVComparison {
    let dataSet: SampleDataSet
    let runs: Int
    let logs: URL

    static let fileName = "bench-reports.csv"
    static let configName = "bench-reports-only.yaml"
    static let python = "/usr/bin/python3"
    static let pythonScript = """
        import csv, platform, sys, time
        started = time.perf_counter()
        with open(sys.argv[1], newline='', encoding='utf-8') as f:
            rows = sum(1 for _ in csv.reader(f))
        print(rows, time.perf_counter() - started, platform.python_version())
        """

    /// The joined file, and a config that reads it as the reports beside the teams roster they need, with
    /// the cadres roster and attendance as header rows only: the reports have the cores to themselves, as
    /// Python has its one.
    struct Input {
        let csv: URL
        let config: String
        let bytes: Int
        let files: Int
    }

    func measure() throws -> [Figure] {
        let input = try prepare()
        var python = Samples(), full = Samples(), fullRecords = Samples(), lexical = Samples()
        var pythonRows = 0, pythonVersion = "", lexicalRecords = 0, fullCount = 0
        for run in 1...runs {
            Progress.say("CSV 对比第 \(run)/\(runs) 次：Python csv……")
            let (rows, seconds, version) = try runPython(input, run: run)
            python.append(Double(input.bytes) / 1e6 / seconds)
            (pythonRows, pythonVersion) = (rows, version)

            Progress.say("CSV 对比第 \(run)/\(runs) 次：briefing 完整读入……")
            let stage = try fullIngest(input)
            full.append(Double(stage.bytes) / 1e6 / stage.seconds)
            fullRecords.append(Double(stage.records) / stage.seconds)
            fullCount = stage.records

            Progress.say("CSV 对比第 \(run)/\(runs) 次：briefing 读取层……")
            let (records, lexicalSeconds) = try Stopwatch.time { try Self.lexicalRecords(in: input.csv) }
            lexical.append(Double(input.bytes) / 1e6 / lexicalSeconds)
            lexicalRecords = records
        }
        let size = "\(Figure.Unit.megabytes(input.bytes))，\(input.files) 个县的月报文件合为一个，\(Figure.Unit.count(pythonRows - 1)) 条"
        let pythonFigure = Figure("Python \(pythonVersion) csv.reader", python, .megabytesPerSecond,
                                  detail: "\(size)；解码 UTF-8、逐行计数")
        var fullFigure = Figure("briefing 完整读入此文件（月报一类）", full, .megabytesPerSecond,
                                detail: "记录 \(Figure.Unit.perSecond.format(fullRecords.median))；读取、表头、取值、逐条校验、查重")
        var lexicalFigure = Figure("briefing 读取层（RecordReader）", lexical, .megabytesPerSecond,
                                   detail: "编码识别与 CSV 切分，不建记录")
        if fullCount != pythonRows - 1 { fullFigure.detail += "；读得 \(Figure.Unit.count(fullCount)) 条，与 Python 不同" }
        if lexicalRecords != pythonRows - 1 { lexicalFigure.detail += "；读得 \(Figure.Unit.count(lexicalRecords)) 条，与 Python 不同" }
        return [
            pythonFigure, fullFigure, lexicalFigure,
            Figure.ratio("完整读入 / Python（速度之比）", fullFigure, pythonFigure,
                         target: .atLeast(1, "≥ 1×（不慢于 Python）")),
            Figure.ratio("读取层 / Python（速度之比）", lexicalFigure, pythonFigure),
        ]
    }

    /// Makes the joined file and its config once per data set; the stamp of the data set covers them,
    /// as they are removed with it.
    func prepare() throws -> Input {
        let folder = dataSet.folder
        let csv = folder.appendingPathComponent(Self.fileName)
        let config = folder.appendingPathComponent(Self.configName)
        let reports = try Self.csvFiles(in: folder.appendingPathComponent("reports"))
        guard let header = Self.commonHeader(of: reports) else {
            throw BenchmarkError("\(folder.path)/reports 中没有 CSV 月报文件")
        }
        let joined = reports.filter { Self.firstLine(of: $0) == header }
        if !FileManager.default.fileExists(atPath: csv.path) || !FileManager.default.fileExists(atPath: config.path) {
            Progress.say("合并 \(joined.count) 个月报文件为 \(csv.path)……")
            try Self.join(joined, header: header, into: csv)
            var headerOnly: [String: String] = [:]
            for (kind, source) in [("cadres", folder.appendingPathComponent("cadres.csv")),
                                   ("attendance", try Self.csvFiles(in: folder.appendingPathComponent("attendance")).first)] {
                guard let source, let header = Self.firstLine(of: source) else { throw BenchmarkError("\(folder.path) 中没有\(kind)文件") }
                let name = "bench-\(kind)-header.csv"
                try (header + Data("\n".utf8)).write(to: folder.appendingPathComponent(name))
                headerOnly[kind] = name
            }
            try Self.writeConfig(from: dataSet.config, to: config, reports: csv.lastPathComponent,
                                 cadres: headerOnly["cadres"]!, attendance: headerOnly["attendance"]!)
        }
        let bytes = (try FileManager.default.attributesOfItem(atPath: csv.path)[.size] as? Int) ?? 0
        return Input(csv: csv, config: config.path, bytes: bytes, files: joined.count)
    }

    private func runPython(_ input: Input, run: Int) throws -> (rows: Int, seconds: Double, version: String) {
        let process = ChildProcess(executable: Self.python, arguments: ["-c", Self.pythonScript, input.csv.path],
                                   stdoutPath: logs.appendingPathComponent("python-csv-\(run).stdout").path,
                                   stderrPath: logs.appendingPathComponent("python-csv-\(run).stderr").path)
        let outcome = try process.run()
        let fields = ((try? String(contentsOfFile: process.stdoutPath, encoding: .utf8)) ?? "").split(separator: " ")
        guard outcome.status == 0, fields.count == 3, let rows = Int(fields[0]), let seconds = Double(fields[1]) else {
            throw BenchmarkError("\(Self.python) 读 CSV 失败：\(process.errorExcerpt())")
        }
        return (rows, seconds, fields[2].trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private func fullIngest(_ input: Input) throws -> IngestStage {
        let config = try BriefingConfig.load(from: input.config)
        let ingest = InputLoader(config: config).load()
        guard let stage = ingest.stages.first(where: { $0.kind == .reports }), stage.files == 1 else {
            throw BenchmarkError("\(input.config) 没有读到合并的月报文件")
        }
        return stage
    }

    private static func lexicalRecords(in url: URL) throws -> Int {
        var records = 0
        for event in try RecordReader(url: url) {
            if case .record = event { records += 1 }
        }
        return records
    }

    private static func csvFiles(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// The header most files share: the generator saves a few counties' files differently (BOM, GB18030,
    /// 万元), and those stay out so that every reader sees plain UTF-8 under one header.
    private static func commonHeader(of files: [URL]) -> Data? {
        var counts: [Data: Int] = [:]
        for file in files { if let line = firstLine(of: file) { counts[line, default: 0] += 1 } }
        return counts.max { $0.value < $1.value }?.key
    }

    private static func firstLine(of file: URL) -> Data? {
        guard let handle = try? FileHandle(forReadingFrom: file), let head = try? handle.read(upToCount: 4096) else { return nil }
        try? handle.close()
        return head.firstIndex(of: UInt8(ascii: "\n")).map { head[..<$0] }
    }

    private static func join(_ files: [URL], header: Data, into target: URL) throws {
        let partial = target.appendingPathExtension("partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil) else {
            throw BenchmarkError("无法创建 \(partial.path)")
        }
        let output = try FileHandle(forWritingTo: partial)
        try output.write(contentsOf: header + Data("\n".utf8))
        for file in files {
            let content = try Data(contentsOf: file)
            guard let newline = content.firstIndex(of: UInt8(ascii: "\n")) else { continue }
            var body = content[(newline + 1)...]
            if !body.isEmpty, body.last != UInt8(ascii: "\n") { body.append(UInt8(ascii: "\n")) }
            try output.write(contentsOf: body)
        }
        try output.close()
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.moveItem(at: partial, to: target)
    }

    /// The data set's own config with its cadres, reports and attendance inputs replaced.
    private static func writeConfig(from source: String, to target: URL, reports: String, cadres: String, attendance: String) throws {
        var text = try String(contentsOfFile: source, encoding: .utf8)
        let replacements = [
            ("  cadres: cadres.csv\n", "  cadres: \(cadres)\n"),
            ("  reports: reports/*\n", "  reports: \(reports)\n"),
            ("  attendance: attendance/*\n", "  attendance: \(attendance)\n"),
        ]
        for (old, new) in replacements {
            guard text.contains(old) else {
                throw BenchmarkError("\(source) 中没有“\(old.trimmingCharacters(in: .whitespacesAndNewlines))”：briefing sample 写的配置变了，请相应修改 CSVComparison")
            }
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(to: target, atomically: true, encoding: .utf8)
    }
}
