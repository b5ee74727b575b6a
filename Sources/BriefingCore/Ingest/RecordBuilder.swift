import Foundation

/// One typed record, or nothing when the row had an error (its findings say why).
enum BuiltRecord {
    case team(Team)
    case cadre(Cadre)
    case report(MonthlyReport)
    case attendance(AttendanceRecord)
}

/// Turns a mapped row into a typed record, checking every cell and reporting every problem of the row in
/// one pass. A row with any error-level finding is rejected; warnings keep it.
struct RecordBuilder {
    let schema: InputSchema
    let catalog: MetricCatalog
    let jurisdiction: Jurisdiction
    let file: String
    private(set) var findings: [Finding] = []

    init(schema: InputSchema, catalog: MetricCatalog, jurisdiction: Jurisdiction, file: String) {
        self.schema = schema
        self.catalog = catalog
        self.jurisdiction = jurisdiction
        self.file = file
    }

    mutating func build(_ row: MappedRow) -> BuiltRecord? {
        var check = RowCheck(row: row, schema: schema, file: file)
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
        let id = check.text("team_id")
        check.keys.teamID = id
        let name = check.text("team_name")
        let countyName = check.text("county")
        var county: Unit?
        if let countyName {
            county = jurisdiction.county(named: countyName)
            if county == nil {
                let near = jurisdiction.nearMatches(for: countyName).filter { jurisdiction.county(named: $0) != nil }
                check.error(.unknownCounty, field: "county",
                            "县（市、区）“\(countyName)”不在配置的辖区内" + (near.isEmpty ? "；请核对名称或在配置中添加" : "，是否为“\(near.joined(separator: "”或“"))”？"))
            }
        }
        let township = check.text("township")
        let village = check.text("village")
        let sendingUnit = check.text("sending_unit")
        let programme = check.text("programme", required: false)
        let start = check.date("start_date")
        let end = check.date("end_date", required: false)
        guard let id, let name, let county, let township, let village, let sendingUnit, let start else { return nil }
        return Team(id: id, name: name, county: county, township: township, village: village,
                    sendingUnit: sendingUnit, programme: programme, startDate: start, endDate: end,
                    source: check.source)
    }

    private func cadre(_ check: inout RowCheck) -> Cadre? {
        let id = check.text("cadre_id")
        let teamID = check.text("team_id")
        check.keys.cadreID = id
        check.keys.teamID = teamID
        let name = check.text("name")
        var role: CadreRole?
        if let roleText = check.text("role") {
            role = CadreRole(rawValue: TextNormalizer.normalize(roleText))
            if role == nil {
                check.error(.invalidChoice, field: "role",
                            "职务“\(roleText)”不在可选范围内，应填写：\(CadreRole.allCases.map(\.rawValue).joined(separator: "、"))")
            }
        }
        let sendingUnit = check.text("sending_unit", required: false)
        let start = check.date("start_date")
        let end = check.date("end_date", required: false)
        guard let id, let teamID, let name, let role, let start else { return nil }
        return Cadre(id: id, name: name, teamID: teamID, role: role, sendingUnit: sendingUnit,
                     startDate: start, endDate: end, source: check.source)
    }

    private func report(_ check: inout RowCheck) -> MonthlyReport? {
        let teamID = check.text("team_id")
        check.keys.teamID = teamID
        let period = check.period("period")
        check.keys.period = period
        let submittedOn = check.date("submitted_on", required: false)
        var figures = Figures(count: catalog.count)
        for (position, fenPerUnit, cell) in check.row.metrics {
            let metric = catalog.metrics[position]
            let parsed = metric.kind == .money
                ? ValueParser.money(cell.text, fenPerUnit: fenPerUnit)
                : ValueParser.count(cell.text)
            switch parsed {
            case .success(let value): figures[position] = value
            case .failure(let problem): check.error(.invalidNumber, column: cell.column, problem.message)
            }
        }
        guard let teamID, let period else { return nil }
        return MonthlyReport(teamID: teamID, period: period, submittedOn: submittedOn, figures: figures,
                             source: check.source)
    }

    private func attendance(_ check: inout RowCheck) -> AttendanceRecord? {
        let cadreID = check.text("cadre_id")
        check.keys.cadreID = cadreID
        let period = check.period("period")
        check.keys.period = period
        let days = check.wholeNumber("days_in_village")
        let leave = check.wholeNumber("leave_days", required: false)
        let absences = check.wholeNumber("absences", required: false)
        if let days, let period, days > period.numberOfDays {
            check.error(.daysExceedMonth, field: "days_in_village",
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
    var keys: (teamID: String?, cadreID: String?, period: Period?) = (nil, nil, nil)
    private(set) var findings: [Finding] = []

    init(row: MappedRow, schema: InputSchema, file: String) {
        self.row = row
        self.schema = schema
        self.file = file
    }

    var source: SourceLocation { SourceLocation(file: file, line: row.line) }
    var hasError: Bool { findings.contains { $0.severity == .error } }

    mutating func error(_ code: FindingCode, field: String, _ message: String) {
        error(code, column: row.fields[field]?.column ?? schema.header(ofField: field), message)
    }

    mutating func error(_ code: FindingCode, column: String?, _ message: String) {
        add(code, .error, column: column, message)
    }

    mutating func add(_ code: FindingCode, _ severity: Severity, column: String?, _ message: String) {
        findings.append(Finding(code, severity, file: file, line: row.line, column: column,
                                teamID: keys.teamID, cadreID: keys.cadreID, period: keys.period, message: message))
    }

    /// The cell's text, trimmed; a missing required value is an error.
    mutating func text(_ field: String, required: Bool = true) -> String? {
        guard let cell = row.fields[field] else {
            if required {
                error(.requiredValueMissing, field: field, "必填项“\(schema.header(ofField: field))”为空，请补填")
            }
            return nil
        }
        return cell.text.trimmingCharacters(in: .whitespaces)
    }

    mutating func period(_ field: String) -> Period? {
        guard let text = text(field) else { return nil }
        guard let period = ValueParser.period(text) else {
            error(.invalidPeriod, field: field, "“\(text)”不是月份，请写作 2021-04 或 2021年4月")
            return nil
        }
        return period
    }

    mutating func date(_ field: String, required: Bool = true) -> CalendarDate? {
        guard let text = text(field, required: required) else { return nil }
        guard let parsed = ValueParser.date(text) else {
            error(.invalidDate, field: field, "“\(text)”不是日期，请写作 2021-04-15 或 2021年4月15日")
            return nil
        }
        if parsed.fromExcelSerial {
            add(.excelSerialDate, .warning, column: row.fields[field]?.column,
                "“\(text)”是Excel日期序号，已按\(parsed.date)读入；请将该列设置为日期格式")
        }
        return parsed.date
    }

    mutating func wholeNumber(_ field: String, required: Bool = true) -> Int? {
        guard let text = text(field, required: required) else { return nil }
        switch ValueParser.wholeNumber(text) {
        case .success(let value): return value
        case .failure(let problem):
            error(.invalidNumber, field: field, problem.message)
            return nil
        }
    }
}
