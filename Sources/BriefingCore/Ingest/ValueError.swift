/// Why a cell's text is not the value its column takes; `message` tells the clerk what to type.
public struct ValueError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `约300`, `7万余`, `300多`: an estimate where an exact figure belongs.
        case approximate(suggestion: String?)
        /// `1.2万`, `22.7亿` in a column that takes plain figures.
        case unitWord(suggestion: String)
        /// `35件`, `1935元`: the unit belongs in the header, not the cell.
        case unitSuffix(suggestion: String)
        /// `/`, `无`, `-`: nothing that could be a figure.
        case noFigure
        /// Chinese numerals such as `三百`.
        case chineseNumerals
        /// `1.23457E+11`: how Excel shows a long number in a narrow column, digits already lost.
        case scientificNotation
        /// Anything else; with the figure when it is plain (`1 935`, `共35`).
        case notANumber(suggestion: String?)
        case notWhole
        case negative
        case tooPrecise(maxDecimals: Int)
        case tooLarge
        case notAMonth(suggestion: String?)
        case notADate(suggestion: String?)
        /// Shaped like a month or date, but there is no such one: `2021-13`, `2021-02-30`.
        case noSuchDate(detail: String)
    }

    public let kind: Kind
    /// The cell's text, trimmed.
    public let text: String

    public init(_ kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    public var message: String {
        let quoted = "“\(text)”"
        switch kind {
        case .approximate(let suggestion?):
            return "\(quoted)不是数字：请填写准确数字，如 \(suggestion)"
        case .approximate(nil):
            return "\(quoted)不是数字：请填写准确数字"
        case .unitWord(let suggestion):
            return "\(quoted)不是数字：请填写完整数字，如 \(suggestion)"
        case .unitSuffix(let suggestion):
            return "\(quoted)不是数字：请只填数字，单位以表头为准，如 \(suggestion)"
        case .noFigure:
            return "\(quoted)不是数字：没有填报请留空，实际为零请填 0"
        case .chineseNumerals:
            return "\(quoted)不是数字：请用阿拉伯数字填写"
        case .scientificNotation:
            return "\(quoted)是科学计数法，数字可能已被 Excel 截断：请把这一列设为“数值”格式，核对后重新保存"
        case .notANumber(let suggestion?):
            return "\(quoted)不是数字：请只填数字，如 \(suggestion)"
        case .notANumber(nil):
            return "\(quoted)不是数字：请只填数字，如 1935"
        case .notWhole:
            return "\(quoted)不是整数：这一列只能填整数"
        case .negative:
            return "\(quoted)是负数：这一列不能为负"
        case .tooPrecise(let maxDecimals):
            return "\(quoted)的小数位太多：金额精确到分，这一列最多 \(maxDecimals) 位小数"
        case .tooLarge:
            return "\(quoted)太大，请核对"
        case .notAMonth(let suggestion):
            return "\(quoted)不是月份：请写成年-月，如 \(suggestion ?? "2021-04")"
        case .notADate(let suggestion):
            return "\(quoted)不是日期：请写成年-月-日，如 \(suggestion ?? "2021-04-15")"
        case .noSuchDate(let detail):
            return "\(quoted)不是有效日期：\(detail)"
        }
    }
}
