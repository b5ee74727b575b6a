import Dispatch
import Foundation
import Testing
import XlsxWriter

/// Nightly runs write one workbook per thread; these must come out as if written one after another.
@Suite struct ConcurrentWorkbookTests {
    /// A workbook big enough that closing takes a while (so closes overlap), different for each index.
    func write(_ index: Int, to path: String, temporaryDirectory: String) throws {
        let workbook = try Workbook(path: path, options: WorkbookOptions(
            constantMemory: true, temporaryDirectory: temporaryDirectory,
            properties: DocumentProperties(title: "统计表\(index)", createdEpochSeconds: 1_635_811_200)))
        for name in ["汇总", "明细"] {
            let sheet = try workbook.addWorksheet(named: name)
            for row in 0..<3_000 {
                try sheet.writeString("工作队\(index)-\(row)", row: row, column: 0)
                for column in 1...8 {
                    try sheet.writeNumber(Double(index * 100_000 + row * 10 + column), row: row, column: column,
                                          format: CellFormat(numberFormat: "#,##0"))
                }
            }
        }
        try workbook.close()
    }

    @Test func workbooksWrittenOnSeveralThreadsEqualThoseWrittenInTurn() throws {
        let folder = try TemporaryFolder()
        let count = 12
        for index in 0..<count {
            try write(index, to: folder.file("serial-\(index).xlsx"), temporaryDirectory: folder.path)
        }
        let failures = FailureLog()
        let directory = folder.path
        DispatchQueue.concurrentPerform(iterations: count) { index in
            do {
                try write(index, to: "\(directory)/parallel-\(index).xlsx", temporaryDirectory: directory)
            } catch {
                failures.add("\(index): \(error)")
            }
        }
        #expect(failures.entries.isEmpty)
        for index in 0..<count {
            let serial = try Data(contentsOf: URL(fileURLWithPath: folder.file("serial-\(index).xlsx")))
            let parallel = try Data(contentsOf: URL(fileURLWithPath: folder.file("parallel-\(index).xlsx")))
            #expect(serial == parallel, "workbook \(index) differs when written beside others")
        }
        let out = try Openpyxl.inspect(folder.file("parallel-\(count - 1).xlsx"), """
            ws = wb['明细']
            out['last'] = [ws['A3000'].value, ws['I3000'].value]
            """)
        #expect(out["last"] as? [AnyHashable] == ["工作队\(count - 1)-2999", (count - 1) * 100_000 + 29_998])
    }
}

private final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ entry: String) { lock.withLock { list.append(entry) } }
    var entries: [String] { lock.withLock { list } }
}
