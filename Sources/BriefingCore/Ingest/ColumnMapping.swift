/// A cell with the header it was found under, as written in the file, for findings that point at it.
struct Cell {
    let text: String
    let column: String
}

/// A record whose cells have been matched to the schema's fields and metrics. Blank cells are absent.
struct MappedRow {
    let line: Int
    var fields: [String: Cell] = [:]
    var metrics: [(position: Int, moneyUnit: MoneyUnit?, cell: Cell)] = []
}

/// Matches a file's headers (CSV: once; JSON: per key) to the schema and applies the header rules:
/// an unknown column is a warning, a repeated or missing required column rejects the whole file.
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
