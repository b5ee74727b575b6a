/// How a cell looks. A plain value: pass the same description to every write, and the workbook
/// creates one libxlsxwriter format per distinct value.
///
///     let money = CellFormat(numberFormat: #"#,##0.00"万元""#, border: .thin)
///     try sheet.writeNumber(1234.5, row: 2, column: 1, format: money)
public struct CellFormat: Hashable, Sendable {
    public var bold: Bool
    public var italic: Bool
    /// For instance `宋体`; at most 127 bytes of UTF-8.
    public var fontName: String?
    /// In points.
    public var fontSize: Double?
    public var fontColor: Color?
    /// An Excel number format such as `#,##0`, `0.0%` or `#,##0.00"万元"`; at most 127 bytes of
    /// UTF-8, the size of libxlsxwriter's buffer.
    public var numberFormat: String?
    public var horizontalAlignment: HorizontalAlignment?
    public var verticalAlignment: VerticalAlignment?
    public var wrapsText: Bool
    /// The same border on all four sides.
    public var border: Border?
    /// A solid fill.
    public var backgroundColor: Color?

    public init(
        bold: Bool = false,
        italic: Bool = false,
        fontName: String? = nil,
        fontSize: Double? = nil,
        fontColor: Color? = nil,
        numberFormat: String? = nil,
        horizontalAlignment: HorizontalAlignment? = nil,
        verticalAlignment: VerticalAlignment? = nil,
        wrapsText: Bool = false,
        border: Border? = nil,
        backgroundColor: Color? = nil
    ) {
        self.bold = bold
        self.italic = italic
        self.fontName = fontName
        self.fontSize = fontSize
        self.fontColor = fontColor
        self.numberFormat = numberFormat
        self.horizontalAlignment = horizontalAlignment
        self.verticalAlignment = verticalAlignment
        self.wrapsText = wrapsText
        self.border = border
        self.backgroundColor = backgroundColor
    }

    /// An RGB colour, `0xRRGGBB`.
    public struct Color: Hashable, Sendable {
        public let rgb: UInt32

        public init(rgb: UInt32) {
            precondition(rgb <= 0xFF_FFFF, "colour \(rgb) is not 0xRRGGBB")
            self.rgb = rgb
        }

        public static let black = Color(rgb: 0x00_0000)
        public static let white = Color(rgb: 0xFF_FFFF)
    }

    public enum HorizontalAlignment: Hashable, Sendable {
        case left, center, right, fill, justify, centerAcrossSelection, distributed
    }

    public enum VerticalAlignment: Hashable, Sendable {
        case top, center, bottom, justify, distributed
    }

    public enum Border: Hashable, Sendable {
        case thin, medium, thick, dashed, dotted, double, hair
    }
}
