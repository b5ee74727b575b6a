/// One typed record, or nothing when the row had an error (its findings say why).
enum BuiltRecord {
    case team(Team)
    case cadre(Cadre)
    case report(MonthlyReport)
    case attendance(AttendanceRecord)
}

/// Typed records by kind, as a file or a part of it yields them and as the load gathers them.
struct BuiltRecords: Sendable {
    var teams: [Team] = []
    var cadres: [Cadre] = []
    var reports: [MonthlyReport] = []
    var attendance: [AttendanceRecord] = []

    mutating func append(_ record: BuiltRecord) {
        switch record {
        case .team(let team): teams.append(team)
        case .cadre(let cadre): cadres.append(cadre)
        case .report(let report): reports.append(report)
        case .attendance(let record): attendance.append(record)
        }
    }

    /// The records of `parts`, in order, in arrays of exactly the room they need; each part is emptied as
    /// it is copied. Arrays grown record by record keep up to as much room again as they use, and a
    /// national load's arrays would otherwise be held twice over while they are joined.
    static func joining(_ parts: inout [BuiltRecords]) -> BuiltRecords {
        var copiedBytes = 0
        func join<Record>(_ kind: WritableKeyPath<BuiltRecords, [Record]>) -> [Record] {
            let holding = parts.indices.filter { !parts[$0][keyPath: kind].isEmpty }
            // One part with little room to spare (a file's records, joined already) is taken as it is.
            if holding.count == 1, case let only = parts[holding[0]][keyPath: kind],
               only.capacity - only.count <= only.count / 32 {
                parts[holding[0]][keyPath: kind] = []
                return only
            }
            var joined: [Record] = []
            joined.reserveCapacity(parts.reduce(0) { $0 + $1[keyPath: kind].count })
            for index in parts.indices where !parts[index][keyPath: kind].isEmpty {
                joined += parts[index][keyPath: kind]
                copiedBytes += parts[index][keyPath: kind].count * MemoryLayout<Record>.stride
                parts[index][keyPath: kind] = []
                if copiedBytes > 64 << 20 {
                    FreedMemory.returnToSystem()
                    copiedBytes = 0
                }
            }
            return joined
        }
        return BuiltRecords(teams: join(\.teams), cadres: join(\.cadres), reports: join(\.reports),
                            attendance: join(\.attendance))
    }
}

/// Turns a mapped row into a typed record, checking every cell and reporting every problem of the row in
/// one pass. A row with any error-level finding is rejected; warnings keep it.
struct RecordBuilder {
    let schema: InputSchema
    let catalog: MetricCatalog
    let jurisdiction: Jurisdiction
    let file: String
    private let sourceFile: SourceFile
    private(set) var findings: [Finding] = []

    init(schema: InputSchema, catalog: MetricCatalog, jurisdiction: Jurisdiction, file: String) {
        self.schema = schema
        self.catalog = catalog
        self.jurisdiction = jurisdiction
        self.file = file
        sourceFile = SourceFile(file)
    }

    mutating func build(_ row: MappedRow) -> BuiltRecord? {
        var check = RowCheck(row: row, schema: schema, file: file, sourceFile: sourceFile)
        let record: BuiltRecord?
        switch schema.kind {
        case .teams: record = team(&check).map(BuiltRecord.team)
        case .cadres: record = cadre(&check).map(BuiltRecord.cadre)
        case .reports: record = report(&check).map(BuiltRecord.report)
        case .attendance: record = attendance(&check).map(BuiltRecord.attendance)
        }
        findings += check.findings
        return check.hasError ? nil : record
    }

    private func team(_ check: inout RowCheck) -> Team? {
        let id = check.text(.teamID)
        check.keys.teamID = id
        let name = check.text(.teamName)
        let countyName = check.text(.county)
        var county: ReportingUnit?
        if let countyName {
            county = jurisdiction.county(named: countyName)
            if county == nil {
                let near = jurisdiction.nearMatches(for: countyName).filter { jurisdiction.county(named: $0) != nil }
                check.error(.unknownCounty, field: .county,
                            "县（市、区）“\(countyName)”不在配置的辖区内" + (near.isEmpty ? "；请核对名称或在配置中添加" : "，是否为“\(near.joined(separator: "”或“"))”？"))
            }
        }
        let township = check.text(.township)
        let village = check.text(.village)
        let sendingUnit = check.text(.sendingUnit)
        let programme = check.text(.programme, required: false)
        let start = check.date(.startDate)
        let end = check.date(.endDate, required: false)
        guard let id, let name, let county, let township, let village, let sendingUnit, let start else { return nil }
        return Team(id: id, name: name, county: county, township: township, village: village,
                    sendingUnit: sendingUnit, programme: programme, startDate: start, endDate: end,
                    source: check.source)
    }

    private func cadre(_ check: inout RowCheck) -> Cadre? {
        let id = check.text(.cadreID)
        let teamID = check.text(.teamID)
        check.keys.cadreID = id
        check.keys.teamID = teamID
        let name = check.text(.name)
        var role: CadreRole?
        if let roleText = check.text(.role) {
            role = CadreRole(rawValue: roleText) ?? CadreRole(rawValue: CellText.normalized(roleText))
            if role == nil {
                check.error(.invalidChoice, field: .role,
                            "职务“\(roleText)”不在可选范围内，应填写：\(CadreRole.allCases.map(\.rawValue).joined(separator: "、"))")
            }
        }
        // Checked though not kept: a date column of the contract, which no figure uses.
        _ = check.date(.birthDate, required: false)
        let sendingUnit = check.text(.sendingUnit, required: false)
        let start = check.date(.startDate)
        let end = check.date(.endDate, required: false)
        guard let id, let teamID, let name, let role, let start else { return nil }
        return Cadre(id: id, name: name, teamID: teamID, role: role, sendingUnit: sendingUnit,
                     startDate: start, endDate: end, source: check.source)
    }

    private func report(_ check: inout RowCheck) -> MonthlyReport? {
        let teamID = check.text(.teamID)
        check.keys.teamID = teamID
        let period = check.period(.period)
        check.keys.period = period
        let submittedOn = check.date(.submittedOn, required: false)
        var figures = Figures(count: catalog.count)
        for (column, position, moneyUnit) in check.row.plan.metricColumns {
            guard let cell = check.row.cell(at: column) else { continue }
            figures[position] = check.figure(cell, moneyUnit: moneyUnit)
        }
        guard let teamID, let period else { return nil }
        return MonthlyReport(teamID: teamID, period: period, submittedOn: submittedOn, figures: figures,
                             source: check.source)
    }

    private func attendance(_ check: inout RowCheck) -> AttendanceRecord? {
        let cadreID = check.text(.cadreID)
        check.keys.cadreID = cadreID
        let period = check.period(.period)
        check.keys.period = period
        let largest = AttendanceRecord.largestFigure
        let days = check.wholeNumber(.daysInVillage, upTo: largest)
        let leave = check.wholeNumber(.leaveDays, required: false, upTo: largest)
        let absences = check.wholeNumber(.absences, required: false, upTo: largest)
        if let days, let period, days > period.numberOfDays {
            check.error(.daysExceedMonth, field: .daysInVillage,
                        "在村天数\(days)天超过\(period.year)年\(period.month)月的\(period.numberOfDays)天，请核实后改正")
        }
        guard let cadreID, let period, let days else { return nil }
        return AttendanceRecord(cadreID: cadreID, period: period, daysInVillage: days, leaveDays: leave,
                                absences: absences, source: check.source)
    }
}

/// The checks of one row: reads its cells by field id and collects findings keyed by the row's business key.
private struct RowCheck {
    let row: MappedRow
    let schema: InputSchema
    let file: String
    let sourceFile: SourceFile
    var keys: (teamID: String?, cadreID: String?, period: Period?) = (nil, nil, nil)
    private(set) var findings: [Finding] = []

    init(row: MappedRow, schema: InputSchema, file: String, sourceFile: SourceFile) {
        self.row = row
        self.schema = schema
        self.file = file
        self.sourceFile = sourceFile
    }

    var source: SourceLocation { SourceLocation(file: sourceFile, line: row.line) }
    var hasError: Bool { findings.contains { $0.severity == .error } }

    mutating func error(_ code: FindingCode, field: Field, _ message: String) {
        error(code, column: row.cell(field).map(row.column(of:)) ?? schema.header(ofField: field), message)
    }

    mutating func error(_ code: FindingCode, column: String?, _ message: String) {
        add(code, .error, column: column, message)
    }

    mutating func add(_ code: FindingCode, _ severity: Severity, column: String?, _ message: String) {
        findings.append(Finding(code, severity, file: file, line: row.line, column: column,
                                teamID: keys.teamID, cadreID: keys.cadreID, period: keys.period, message: message))
    }

    /// The cell's text, trimmed; a missing required value is an error.
    mutating func text(_ field: Field, required: Bool = true) -> String? {
        guard let cell = row.cell(field) else {
            if required {
                error(.requiredValueMissing, field: field, "必填项“\(schema.header(ofField: field))”为空，请补填")
            }
            return nil
        }
        return fits(cell) ? CellText.trimmed(row.text(of: cell)) : nil
    }

    /// Whether the cell is no longer than Excel can hold; an error if it is, without quoting it.
    mutating func fits(_ cell: Cell) -> Bool {
        // UTF-8 is never shorter than UTF-16: nearly every cell is decided by its byte count.
        guard row.withUTF8(of: cell, { $0.count > ExcelLimits.cellCharacters }) else { return true }
        let text = row.text(of: cell)
        guard ExcelLimits.exceedsCell(text) else { return true }
        error(.cellTooLong, column: row.column(of: cell),
              "这个单元格有\(text.utf16.count)个字符，超过 Excel 单元格最多\(ExcelLimits.cellCharacters)个字符的上限："
                  + "可能是引号不配对，或误粘贴了大段内容；请核对后改正")
        return false
    }

    /// The cell's plain form (`PlainText`) read from its bytes, if it has one.
    private func plain<Value>(_ field: Field, _ read: (UnsafeRawBufferPointer) -> Value?) -> Value? {
        row.cell(field).flatMap { row.withUTF8(of: $0, read) }
    }

    mutating func period(_ field: Field) -> Period? {
        if let period = plain(field, PlainText.period) { return period }
        guard let text = text(field) else { return nil }
        do throws(ValueError) {
            return try ValueParser.period(text)
        } catch {
            self.error(.invalidPeriod, field: field, error.message)
            return nil
        }
    }

    mutating func date(_ field: Field, required: Bool = true) -> CalendarDate? {
        if let date = plain(field, PlainText.date) { return date }
        guard let text = text(field, required: required) else { return nil }
        do throws(ValueError) {
            guard let reading = try ValueParser.date(text) else { return nil }
            if let warning = reading.warning(for: text) {
                add(.excelSerialDate, .warning, column: row.cell(field).map(row.column(of:)), warning)
            }
            return reading.date
        } catch {
            self.error(.invalidDate, field: field, error.message)
            return nil
        }
    }

    mutating func wholeNumber(_ field: Field, required: Bool = true, upTo largest: Int = .max) -> Int? {
        if let plain = plain(field, PlainText.digits), plain <= largest { return Int(plain) }
        guard let text = text(field, required: required) else { return nil }
        do throws(ValueError) {
            guard let value = try ValueParser.wholeNumber(text) else { return nil }
            guard value <= largest else { throw ValueError(.tooLarge, text: text) }
            return value
        } catch {
            self.error(.invalidNumber, field: field, error.message)
            return nil
        }
    }

    /// A metric's figure: a count, or money in 分 from a column in `moneyUnit`.
    mutating func figure(_ cell: Cell, moneyUnit: MoneyUnit?) -> Int64? {
        if let plain = row.withUTF8(of: cell, PlainText.digits) {
            guard let moneyUnit else { return plain }
            if let fen = PlainText.scaled(plain, byPowerOfTen: moneyUnit.powerOfTen + 2) { return fen }
        }
        guard fits(cell) else { return nil }
        let text = row.text(of: cell)
        do throws(ValueError) {
            if let moneyUnit { return try ValueParser.money(text, unit: moneyUnit)?.fen }
            return try ValueParser.wholeNumber(text).map(Int64.init)
        } catch {
            self.error(.invalidNumber, column: row.column(of: cell), error.message)
            return nil
        }
    }
}
