/// The middle and spread of a group of figures, both robust to the odd wrong one among them.
struct RobustSpread {
    let count: Int
    let median: Double
    /// Median absolute deviation from the median.
    let mad: Double

    /// From `values`, which it sorts and then overwrites: groups are measured by the million.
    init(sorting values: inout [Double]) {
        values.sort()
        let median = RobustSpread.median(ofSorted: values)
        count = values.count
        self.median = median
        for index in values.indices { values[index] = abs(values[index] - median) }
        values.sort()
        mad = RobustSpread.median(ofSorted: values)
    }

    private static func median(ofSorted values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let middle = values.count / 2
        return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }
}

/// Figures far from the usual: a team's figure against its own months (history) or against its county's
/// teams the same month (peers). Each group's median and MAD are taken over the whole group, the figure
/// judged included, as the modified z-score does: one wrong figure barely moves either, and each group is
/// sorted once however many teams a county has. At most one finding per figure, history first.
struct OutlierCheck {
    let settings: OutlierSettings
    let severity: Severity
    let catalog: MetricCatalog
    /// Each metric's kind, by position, read without copying its definition.
    private let kinds: [MetricKind]

    init(settings: OutlierSettings, severity: Severity, catalog: MetricCatalog) {
        self.settings = settings
        self.severity = severity
        self.catalog = catalog
        kinds = catalog.metrics.map(\.kind)
    }

    func findings(in data: DataSet, window: Window) -> [Finding] {
        let reports = data.reports
        // Groups are runs of report positions sorted by an integer key, so no report or figure is hashed:
        // a national run compares about 70 million figures.
        var teamIndex: [String: Int] = [:]
        var countyIndex: [String: Int] = [:]
        var countyOfTeam: [Int] = []
        for team in data.teams where teamIndex[team.id] == nil {
            teamIndex[team.id] = countyOfTeam.count
            countyOfTeam.append(countyIndex[team.county.name, default: countyIndex.count])
            countyIndex[team.county.name] = countyOfTeam.last!
        }
        let teamOfReport = reports.map { teamIndex[$0.teamID] }
        var judged = [Bool](repeating: false, count: reports.count * catalog.count)
        var found: [(report: Int, position: Int, finding: Finding)] = []
        for comparison in settings.compareWith {
            let groups: Buckets
            switch comparison {
            case .history:
                groups = Buckets(count: reports.count, keyCount: countyOfTeam.count) { teamOfReport[$0] }
            case .peers:
                groups = Buckets(count: reports.count, keyCount: countyIndex.count * window.monthCount) { position in
                    guard window.contains(reports[position].period), let team = teamOfReport[position] else { return nil }
                    return countyOfTeam[team] * window.monthCount + reports[position].period.ordinal - window.from.ordinal
                }
            }
            // Groups are independent, so they are shared out among the cores; a figure is in one group per
            // comparison, so what this comparison finds is marked judged only once it is done.
            let judgedBefore = judged
            let foundNow = ChunkedWork.chunks(count: groups.keyCount) { keys in
                far(in: groups, keys: keys, reports: reports, window: window, comparison: comparison, judged: judgedBefore)
            }.flatMap { $0 }
            for entry in foundNow { judged[entry.report * catalog.count + entry.position] = true }
            found += foundNow
        }
        return found.sorted { ($0.report, $0.position) < ($1.report, $1.position) }.map(\.finding)
    }

    /// The findings of the groups `keys`: each figure of the window not `judged` already that is far
    /// from its group.
    private func far(in groups: Buckets, keys: Range<Int>, reports: [MonthlyReport], window: Window,
                     comparison: OutlierSettings.Comparison,
                     judged: [Bool]) -> [(report: Int, position: Int, finding: Finding)] {
        var found: [(report: Int, position: Int, finding: Finding)] = []
        var figures: [Figures] = []
        var values: [Double] = []
        for key in keys {
            let members = groups[key]
            guard !members.isEmpty else { continue }
            figures.removeAll(keepingCapacity: true)
            for member in members { figures.append(reports[Int(member)].figures) }
            for position in 0..<catalog.count {
                values.removeAll(keepingCapacity: true)
                for row in figures { if let value = row[position] { values.append(Double(value)) } }
                guard !values.isEmpty else { continue }
                let spread = RobustSpread(sorting: &values)
                for (row, member) in members.lazy.map(Int.init).enumerated() where window.contains(reports[member].period)
                    && !judged[member * catalog.count + position] {
                    guard let value = figures[row][position], isFar(value, at: position, from: spread) else { continue }
                    found.append((member, position, finding(value, at: position, against: spread, comparison, reports[member])))
                }
            }
        }
        return found
    }

    /// Whether `value` is far enough from its group to be questioned: plain arithmetic, asked about 70
    /// million times in a national run, so nothing is copied or formatted here.
    private func isFar(_ value: Int64, at position: Int, from spread: RobustSpread) -> Bool {
        let kind = kinds[position]
        let floor = settings.floor[kind] * (kind == .money ? 100 : 1)
        let threshold = settings.threshold[kind]
        let x = Double(value)
        // A reported 0 is a month without that work, not a slip of the pen; no slip makes a figure 0.
        guard value != 0, spread.count >= settings.minValues, max(x, spread.median) >= floor else { return false }
        switch settings.method {
        case .robustZ:
            return spread.mad > 0 && abs(x - spread.median) / (1.4826 * spread.mad) > threshold
        case .ratio:
            return spread.median > 0 && (x > threshold * spread.median || x * threshold < spread.median)
        }
    }

    private func finding(_ value: Int64, at position: Int, against spread: RobustSpread,
                         _ comparison: OutlierSettings.Comparison, _ report: MonthlyReport) -> Finding {
        let metric = catalog.metrics[position]
        let x = Double(value)
        let usual = FigureWording.text(spread.median, of: metric)
        let how: String
        switch (x > spread.median, spread.median > 0) {
        case (true, true): how = "约为中位数\(usual)的\(Int(x / spread.median))倍"
        case (false, true): how = "不到中位数\(usual)的1/\(Int(spread.median / x))"
        default: how = "中位数\(usual)"
        }
        let direction = x > spread.median ? "远高于" : "远低于"
        let whose = comparison == .history ? "该队各月的一般水平（\(how)）" : "本县同月各工作队的一般水平（\(how)）"
        return Finding(comparison == .history ? .outlierAgainstHistory : .outlierAgainstPeers, severity,
                       file: report.source.file, line: report.source.line, column: metric.name,
                       teamID: report.teamID, period: report.period,
                       message: "\(metric.name)\(FigureWording.text(x, of: metric))，\(direction)\(whose)；"
                           + "请核对是否多打或少打了0、万元与元是否混用，如确实如此可不改动")
    }
}
