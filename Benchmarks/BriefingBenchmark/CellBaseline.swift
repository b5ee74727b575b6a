import CXlsxWriter
import Foundation
import XlsxWriter

/// The cells a workbook received through the safe layer, written again straight through libxlsxwriter's
/// C API: as many texts (of the same average length), numbers with a number format, formatted blanks,
/// formulas and notes, sheet by sheet over the same number of columns, in constant-memory mode. What is
/// left out (titles merged, column widths, print setup, charts) is a few calls a sheet, not a cost a cell.
/// The renderer's time over this one's is the cost of everything above the C library.
enum CellBaseline {
    /// Distinct texts of the average length, made once per workbook, so that the baseline converts no
    /// strings per cell and its output does not compress better than the real one by repeating a text.
    private static let textVariety = 256

    static func write(_ tallies: [CellTally], to url: URL) throws {
        var options = lxw_workbook_options()
        options.constant_memory = 1
        let temporaryDirectory = strdup(url.deletingLastPathComponent().path)
        defer { free(temporaryDirectory) }
        options.tmpdir = temporaryDirectory
        guard let workbook = workbook_new_opt(url.path, &options) else {
            throw BenchmarkError("C 基线：无法创建 \(url.path)")
        }
        let numberFormat = workbook_add_format(workbook)
        format_set_num_format(numberFormat, "#,##0")
        format_set_border(numberFormat, UInt8(LXW_BORDER_THIN.rawValue))
        let textFormat = workbook_add_format(workbook)
        format_set_border(textFormat, UInt8(LXW_BORDER_THIN.rawValue))
        let blankFormat = workbook_add_format(workbook)
        format_set_border(blankFormat, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_bg_color(blankFormat, 0xF2_F2_F2)

        let strings = tallies.reduce(0) { $0 + $1.strings }
        let texts = texts(averageBytes: strings == 0 ? 0 : tallies.reduce(0) { $0 + $1.stringBytes } / strings)
        defer { texts.forEach { free($0) } }

        for tally in tallies {
            guard let sheet = workbook_add_worksheet(workbook, nil) else {
                throw BenchmarkError("C 基线：无法添加工作表")
            }
            let columns = max(tally.columns, 1)
            var cell = 0
            func next() -> (lxw_row_t, lxw_col_t) {
                defer { cell += 1 }
                return (lxw_row_t(cell / columns), lxw_col_t(cell % columns))
            }
            var failures = 0
            for index in 0..<tally.strings {
                let (row, column) = next()
                failures += worksheet_write_string(sheet, row, column, texts[index % texts.count], textFormat) == LXW_NO_ERROR ? 0 : 1
            }
            for index in 0..<tally.numbers {
                let (row, column) = next()
                failures += worksheet_write_number(sheet, row, column, Double(index &* 7_919 % 1_000_000), numberFormat) == LXW_NO_ERROR ? 0 : 1
            }
            for index in 0..<tally.blanks {
                let (row, column) = next()
                failures += worksheet_write_blank(sheet, row, column, blankFormat) == LXW_NO_ERROR ? 0 : 1
                if index < tally.notes {
                    failures += worksheet_write_comment(sheet, row, column, "无工作队报送此项") == LXW_NO_ERROR ? 0 : 1
                }
            }
            for _ in 0..<tally.formulas {
                let (row, column) = next()
                failures += worksheet_write_formula_num(sheet, row, column, "=1+1", numberFormat, 2) == LXW_NO_ERROR ? 0 : 1
            }
            guard failures == 0 else {
                workbook_close(workbook)
                throw BenchmarkError("C 基线：\(failures) 个单元格写入失败")
            }
        }
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else {
            throw BenchmarkError("C 基线：写出 \(url.path) 失败：\(String(cString: lxw_strerror(result)))")
        }
    }

    /// Texts of about `averageBytes` bytes of UTF-8, each ending in its own number.
    private static func texts(averageBytes: Int) -> [UnsafeMutablePointer<CChar>] {
        let filler = Array("芒康县曲孜卡乡驻村工作队自治区财政厅派出单位第一书记".unicodeScalars)
        return (0..<textVariety).map { index in
            let suffix = "\(index)"
            var text = ""
            var scalars = filler.makeIterator()
            while text.utf8.count + suffix.utf8.count + 3 <= averageBytes {
                text.unicodeScalars.append(scalars.next() ?? "队")
            }
            return strdup(text + suffix)!
        }
    }
}
