import Foundation

/// Writes a synthetic data set that follows the input contract, for `briefing sample`: the two rosters,
/// one reports file and one attendance file per county, a config for it (`briefing.yaml`) and
/// `PROBLEMS.md`. The same options give byte-identical files.
///
/// The default set (`--counties 6 --teams 4 --months 7 --seed 1`) holds these deliberate problems, each
/// listed with its file and line in `PROBLEMS.md` (see `SampleProblemPlan`):
/// - `reports/芒康县.csv`: `7万余` in 办实事好事; the same team and month reported twice with different
///   figures (the second a correction with a later 填报日期);
/// - `attendance/芒康县.csv`: 32 在村天数 in May (31 days);
/// - `teams.csv`: a team of 察雅县, a county the config does not list;
/// - `attendance/左贡县.csv`: a cadre with 12 days in the village (fewer than 20);
/// - `reports/八宿县.csv`: a team that skipped a month (漏报);
/// - `reports/扎囊县.csv`: a negative 走访农户; a report for team 540512-01, which is in no roster;
///   a report submitted on the 18th of the following month (迟报).
/// Everything else is clean: counts are whole and not negative, resolved figures never exceed what they
/// resolve, reports are in by the 5th, every cadre spends at least 20 days in the village. Larger sets
/// add one problem in every fifty invented counties.
///
/// The default counties also vary how their reports file is saved (JSON Lines, BOM, GB18030, 万元) and
/// how the roster spells a county (芒康, 白玉縣); `PROBLEMS.md` lists these too.
public struct SampleGenerator: Sendable {
    public let options: SampleOptions
    public let metrics: [MetricDefinition]

    static let teamsHeaders = [
        "工作队编号", "工作队名称", "省（区）", "市（地区、州、师）", "县（市、区）", "乡（镇）", "村（社区、连队）",
        "派出单位", "驻村类别", "进驻日期", "期满日期",
    ]
    static let cadresHeaders = [
        "干部编号", "姓名", "工作队编号", "职务", "性别", "出生日期", "政治面貌", "派出单位", "进驻日期", "离队日期",
    ]
    /// Counties generated at once; their roster rows are then appended in county order.
    private static let batchSize = 64

    public init(options: SampleOptions, metrics: [MetricDefinition]) {
        self.options = options
        self.metrics = metrics
    }

    /// Writes the data set and its config into `directory` (created if missing); `metricsPath`,
    /// `rulesPath` and `templatesPath` go into the config as given, `rules:` only where there is one.
    public func write(to directory: URL, metricsPath: String, rulesPath: String? = nil,
                      templatesPath: String) throws -> SampleSummary {
        try options.validate()
        let geography = SampleGeography(countyCount: options.counties)
        let context = SampleContext(options: options, geography: geography, metrics: metrics)
        try prepare(directory, geography: geography)

        var summary = SampleSummary()
        var notes: [String] = []
        // Rosters are written as counties finish, so a large one never sits whole in memory.
        let teams = try SampleOutputFile(directory, "teams.csv")
        let cadres = try SampleOutputFile(directory, "cadres.csv")
        try teams.append(SampleBytes(csvRow: Self.teamsHeaders).bytes)
        try cadres.append(SampleBytes(csvRow: Self.cadresHeaders).bytes)
        var countyFiles: [(path: String, bytes: Int)] = []
        for batch in stride(from: 0, to: options.counties, by: Self.batchSize) {
            let outputs = try Self.generate(batch..<min(options.counties, batch + Self.batchSize), context, directory)
            for output in outputs {
                // Roster lines so far: the header and the rows of the counties before this one.
                let rosterLines = ["teams.csv": 1 + summary.teams, "cadres.csv": 1 + summary.cadres]
                for var problem in output.problems {
                    if let shift = rosterLines[problem.file], let line = problem.line { problem.line = line + shift }
                    summary.problems.append(problem)
                }
                try teams.append(output.teamRows.bytes)
                try cadres.append(output.cadreRows.bytes)
                summary.teams += output.teams
                summary.cadres += output.cadres
                summary.reports += output.reports
                summary.attendance += output.attendance
                countyFiles += output.files
                notes += output.notes
            }
        }
        try teams.close()
        try cadres.close()
        var files = [(teams.path, teams.bytes), (cadres.path, cadres.bytes)] + countyFiles
        for (path, text) in [
            ("briefing.yaml", SampleDocuments.config(geography: geography, options: options, metricsPath: metricsPath,
                                                     rulesPath: rulesPath, templatesPath: templatesPath)),
            ("PROBLEMS.md", SampleDocuments.problemList(summary.problems, notes: notes, options: options)),
        ] {
            files.append((path, try SampleOutputFile.write(Array(text.utf8), to: path, in: directory)))
        }
        summary.files = files.map(\.0)
        summary.bytesWritten = files.reduce(0) { $0 + $1.1 }
        return summary
    }

    /// Creates the folders, refusing to mix this set with input files of another that the config's
    /// globs (`reports/*`) would read as well.
    private func prepare(_ directory: URL, geography: SampleGeography) throws {
        let fileManager = FileManager.default
        let ours = Set(geography.counties.indices.flatMap { index in
            let name = geography.counties[index].name
            return [SampleCountyGenerator.reportsPath(county: name, style: .forCounty(index)),
                    SampleCountyGenerator.attendancePath(county: name)]
        })
        for folder in ["reports", "attendance"] {
            let url = directory.appendingPathComponent(folder)
            try fileManager.createDirectory(at: url, withIntermediateDirectories: true)
            let foreign = try fileManager.contentsOfDirectory(atPath: url.path)
                .filter { !ours.contains(folder + "/" + $0) }.sorted()
            if !foreign.isEmpty { throw SampleError.foreignFiles(folder: url.path, names: foreign) }
        }
    }

    /// Generates counties on all cores; each writes its own files, and the outputs come back in county order.
    private static func generate(_ counties: Range<Int>, _ context: SampleContext,
                                 _ directory: URL) throws -> [SampleCountyGenerator.Output] {
        let slots = SampleSlots<Result<SampleCountyGenerator.Output, Error>>(count: counties.count)
        DispatchQueue.concurrentPerform(iterations: counties.count) { offset in
            var generator = SampleCountyGenerator(context: context, county: counties.lowerBound + offset)
            slots[offset] = Result { try generator.generate(into: directory) }
        }
        return try slots.values.map { try $0!.get() }
    }
}

/// Results of parallel work, one slot per task.
private final class SampleSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Value?]

    init(count: Int) { items = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { items[index] } }
        set { lock.withLock { items[index] = newValue } }
    }

    var values: [Value?] { lock.withLock { items } }
}
