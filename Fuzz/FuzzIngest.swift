import Foundation

// libFuzzer entry. The first byte picks the file name (CSV, JSON, JSON Lines), a chunk size and the kind
// of input; the rest is the file. Checks that reading never crashes, that chunk boundaries change
// nothing, that records are well formed and that mapping and building them accounts for every one;
// also runs every value parser over the start of the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ pointer: UnsafeRawPointer, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let selector = pointer.load(as: UInt8.self)
    let data = Data(bytes: pointer + 1, count: size - 1)
    let name = ["t.csv", "t.json", "t.jsonl"][Int(selector % 3)]
    let chunkSize = 1 + Int(selector / 3) % 13
    let kind = InputKind.allCases[Int(selector / 39) % InputKind.allCases.count]
    let events: [ReadEvent]
    do {
        events = Array(try RecordReader(source: MemoryByteSource(data), name: name, chunkSize: 1 << 20, recordLimit: 4096))
        let chunked = Array(try RecordReader(source: MemoryByteSource(data), name: name, chunkSize: chunkSize, recordLimit: 4096))
        precondition(events == chunked, "chunk size \(chunkSize) changed the events")
    } catch {
        preconditionFailure("memory source threw \(error)")
    }
    checkShape(of: events)
    build(data, name: name, kind: kind)
    parseValues(String(decoding: data.prefix(128), as: UTF8.self), selector: selector)
    return 0
}

private func checkShape(of events: [ReadEvent]) {
    var lastLine = 0
    var width: Int?
    for event in events {
        switch event {
        case .columns(let columns, _):
            precondition(width == nil, "a second header")
            width = columns.count
        case .record(let record):
            precondition(record.line >= lastLine && record.line >= 1, "records out of line order")
            if let width { precondition(record.values.count == width, "CSV record of the wrong width") }
            lastLine = record.line
        case .problem(let problem):
            precondition(!problem.message.isEmpty && (problem.line ?? 1) >= 1, "a problem without message or place")
        }
    }
}

private let catalog = try! MetricCatalog(
    metrics: [
        MetricDefinition(id: "visits", name: "走访农户", unit: "户次", kind: .count, style: .exact),
        MetricDefinition(id: "grievances_received", name: "收集困难诉求", unit: "件", kind: .count, style: .exact),
        MetricDefinition(id: "funds", name: "投入帮扶资金", aliases: ["帮扶资金"], unit: "元", kind: .money, style: .approx),
    ],
    rates: []
)

private let jurisdiction = try! Jurisdiction(units: [
    ReportingUnit(level: .province, name: "西藏自治区", province: "西藏自治区", prefecture: nil),
    ReportingUnit(level: .prefecture, name: "昌都市", province: "西藏自治区", prefecture: "昌都市"),
    ReportingUnit(level: .county, name: "芒康县", aliases: ["芒康"], province: "西藏自治区", prefecture: "昌都市"),
])

/// Maps and builds the records as ingest does, from the rows the reader lends: each one is built, or an
/// error finding says why not.
private func build(_ data: Data, name: String, kind: InputKind) {
    let schema = InputSchema(kind: kind, catalog: catalog)
    var sink = BuildCheck(columns: ColumnMapping(schema: schema, file: name),
                          builder: RecordBuilder(schema: schema, catalog: catalog, jurisdiction: jurisdiction, file: name))
    do {
        try RecordReader(source: MemoryByteSource(data), name: name, chunkSize: 1 << 20, recordLimit: 4096).read(into: &sink)
    } catch {
        preconditionFailure("memory source threw \(error)")
    }
}

private struct BuildCheck: ReadEventSink {
    var columns: ColumnMapping
    var builder: RecordBuilder
    var fileRejected = false

    mutating func columns(_ headers: [String], line: Int) {
        columns.declare(headers, line: line)
        fileRejected = columns.takeFindings().contains { $0.severity == .error }
    }

    mutating func record(_ raw: RawRow) {
        let row = columns.map(raw)
        let mapped = columns.takeFindings()
        guard let row else {
            precondition(fileRejected || mapped.contains { $0.severity == .error && $0.line == raw.line },
                         "a record dropped without an error")
            return
        }
        let before = builder.findings.count
        if builder.build(row) == nil {
            precondition(builder.findings[before...].contains { $0.severity == .error && $0.line == raw.line },
                         "a record rejected without an error")
        }
    }

    mutating func problem(_ problem: ReadProblem) {}
}

/// Every value parser; what they accept must read back the same.
private func parseValues(_ text: String, selector: UInt8) {
    if let value = try? ValueParser.wholeNumber(text) { precondition(value >= 0, "a negative whole number") }
    for unit in [MoneyUnit.yuan, .wanYuan, .yiYuan] {
        _ = try? ValueParser.money(text, unit: unit, allowUnitWords: selector & 1 == 0)
    }
    if let period = try? ValueParser.period(text) {
        precondition((try? ValueParser.period(period.description)) == period, "\(period) does not read back")
    }
    if let reading = try? ValueParser.date(text) {
        precondition((try? ValueParser.date(reading.date.description))?.date == reading.date, "\(reading.date) does not read back")
    }
    _ = JSONRecordParser.plainDecimal(text)
    _ = NameKey.of(text)
    _ = MoneyUnit.split(header: text)
    _ = ExcelLimits.exceedsCell(text)
}
