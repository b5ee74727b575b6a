import CXlsxWriter

/// Turns `CellFormat` values into libxlsxwriter formats, one per distinct value. The formats
/// belong to the C workbook and are freed with it.
struct FormatCache {
    /// libxlsxwriter copies font names and number formats into 128-byte buffers.
    private static let maxFieldBytes = Int(LXW_FORMAT_FIELD_LEN) - 1

    private var formats: [CellFormat: UnsafeMutablePointer<lxw_format>] = [:]

    mutating func pointer(
        for format: CellFormat, in workbook: UnsafeMutablePointer<lxw_workbook>,
        context: ErrorContext
    ) throws -> UnsafeMutablePointer<lxw_format> {
        if let cached = formats[format] {
            return cached
        }
        if let fontName = format.fontName {
            try context.checkText(fontName, "the font name", maxBytes: Self.maxFieldBytes)
        }
        if let numberFormat = format.numberFormat {
            try context.checkText(numberFormat, "the number format", maxBytes: Self.maxFieldBytes)
        }
        if let fontSize = format.fontSize, !(1...409).contains(fontSize) {
            throw context.error(.parameterValidation, "font size \(fontSize) is outside Excel's 1...409")
        }
        guard let pointer = workbook_add_format(workbook) else {
            throw context.error(.memoryMallocFailed, "workbook_add_format returned NULL")
        }
        Self.apply(format, to: pointer)
        formats[format] = pointer
        return pointer
    }

    /// Forgets every format, once the C workbook that owns them is gone.
    mutating func removeAll() {
        formats.removeAll()
    }

    private static func apply(_ format: CellFormat, to pointer: UnsafeMutablePointer<lxw_format>) {
        if format.bold { format_set_bold(pointer) }
        if format.italic { format_set_italic(pointer) }
        if let fontName = format.fontName { format_set_font_name(pointer, fontName) }
        if let fontSize = format.fontSize { format_set_font_size(pointer, fontSize) }
        if let fontColor = format.fontColor { format_set_font_color(pointer, fontColor.lxwColor) }
        if let numberFormat = format.numberFormat { format_set_num_format(pointer, numberFormat) }
        if let alignment = format.horizontalAlignment { format_set_align(pointer, alignment.lxwAlignment) }
        if let alignment = format.verticalAlignment { format_set_align(pointer, alignment.lxwAlignment) }
        if format.wrapsText { format_set_text_wrap(pointer) }
        if let border = format.border { format_set_border(pointer, border.lxwBorder) }
        if let backgroundColor = format.backgroundColor { format_set_bg_color(pointer, backgroundColor.lxwColor) }
    }
}

extension CellFormat.Color {
    /// libxlsxwriter reads 0 as "no colour" and spells black differently.
    var lxwColor: lxw_color_t {
        rgb == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : rgb
    }
}

extension CellFormat.HorizontalAlignment {
    fileprivate var lxwAlignment: UInt8 {
        let alignment: lxw_format_alignments =
            switch self {
            case .left: LXW_ALIGN_LEFT
            case .center: LXW_ALIGN_CENTER
            case .right: LXW_ALIGN_RIGHT
            case .fill: LXW_ALIGN_FILL
            case .justify: LXW_ALIGN_JUSTIFY
            case .centerAcrossSelection: LXW_ALIGN_CENTER_ACROSS
            case .distributed: LXW_ALIGN_DISTRIBUTED
            }
        return UInt8(alignment.rawValue)
    }
}

extension CellFormat.VerticalAlignment {
    fileprivate var lxwAlignment: UInt8 {
        let alignment: lxw_format_alignments =
            switch self {
            case .top: LXW_ALIGN_VERTICAL_TOP
            case .center: LXW_ALIGN_VERTICAL_CENTER
            case .bottom: LXW_ALIGN_VERTICAL_BOTTOM
            case .justify: LXW_ALIGN_VERTICAL_JUSTIFY
            case .distributed: LXW_ALIGN_VERTICAL_DISTRIBUTED
            }
        return UInt8(alignment.rawValue)
    }
}

extension CellFormat.Border {
    fileprivate var lxwBorder: UInt8 {
        let border: lxw_format_borders =
            switch self {
            case .thin: LXW_BORDER_THIN
            case .medium: LXW_BORDER_MEDIUM
            case .thick: LXW_BORDER_THICK
            case .dashed: LXW_BORDER_DASHED
            case .dotted: LXW_BORDER_DOTTED
            case .double: LXW_BORDER_DOUBLE
            case .hair: LXW_BORDER_HAIR
            }
        return UInt8(border.rawValue)
    }
}
