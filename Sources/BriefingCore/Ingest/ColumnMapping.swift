/// A cell with the header it was found under, as written in the file, for findings that point at it.
struct Cell {
    let text: String
    let column: String
}

/// A record whose cells have been matched to the schema's fields and metrics. Blank cells are absent.
struct MappedRow {
    let line: Int
    var fields = FieldCells()
    var metrics: [(position: Int, moneyUnit: MoneyUnit?, cell: Cell)] = []
}

/// A row's cells by field id. A dozen fields at most, so a list searched in order beats a dictionary
/// hashed and allocated for each of millions of rows.
struct FieldCells {
    private var entries: [(id: String, cell: Cell)] = []

    subscript(id: String) -> Cell? {
        get { entries.first { $0.id == id }?.cell }
        set {
            entries.removeAll { $0.id == id }
            if let newValue { entries.append((id, newValue)) }
        }
    }
}

/// Matches a file's headers (CSV: once; JSON: per key) to the schema and applies the header rules:
/// an unknown column is a warning; a repeated or missing required column, or a header row no sheet could
/// hold, rejects the whole file; the header row repeated further down is a rejected row.
struct ColumnMapping {
    let schema: InputSchema
    let file: String
    private var targets: [String: ColumnTarget?] = [:]
    /// The targets of the last record's columns: a CSV file repeats its header's array for every row.
    private var lastColumns: [String] = []
    private var lastTargets: [ColumnTarget?] = []
    /// Two of the last columns naming one field: (the later, the earlier).
    private var lastRepeat: (column: String, earlier: String)?
    private var reportedUnknown: Set<String> = []
    private var fileRejected = false
    private var pending: [Finding] = []

    init(schema: InputSchema, file: String) {
        self.schema = schema
        self.file = file
    }

    /// A CSV header row.
    mutating func declare(_ headers: [String], line: Int) {
        if headers.count > ExcelLimits.columns || headers.contains(where: ExcelLimits.exceedsCell) {
            reject(.headerTooLong, line: line, column: nil,
                   "表头行超出 Excel 表格的容量（最多\(ExcelLimits.columns)列，每格最多\(ExcelLimits.cellCharacters)个字符），不是表头："
                       + "文件可能缺少换行符或引号不配对；整个文件未读入，请在 Excel 或 WPS 中打开核对后另存为 CSV 重新报送")
            return
        }
        var seen: [ColumnTarget: String] = [:]
        for header in headers {
            guard let target = target(for: header) else {
                if !CellText.trimmed(header).isEmpty { reportUnknown(header, line: line) }
                continue
            }
            if let earlier = seen[target] {
                reject(.repeatedColumn, line: line, column: header,
                       "表头“\(header)”与“\(earlier)”是同一列，重复出现；请删除其中一列后重新报送")
                return
            }
            seen[target] = header
        }
        let present = Set(seen.keys)
        let missing = schema.requiredFields.filter { !present.contains(.field($0.id)) }
        if !missing.isEmpty {
            let names = missing.map { "“\($0.header)”" }.joined(separator: "、")
            reject(.missingColumn, line: line, column: nil,
                   "缺少必填列\(names)，整个文件未读入；请按\(schema.kind.chineseName)的表头补齐后重新报送")
        }
    }

    /// The record's cells by field and metric; nil when the file as a whole was rejected, or when a
    /// JSON object names one column twice (keys that differ only in script or width, say).
    mutating func map(_ record: RawRecord) -> MappedRow? {
        guard !fileRejected else { return nil }
        if record.columns != lastColumns {
            lastColumns = record.columns
            lastTargets = record.columns.map { target(for: $0) }
            var seen: [ColumnTarget: String] = [:]
            lastRepeat = nil
            for (column, target) in zip(record.columns, lastTargets) {
                guard let target else { continue }
                if let earlier = seen.updateValue(column, forKey: target) {
                    lastRepeat = (column, earlier)
                    break
                }
            }
        }
        if let (column, earlier) = lastRepeat {
            pending.append(Finding(.repeatedColumn, .error, file: file, line: record.line, column: column,
                                   message: "“\(column)”与“\(earlier)”是同一列，在这条记录中重复出现，此条未计入；请删除其中一个"))
            return nil
        }
        if isHeader(record) {
            pending.append(Finding(.repeatedColumn, .error, file: file, line: record.line,
                                   message: "这一行重复了表头（可能是把几个文件粘贴到了一起），此行未计入；请删除这一行"))
            return nil
        }
        var row = MappedRow(line: record.line)
        for (index, value) in record.values.enumerated() {
            let column = record.columns[index]
            guard let target = lastTargets[index] else {
                reportUnknown(column, line: record.line)
                continue
            }
            guard let text = value, !CellText.trimmed(text).isEmpty else { continue }
            let cell = Cell(text: text, column: column)
            switch target {
            case .field(let id): row.fields[id] = cell
            case .metric(let position, let unit): row.metrics.append((position, unit, cell))
            }
        }
        return row
    }

    /// Whether every filled cell under a recognised column names that column, as the header row does.
    private mutating func isHeader(_ record: RawRecord) -> Bool {
        // The first recognised column's cell decides for nearly every row, without growing the header cache.
        guard let first = lastTargets.firstIndex(where: { $0 != nil }), let text = record.values[first],
              schema.target(forHeader: text) == lastTargets[first] else { return false }
        return zip(record.values, lastTargets).allSatisfy { value, column in
            guard let column, let value, !CellText.trimmed(value).isEmpty else { return true }
            return target(for: value) == column
        }
    }

    mutating func takeFindings() -> [Finding] {
        defer { pending.removeAll() }
        return pending
    }

    private mutating func target(for header: String) -> ColumnTarget? {
        if let known = targets[header] { return known }
        let target = schema.target(forHeader: header)
        targets[header] = target
        return target
    }

    private mutating func reportUnknown(_ header: String, line: Int) {
        guard reportedUnknown.insert(header).inserted else { return }
        pending.append(Finding(.unknownColumn, .warning, file: file, line: line, column: header,
                               message: "无法识别的列“\(header)”，已忽略该列；如是指标，请在指标目录中添加或改用标准表头"))
    }

    private mutating func reject(_ code: FindingCode, line: Int, column: String?, _ message: String) {
        fileRejected = true
        pending.append(Finding(code, .error, file: file, line: line, column: column, message: message))
    }
}
