/// Column widths for text, since libxlsxwriter cannot autofit.
///
/// Excel measures a column in widths of the digit `0` of the default font. A full-width
/// character (Chinese, Japanese, Korean, full-width punctuation) needs about two of those, any
/// other printable character about one, and combining marks none.
///
///     try sheet.setColumnWidth(ColumnWidth.estimate(for: ["县名", "察隅县"]), column: 0)
public enum ColumnWidth {
    /// Excel's widest column.
    public static let maximum = 255.0

    /// The width that shows the longest line of `text`, for a font of `fontSize` points (Excel's
    /// default is 11), plus `padding`; at most `maximum`.
    public static func estimate(for text: String, fontSize: Double = 11, padding: Double = 2) -> Double {
        var longest = 0
        var line = 0
        for scalar in text.unicodeScalars {
            if isNewline(scalar) {
                line = 0
            } else {
                line += units(scalar)
                longest = max(longest, line)
            }
        }
        return estimate(characters: longest, fontSize: fontSize, padding: padding)
    }

    /// The width that shows `characters` ordinary (half-width) characters, such as a number's digits.
    public static func estimate(characters: Int, fontSize: Double = 11, padding: Double = 2) -> Double {
        min(Double(characters) * fontSize / 11 + padding, maximum)
    }

    /// The width that shows the longest of `texts`, and at least `minimum`.
    public static func estimate(
        for texts: some Sequence<String>, fontSize: Double = 11, padding: Double = 2, minimum: Double = 0
    ) -> Double {
        texts.reduce(minimum) { widest, text in
            max(widest, estimate(for: text, fontSize: fontSize, padding: padding))
        }
    }

    /// The scalars that `Character.isNewline` breaks lines at.
    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || [0x85, 0x2028, 0x2029].contains(scalar.value)
    }

    private static func units(_ scalar: Unicode.Scalar) -> Int {
        // Most text is ASCII or common ideographs; Unicode's tables are only asked about the rest.
        if (0x20...0x7E).contains(scalar.value) { return 1 }
        if (0x4E00...0x9FFF).contains(scalar.value) { return 2 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            return fullWidthRanges.contains { $0.contains(scalar.value) } ? 2 : 1
        }
    }

    /// The wide and full-width blocks of Unicode's East Asian Width property, plus emoji.
    private static let fullWidthRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initials
        0x2E80...0x303E,  // CJK radicals, Kangxi radicals, CJK symbols and punctuation
        0x3041...0x33FF,  // kana, Bopomofo, Hangul compatibility Jamo, CJK strokes, enclosed and compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // full-width forms
        0xFFE0...0xFFE6,  // full-width signs
        0x1F300...0x1F64F,  // pictographs, emoticons
        0x1F900...0x1F9FF,  // supplemental pictographs
        0x20000...0x3FFFD,  // CJK extensions B and later
    ]
}
