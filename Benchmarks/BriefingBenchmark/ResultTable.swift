import Foundation

/// The figures in sections, printed as an aligned table for the terminal and as Markdown for the README.
struct ResultTable {
    struct Section {
        let title: String
        var figures: [Figure]
    }

    private(set) var sections: [Section] = []

    mutating func add(_ figures: [Figure], under title: String) {
        guard !figures.isEmpty else { return }
        if let index = sections.firstIndex(where: { $0.title == title }) {
            sections[index].figures += figures
        } else {
            sections.append(Section(title: title, figures: figures))
        }
    }

    /// Every figure with a target, and whether it was met.
    var targets: (met: Int, total: Int) {
        let judged = sections.flatMap(\.figures).filter { $0.target != nil }
        return (judged.filter { $0.verdict == "✓" }.count, judged.count)
    }

    /// Columns padded to the widest cell; the detail of a figure goes on the line below it.
    var text: String {
        let header = ["项目", "中位数", "范围", "目标", ""]
        let rows = sections.flatMap(\.figures).map { [$0.label, $0.value, $0.range, $0.target?.text ?? "", $0.verdict] }
        let widths = (0..<header.count).map { column in ([header] + rows).map { $0[column].displayWidth }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0.padded(to: $1) }.joined(separator: "  ").trimmingTrailingSpaces
        }
        var lines = [line(header), String(repeating: "─", count: widths.reduce(0, +) + 2 * (widths.count - 1))]
        for section in sections {
            lines.append("【\(section.title)】")
            for figure in section.figures {
                lines.append(line([figure.label, figure.value, figure.range, figure.target?.text ?? "", figure.verdict]))
                if !figure.note.isEmpty { lines.append("    · \(figure.note)") }
            }
        }
        return lines.joined(separator: "\n")
    }

    var markdown: String {
        var lines = ["| 项目 | 中位数 | 范围 | 目标 | 结果 | 说明 |", "|---|---|---|---|---|---|"]
        for section in sections {
            lines.append("| **\(section.title)** | | | | | |")
            for figure in section.figures {
                let cells = [figure.label, figure.value, figure.range, figure.target?.text ?? "", figure.verdict, figure.note]
                lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n")
    }
}

private extension String {
    /// Columns on a terminal: East Asian wide characters take two.
    var displayWidth: Int {
        unicodeScalars.reduce(0) { width, scalar in
            let wide: [ClosedRange<UInt32>] = [0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
                                               0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6]
            return width + (wide.contains { $0.contains(scalar.value) } ? 2 : 1)
        }
    }

    func padded(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - displayWidth)) }

    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
