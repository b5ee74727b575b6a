import BriefingCore
import BriefingRender
import Foundation
import XlsxWriter

/// The stages of a nightly run timed one by one inside this process, on the national data set: ingest
/// per kind, validation, aggregation of every unit; then, for one province and every unit under it (the
/// province with the most counties), each unit's review, workbook (against the C-API baseline), the
/// check of the written workbook, and briefing. Each run starts from the files again.
struct PipelineBenchmark {
    let dataSet: SampleDataSet
    let runs: Int
    /// Where workbooks are written, and removed once checked.
    let scratch: URL

    /// What one run measured.
    private struct Run {
        var stages: [IngestStage] = []
        var ingestSeconds = 0.0
        var window = ""
        var findings = 0
        var validationSeconds = 0.0
        var aggregationSeconds = 0.0
        var reviewSeconds: [UnitLevel: [Double]] = [:]
        var workbookSeconds = 0.0
        var cells = 0
        var baselineSeconds = 0.0
        var checkSeconds = 0.0
        var checkProblems: [String] = []
        var briefingSeconds: [UnitLevel: [Double]] = [:]
    }

    func measure() throws -> [(title: String, figures: [Figure])] {
        let config: BriefingConfig
        do {
            config = try BriefingConfig.load(from: dataSet.config)
        } catch {
            throw BenchmarkError("配置错误：\(error)")
        }
        let jurisdiction = config.jurisdiction
        guard let province = jurisdiction.units(at: .province).max(by: {
            jurisdiction.counties(in: $0).count < jurisdiction.counties(in: $1).count
        }) else { throw BenchmarkError("\(dataSet.config) 中没有省") }
        // In the nightly's order: counties, prefectures, then the province.
        let units = UnitLevel.allCases.flatMap { jurisdiction.units(at: $0) }.filter { $0.province == province.name }
        let today = CalendarDate.today()

        var measured: [Run] = []
        for run in 1...runs {
            Progress.say("进程内各阶段第 \(run)/\(runs) 次：读入、校验、汇总，\(province.name)的 \(units.count) 个统计表和简报……")
            measured.append(try measureOnce(config: config, sample: units, today: today))
        }
        return figures(measured, config: config, province: province, sample: units)
    }

    private func measureOnce(config: BriefingConfig, sample: [ReportingUnit], today: CalendarDate) throws -> Run {
        var run = Run()
        let (ingest, ingestSeconds) = Stopwatch.time { InputLoader(config: config).load() }
        if let missing = ingest.missingInputs.first {
            throw BenchmarkError("输入文件不存在：\(missing.kind.rawValue) \(missing.pattern)")
        }
        run.stages = ingest.stages
        run.ingestSeconds = ingestSeconds
        // The window a run chooses by default (Session.open): batch_start to the latest month reported.
        guard let latest = ingest.data.latestReportedPeriod, let window = Window(from: config.batchStart, to: latest) else {
            throw BenchmarkError("\(dataSet.config)：没有可用的月报，或 batch_start 晚于最近的月报")
        }
        run.window = window.description

        let (review, validationSeconds) = Stopwatch.time {
            RuleEngine(rules: config.rules, catalog: config.catalog).review(ingest, window: window)
        }
        run.validationSeconds = validationSeconds
        let reviewed = ingest.adding(review)
        run.findings = reviewed.findings.count

        let wanted = Set(sample)
        let (summaries, aggregationSeconds) = Stopwatch.time {
            let aggregator = Aggregator(data: ingest.data, catalog: config.catalog, window: window)
            var kept: [ReportingUnit: UnitSummary] = [:]
            for unit in config.jurisdiction.units {
                let summary = aggregator.summary(for: .unit(unit))
                if wanted.contains(unit) { kept[unit] = summary }
            }
            return kept
        }
        run.aggregationSeconds = aggregationSeconds

        let folder = scratch.appendingPathComponent("workbooks")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let renderer = WorkbookRenderer(office: config.office, created: today, settings: config.workbook)
        let template = BriefingTemplate(directory: config.templatesDirectory, rankBy: config.workbook.rankBy,
                                        keyMetrics: config.workbook.chartMetrics)
        var written: [[CellTally]] = []
        let findingIndex = FindingIndex(reviewed)
        for (index, unit) in sample.enumerated() {
            guard let summary = summaries[unit] else { continue }
            // As Session.review(for:history:) gathers it, without history: a clean output folder has none.
            let (unitReview, reviewSeconds) = Stopwatch.time {
                UnitReview(findings: findingIndex.findings(concerning: .unit(unit)),
                           reportingRate: review.reportingRates.rate(for: .unit(unit)), rules: config.rules, previous: nil)
            }
            run.reviewSeconds[unit.level, default: []].append(reviewSeconds)

            let url = folder.appendingPathComponent("\(index).xlsx")
            let (tallies, workbookSeconds) = try Stopwatch.time { try renderer.write(summary, review: unitReview, to: url) }
            run.workbookSeconds += workbookSeconds
            run.cells += tallies.reduce(0) { $0 + $1.cells }
            written.append(tallies)
            let (problem, checkSeconds) = Stopwatch.time { WorkbookCheck.problem(in: url) }
            run.checkSeconds += checkSeconds
            if let problem { run.checkProblems.append("\(unit.name)：\(problem)") }
            try FileManager.default.removeItem(at: url)

            let (_, briefingSeconds) = try Stopwatch.time {
                do {
                    return try template.render(summary, review: unitReview, today: today)
                } catch {
                    throw BenchmarkError("简报模板错误：\(error)")
                }
            }
            run.briefingSeconds[unit.level, default: []].append(briefingSeconds)
        }
        for (index, tallies) in written.enumerated() {
            let url = folder.appendingPathComponent("baseline-\(index).xlsx")
            run.baselineSeconds += try Stopwatch.time { try CellBaseline.write(tallies, to: url) }.seconds
            try FileManager.default.removeItem(at: url)
        }
        return run
    }

    private func figures(_ runs: [Run], config: BriefingConfig, province: ReportingUnit,
                         sample: [ReportingUnit]) -> [(title: String, figures: [Figure])] {
        func samples(_ value: (Run) -> Double) -> Samples { Samples(runs.map(value)) }
        func mean(_ values: [Double]?) -> Double { (values ?? []).reduce(0, +) / Double(max(values?.count ?? 0, 1)) }
        let first = runs[0]
        let levels: [(UnitLevel, String)] = [(.county, "每县"), (.prefecture, "每市"), (.province, "每省")]

        var ingest: [Figure] = []
        for (position, stage) in first.stages.enumerated() {
            let megabytes = samples { Double($0.stages[position].bytes) / 1e6 / $0.stages[position].seconds }
            let records = samples { Double($0.stages[position].records) / $0.stages[position].seconds }
            let seconds = samples { $0.stages[position].seconds }
            ingest.append(Figure(
                "\(stage.kind.chineseName)（\(stage.kind.rawValue)）", megabytes, .megabytesPerSecond,
                detail: "记录 \(Figure.Unit.perSecond.format(records.median))；\(stage.files) 个文件，"
                    + "\(Figure.Unit.megabytes(stage.bytes))，\(Figure.Unit.count(stage.records)) 条，"
                    + "用时 \(Figure.Unit.seconds.format(seconds.median))"))
        }
        let totalBytes = first.stages.reduce(0) { $0 + $1.bytes }
        let ingestSeconds = samples(\.ingestSeconds)
        ingest.append(Figure("读入合计", ingestSeconds, .seconds,
                             detail: "\(Figure.Unit.megabytes(totalBytes))，"
                                 + Figure.Unit.megabytesPerSecond.format(Double(totalBytes) / 1e6 / ingestSeconds.median)))

        let unitCount = config.jurisdiction.units.count
        let checks = [
            Figure("校验（RuleEngine.review，统计期 \(first.window)）", samples(\.validationSeconds), .seconds,
                   detail: "问题共 \(Figure.Unit.count(first.findings)) 条（含读入时发现的）"),
            Figure("汇总（Aggregator 与全部 \(unitCount) 个单位的 summary）", samples(\.aggregationSeconds), .seconds),
        ]

        var outputs: [Figure] = []
        for (level, name) in levels where first.reviewSeconds[level] != nil {
            outputs.append(Figure("单位的问题清单与报送率（UnitReview），\(name)", samples { mean($0.reviewSeconds[level]) },
                                  .milliseconds, detail: outputs.isEmpty ? "含从全部问题中取出本单位的（FindingIndex.findings(concerning:)）" : ""))
        }
        let workbooks = sample.count
        let cellsText = "\(workbooks) 个工作簿，\(Figure.Unit.count(first.cells)) 个单元格"
        let swift = Figure("写统计表（WorkbookRenderer.write）", samples { Double($0.cells) / $0.workbookSeconds }, .perSecond,
                           detail: "\(cellsText)，用时 \(Figure.Unit.seconds.format(samples(\.workbookSeconds).median))")
        let baseline = Figure("同样的单元格直接经 C API（基线）", samples { Double($0.cells) / $0.baselineSeconds }, .perSecond,
                              detail: "用时 \(Figure.Unit.seconds.format(samples(\.baselineSeconds).median))；"
                                  + "constant_memory，同样多的文字、数字（带数字格式）、空白和批注")
        outputs += [swift, baseline,
                    Figure.ratio("写统计表用时 / C 基线用时", baseline, swift, target: .atMost(1.5, "≤ 1.5×"))]
        var check = Figure("写后读回核对（WorkbookCheck），\(workbooks) 个工作簿", samples(\.checkSeconds), .seconds,
                           detail: "nightly 每写一个统计表都读回核对一次")
        if !first.checkProblems.isEmpty {
            check.detail += "；发现问题 \(first.checkProblems.count) 个，如 \(first.checkProblems[0])"
        }
        outputs.append(check)
        var estimate = 0.0
        for (level, name) in levels where first.briefingSeconds[level] != nil {
            let perUnit = samples { mean($0.briefingSeconds[level]) }
            outputs.append(Figure("简报（BriefingTemplate.render），\(name)", perUnit, .milliseconds))
            estimate += perUnit.median * Double(config.jurisdiction.units(at: level).count)
        }
        var all = Figure("简报，全部 \(unitCount) 个单位", Samples([estimate]), .seconds,
                         detail: "按上面每级的中位数乘以该级单位数推算，未逐个测量")
        all.derivation = "推算"
        outputs.append(all)

        return [
            ("读入（InputLoader，进程内）", ingest),
            ("校验与汇总（进程内）", checks),
            ("统计表与简报（进程内：\(province.name)及其下共 \(sample.count) 个单位）", outputs),
        ]
    }
}
