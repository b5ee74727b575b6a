/// Counts physical lines as a spreadsheet user sees them: CRLF, LF and a lone CR each end one line.
struct LineCounter {
    private(set) var line = 1
    private var afterCR = false

    mutating func feed(_ unit: UInt16) {
        switch unit {
        case 0x0A:
            if !afterCR { line += 1 }
            afterCR = false
        case 0x0D:
            line += 1
            afterCR = true
        default:
            afterCR = false
        }
    }
}
