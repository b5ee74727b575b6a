/// A filled-in cell of a mapped row, by its position.
struct Cell {
    let index: Int
}

/// How one header row (a CSV file's, or a JSON record's keys) maps onto the schema, worked out once
/// for all the records that share it. A class, so that each row refers to it without copying its arrays.
final class ColumnPlan: Sendable {
    let columns: [String]
    /// What each column holds; nil for an unknown column.
    let targets: [ColumnTarget?]
    /// The column of each field the header has.
    let fieldColumns: [(id: Field, column: Int)]
    let metricColumns: [(column: Int, position: Int, moneyUnit: MoneyUnit?)]
    /// Two columns naming one field: (the later, the earlier).
    let repeated: (column: String, earlier: String)?

    init(columns: [String], targets: [ColumnTarget?]) {
        self.columns = columns
        self.targets = targets
        var fieldColumns: [(id: Field, column: Int)] = []
        var metricColumns: [(column: Int, position: Int, moneyUnit: MoneyUnit?)] = []
        var seen: [ColumnTarget: String] = [:]
        var repeated: (column: String, earlier: String)?
        for (index, (column, target)) in zip(columns, targets).enumerated() {
            guard let target else { continue }
            if repeated == nil, let earlier = seen.updateValue(column, forKey: target) { repeated = (column, earlier) }
            switch target {
            case .field(let id): fieldColumns.append((id, index))
            case .metric(let position, let unit): metricColumns.append((index, position, unit))
            }
        }
        self.fieldColumns = fieldColumns
        self.metricColumns = metricColumns
        self.repeated = repeated
    }

    func column(ofField id: Field) -> Int? { fieldColumns.first { $0.id == id }?.column }
}

/// A record whose columns have been matched to the schema's fields and metrics, read in place: cells
/// are decoded or parsed only when asked for. Blank cells count as absent.
struct MappedRow {
    let row: RawRow
    let plan: ColumnPlan

    var line: Int { row.line }

    /// The field's cell; nil when the file has no such column or the cell is blank.
    func cell(_ field: Field) -> Cell? { plan.column(ofField: field).flatMap(cell(at:)) }

    /// The cell in `column`; nil when it is blank.
    func cell(at column: Int) -> Cell? {
        guard row.withUTF8(at: column, PlainText.isBlank) == false else { return nil }
        return Cell(index: column)
    }

    /// The header the cell was found under, as written, for findings that point at it.
    func column(of cell: Cell) -> String { plan.columns[cell.index] }

    func text(of cell: Cell) -> String { row.value(at: cell.index) ?? "" }

    @inline(__always)
    func withUTF8<Result>(of cell: Cell, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        row.withUTF8(at: cell.index, body)!
    }

    /// The filled-in metric cells, in file order.
    var metrics: [(position: Int, moneyUnit: MoneyUnit?, cell: Cell)] {
        plan.metricColumns.compactMap { column, position, unit in cell(at: column).map { (position, unit, $0) } }
    }
}

/// Matches a file's headers (CSV: once; JSON: per key) to the schema and applies the header rules:
/// an unknown column is a warning; a repeated or missing required column, or a header row no sheet could
/// hold, rejects the whole file; the header row repeated further down is a rejected row.
struct ColumnMapping {
    let schema: InputSchema
    let file: String
    private var targets: [String: ColumnTarget?] = [:]
    /// The plan of the last record's columns: a CSV file repeats its header's array for every row.
    private var plan: ColumnPlan?
    /// Whether the plan's unknown columns have been reported.
    private var planReported = false
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

    /// For a part of a file after its first: the header as the first part declared it, with its findings
    /// and unknown columns left to that part, which reports them.
    mutating func resume(after headers: [String]) {
        declare(headers, line: 1)
        pending.removeAll()
        reportedUnknown.formUnion(headers)
    }

    /// The record's cells by field and metric; nil when the file as a whole was rejected, or when a
    /// JSON object names one column twice (keys that differ only in script or width, say).
    mutating func map(_ row: RawRow) -> MappedRow? {
        guard !fileRejected else { return nil }
        if row.columns != plan?.columns {
            plan = ColumnPlan(columns: row.columns, targets: row.columns.map { target(for: $0) })
            planReported = false
        }
        let plan = plan!
        if let (column, earlier) = plan.repeated {
            pending.append(Finding(.repeatedColumn, .error, file: file, line: row.line, column: column,
                                   message: "“\(column)”与“\(earlier)”是同一列，在这条记录中重复出现，此条未计入；请删除其中一个"))
            return nil
        }
        if isHeader(row, plan: plan) {
            pending.append(Finding(.repeatedColumn, .error, file: file, line: row.line,
                                   message: "这一行重复了表头（可能是把几个文件粘贴到了一起），此行未计入；请删除这一行"))
            return nil
        }
        if !planReported {
            planReported = true
            for (column, target) in zip(plan.columns, plan.targets) where target == nil { reportUnknown(column, line: row.line) }
        }
        return MappedRow(row: row, plan: plan)
    }

    /// Whether every filled cell under a recognised column names that column, as the header row does.
    private mutating func isHeader(_ row: RawRow, plan: ColumnPlan) -> Bool {
        // The first recognised column's cell decides for nearly every row: at once when it is a figure,
        // a date or an id, else without growing the header cache.
        guard let first = plan.targets.firstIndex(where: { $0 != nil }),
              row.withUTF8(at: first, { !PlainText.isNumeric($0) || schema.hasNumericHeader }) == true,
              let text = row.value(at: first), schema.target(forHeader: text) == plan.targets[first] else { return false }
        return plan.targets.indices.allSatisfy { index in
            guard let column = plan.targets[index], let value = row.value(at: index), !CellText.trimmed(value).isEmpty
            else { return true }
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
