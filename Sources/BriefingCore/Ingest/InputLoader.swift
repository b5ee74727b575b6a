import Dispatch
import Foundation

/// Reads every input the config names, in dependency order (teams, cadres, reports, attendance), and
/// turns it into accepted records plus findings. Nothing is dropped silently: each record read is either
/// accepted or rejected with a finding, and the accounting per file says so.
public struct InputLoader {
    public let config: BriefingConfig

    public init(config: BriefingConfig) {
        self.config = config
    }

    /// Paths as a clerk finds them: relative to the working folder when the file is under it.
    static func displayPath(_ path: String) -> String {
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path + "/"
        return standardized.hasPrefix(here) ? String(standardized.dropFirst(here.count)) : standardized
    }

    /// The files the config's inputs name, kind by kind, and the patterns that match none.
    public func inputFiles() -> (found: [(path: String, kind: InputKind)], missing: [(kind: InputKind, pattern: String)]) {
        var missing: [(kind: InputKind, pattern: String)] = []
        var found: [(path: String, kind: InputKind)] = []
        for kind in InputKind.allCases {
            for pattern in config.inputs[kind] ?? [] {
                let matched = FileGlob.expand(pattern).map(InputLoader.displayPath)
                if matched.isEmpty { missing.append((kind, pattern)) }
                found += matched.map { ($0, kind) }
            }
        }
        return (found, missing)
    }

    public func load() -> IngestResult {
        let (files, missing) = inputFiles()
        let (catalog, jurisdiction) = (config.catalog, config.jurisdiction)
        // Files do not depend on one another until their kind is settled, so every file of every kind is
        // read on every core at once: the two rosters, each one large file, are read beside the reports.
        let reads = Slots<FileRead>(count: files.count)
        let schemas = Dictionary(uniqueKeysWithValues: InputKind.allCases.map { ($0, InputSchema(kind: $0, catalog: catalog)) })
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            reads[index] = FileRead(path: files[index].path, schema: schemas[files[index].kind]!, catalog: catalog,
                                    jurisdiction: jurisdiction)
        }

        var state = LoadState(catalog: config.catalog)
        var stages: [IngestStage] = []
        var next = 0
        for kind in InputKind.allCases {
            var stage = IngestStage(kind: kind)
            while next < files.count && files[next].kind == kind {
                let read = reads.take(next)
                stage.count(read)
                state.absorb(read)
                next += 1
            }
            let settling = ContinuousClock.now
            state.finish(kind)
            if kind == .reports {
                state.findings += RuleEngine(rules: config.rules, catalog: config.catalog).screen(&state.data.reports)
            }
            FreedMemory.returnToSystem()
            stage.duration += ContinuousClock.now - settling
            stages.append(stage)
        }
        return state.result(missing: missing, stages: stages)
    }
}

/// The accumulating state of one load. Records are kept as candidates until their kind is complete,
/// because duplicates and references can only be judged once every file of a kind has been read.
private struct LoadState {
    let catalog: MetricCatalog
    var findings: [Finding] = []
    var files: [(path: String, kind: InputKind, encoding: String?, read: Int, bytes: Int)] = []
    var data = DataSet()
    /// Each accepted team's position in `data.teams`, once the roster is settled.
    private var teamPositions: [String: Int] = [:]
    /// The records of the files of the kind being read, in file order, not yet settled.
    private var pending: [BuiltRecords] = []

    init(catalog: MetricCatalog) {
        self.catalog = catalog
    }

    mutating func absorb(_ file: FileRead) {
        files.append((file.path, file.kind, file.encoding, file.recordsRead, file.bytes))
        findings += file.findings
        pending.append(file.records)
    }

    /// Judges duplicates and references of a completed kind and moves the survivors into `data`.
    mutating func finish(_ kind: InputKind) {
        var records = BuiltRecords.joining(&pending)
        pending = []
        switch kind {
        case .teams:
            data.teams = keepFirst(records.teams, key: \.id, code: .duplicateID, what: "工作队编号") { ($0.id, nil, nil) }
            teamPositions = data.teamPositions()
        case .cadres:
            let referenced = records.cadres.filter { cadre in
                guard teamPositions[cadre.teamID] != nil else {
                    findings.append(Finding(.unknownTeam, .error, file: cadre.source.file, line: cadre.source.line,
                                            column: "工作队编号", teamID: cadre.teamID, cadreID: cadre.id,
                                            message: "工作队编号“\(cadre.teamID)”不在工作队名册中（或该队记录有错误），该干部未计入"))
                    return false
                }
                return true
            }
            data.cadres = keepFirst(referenced, key: \.id, code: .duplicateID, what: "干部编号") { ($0.teamID, $0.id, nil) }
        case .reports:
            var candidates = records.reports
            records.reports = []
            var owners = Self.owners(of: candidates, in: teamPositions) { $0.teamID }
            if owners.contains(-1) {
                for (report, owner) in zip(candidates, owners) where owner < 0 {
                    findings.append(Finding(.unknownTeam, .error, file: report.source.file, line: report.source.line,
                                            column: "工作队编号", teamID: report.teamID, period: report.period,
                                            message: "工作队编号“\(report.teamID)”不在工作队名册中（或该队记录有错误），该月报未计入"))
                }
                var index = 0
                candidates.removeAll { _ in
                    defer { index += 1 }
                    return owners[index] < 0
                }
                owners.removeAll { $0 < 0 }
            }
            DuplicatePolicy.resolve(&candidates, owners: owners, ownerCount: data.teams.count, findings: &findings)
            data.reports = candidates
        case .attendance:
            var candidates = records.attendance
            records.attendance = []
            let owners = Self.owners(of: candidates, in: data.cadrePositions()) { $0.cadreID }
            for (record, owner) in zip(candidates, owners) where owner < 0 {
                findings.append(Finding(.unknownCadre, .error, file: record.source.file, line: record.source.line,
                                        column: "干部编号", cadreID: record.cadreID, period: record.period,
                                        message: "干部编号“\(record.cadreID)”不在干部名册中（或该干部记录有错误），该考勤未计入"))
            }
            keepFirstMonth(&candidates, owners: owners, ownerCount: data.cadres.count)
            data.attendance = candidates
        }
    }

    /// Each record's position in `positions` by `key`, or -1 where it has none. Millions of look-ups,
    /// shared out among the cores; `records` is only borrowed, so the caller's array stays unshared.
    private static func owners<Record: Sendable>(of records: [Record], in positions: [String: Int],
                                                 key: @escaping @Sendable (Record) -> String) -> [Int32] {
        ChunkedWork.chunks(count: records.count) { range in records[range].map { Int32(positions[key($0)] ?? -1) } }
            .flatMap { $0 }
    }

    /// Keeps the first record of each key; a later identical copy is a warning, a different one an error.
    private mutating func keepFirst<R: SourcedRecord>(
        _ records: [R], key: (R) -> String, code: FindingCode, what: String,
        place: (R) -> (String?, String?, Period?)
    ) -> [R] {
        var firstByKey: [String: Int] = [:]
        var kept: [R] = []
        for (position, record) in records.enumerated() {
            let recordKey = key(record)
            if let first = firstByKey[recordKey] {
                let (team, cadre, period) = place(record)
                findings.append(duplicateFinding(record, of: records[first], code: code, team: team, cadre: cadre,
                                                 period: period, what: "\(what)“\(recordKey)”"))
                continue
            }
            firstByKey[recordKey] = position
            kept.append(record)
        }
        return kept
    }

    /// `keepFirst` for attendance, keyed by cadre and month: each cadre's dozen records are compared among
    /// themselves, as a national run's 13 million keys would not fit a dictionary in the memory it has.
    private mutating func keepFirstMonth(_ records: inout [AttendanceRecord], owners: [Int32], ownerCount: Int) {
        var keep = [Bool](repeating: false, count: records.count)
        var duplicates: [(position: Int, finding: Finding)] = []
        var firsts: [Int] = []
        for members in Buckets(count: records.count, keyCount: ownerCount, key: { owners[$0] < 0 ? nil : Int(owners[$0]) }) {
            firsts.removeAll(keepingCapacity: true)
            var firstByPeriod: [Period: Int]? = members.count > 64 ? [:] : nil
            for position in members {
                let record = records[position]
                let first = firstByPeriod.map { $0[record.period] }
                    ?? firsts.first { records[$0].period == record.period }
                guard let first else {
                    keep[position] = true
                    firsts.append(position)
                    firstByPeriod?[record.period] = position
                    continue
                }
                duplicates.append((position, duplicateFinding(
                    record, of: records[first], code: .conflictingDuplicate, team: nil, cadre: record.cadreID,
                    period: record.period, what: "干部编号和报告期“\(record.cadreID)，\(record.period)”")))
            }
        }
        findings += duplicates.sorted { $0.position < $1.position }.map(\.finding)
        var kept = 0
        for position in records.indices where keep[position] {
            records[kept] = records[position]
            kept += 1
        }
        records.removeLast(records.count - kept)
    }

    /// The finding for `record`, a later copy of `first`: a warning if it says the same, else an error.
    private func duplicateFinding<R: SourcedRecord>(_ record: R, of first: R, code: FindingCode, team: String?,
                                                    cadre: String?, period: Period?, what: String) -> Finding {
        let source = record.source
        if first.sameContent(as: record) {
            return Finding(.identicalDuplicate, .warning, file: source.file, line: source.line,
                           teamID: team, cadreID: cadre, period: period,
                           message: "与\(first.source)重复（内容相同），只计一次")
        }
        return Finding(code, .error, file: source.file, line: source.line, teamID: team, cadreID: cadre, period: period,
                       message: "\(what)与\(first.source)重复且内容不同，此条未计入；请删除或改正其中一条")
    }

    func result(missing: [(kind: InputKind, pattern: String)], stages: [IngestStage]) -> IngestResult {
        // Records lie together by file, so each run of one file costs one dictionary update.
        var acceptedPerFile: [SourceFile: Int] = [:]
        func count(_ sources: some Sequence<SourceLocation>) {
            var run: (file: SourceFile, count: Int)?
            for source in sources {
                if source.sourceFile == run?.file { run!.count += 1; continue }
                if let run { acceptedPerFile[run.file, default: 0] += run.count }
                run = (source.sourceFile, 1)
            }
            if let run { acceptedPerFile[run.file, default: 0] += run.count }
        }
        count(data.teams.lazy.map(\.source))
        count(data.cadres.lazy.map(\.source))
        count(data.reports.lazy.map(\.source))
        count(data.attendance.lazy.map(\.source))
        let accounts = files.map { file in
            InputAccount(path: file.path, kind: file.kind, encoding: file.encoding, recordsRead: file.read,
                         recordsAccepted: acceptedPerFile[SourceFile(file.path)] ?? 0)
        }
        return IngestResult(data: data, findings: findings, accounts: accounts, missingInputs: missing, stages: stages)
    }
}
