/// Cell text to typed values, as the input contract lists the forms. Blank is not zero: a blank
/// cell (empty or only spaces) is nil, "not reported". Full-width digits and signs are read as
/// their half-width forms. Every error names what to type instead.
public enum ValueParser {
    /// A count or other whole number (metrics, days in the village): `1935`, `1,935`, `１９３５`;
    /// `3.0` is 3. Not negative.
    public static func wholeNumber(_ text: String) throws(ValueError) -> Int? {
        if let plain = PlainText.digits(text) { return Int(plain) }
        let text = prepared(text)
        if text.isEmpty { return nil }
        guard let figure = DecimalFigure(text) else { throw numberError(text, columnPower: 0) }
        if figure.negative { throw ValueError(.negative, text: text) }
        switch figure.integer() {
        case .success(let value): return Int(value)
        case .failure(.fraction): throw ValueError(.notWhole, text: text)
        case .failure(.overflow): throw ValueError(.tooLarge, text: text)
        }
    }

    /// Money in 分, exactly: `1935.5` 元; `12.5` in a 万元 column is 125000 元. A unit word inside the
    /// cell (`22.7亿`, `1935万`, `1935万元`) is read only when `allowUnitWords` (a config choice), and
    /// then the cell's own unit counts, not the header's.
    public static func money(_ text: String, unit: MoneyUnit = .yuan, allowUnitWords: Bool = false) throws(ValueError) -> Money? {
        if let plain = PlainText.digits(text), let fen = PlainText.scaled(plain, byPowerOfTen: unit.powerOfTen + 2) {
            return Money(fen: fen)
        }
        let text = prepared(text)
        if text.isEmpty { return nil }
        var figure = DecimalFigure(text)
        var power = unit.powerOfTen
        if figure == nil, allowUnitWords, let reading = FigureReading(text), reading.prefix.isEmpty,
           reading.rest.isEmpty, reading.hasUnitWord {
            figure = reading.figure
            power = reading.power
        }
        guard let figure else { throw numberError(text, columnPower: unit.powerOfTen) }
        switch figure.integer(timesPowerOfTen: power + 2) {
        case .success(let fen): return Money(fen: fen)
        case .failure(.fraction): throw ValueError(.tooPrecise(maxDecimals: power + 2), text: text)
        case .failure(.overflow): throw ValueError(.tooLarge, text: text)
        }
    }

    /// A month: `2021-04`, `2021-4`, `2021/04`, `2021年4月`, `202104`.
    public static func period(_ text: String) throws(ValueError) -> Period? {
        if let period = PlainText.period(text) { return period }
        let text = prepared(text)
        if text.isEmpty { return nil }
        let parts = DateParts(text)
        guard let (year, month) = parts.yearMonth else {
            let suggestion = parts.leadingYearMonth.flatMap { Period(year: $0.0, month: $0.1) }?.description
            throw ValueError(.notAMonth(suggestion: suggestion), text: text)
        }
        guard let period = Period(year: year, month: month) else {
            throw ValueError(.noSuchDate(detail: rangeDetail(year: year, month: month)), text: text)
        }
        return period
    }

    /// A date: `2021-04-15`, `2021/4/15`, `2021年4月15日`, `20210415`, or an Excel day serial
    /// (`44301`, five digits), which the reading marks for a warning.
    public static func date(_ text: String) throws(ValueError) -> DateReading? {
        if let date = PlainText.date(text) { return DateReading(date: date, isExcelSerial: false) }
        let text = prepared(text)
        if text.isEmpty { return nil }
        let parts = DateParts(text)
        if let serial = parts.excelSerial, let date = CalendarDate(excelSerial: serial) {
            return DateReading(date: date, isExcelSerial: true)
        }
        guard let (year, month, day) = parts.yearMonthDay else {
            let suggestion = parts.leadingYearMonthDay.flatMap { CalendarDate(year: $0.0, month: $0.1, day: $0.2) }?.description
            throw ValueError(.notADate(suggestion: suggestion), text: text)
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            let detail = Period(year: year, month: month).map { "\(year)年\(month)月只有 \($0.numberOfDays) 天" }
                ?? rangeDetail(year: year, month: month)
            throw ValueError(.noSuchDate(detail: detail), text: text)
        }
        return DateReading(date: date, isExcelSerial: false)
    }

    /// Full-width forms folded, surrounding spaces removed.
    private static func prepared(_ text: String) -> String {
        CellText.trimmed(CellText.halfWidth(text))
    }

    private static func rangeDetail(year: Int, month: Int) -> String {
        (1...12).contains(month) ? "年份应在 1900 到 9999 之间" : "月份应在 1 到 12 之间"
    }

    private static let approximationMarks = ["约", "約", "近", "余", "餘", "多", "左右", "以上", "以下", "上下",
                                             "不到", "超过", "超過", "几", "幾", "逾", "若干", "~"]
    private static let chineseNumerals = Set("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億")

    /// Why `text` (prepared) is not a plain figure; suggestions are in the column's unit.
    private static func numberError(_ text: String, columnPower: Int) -> ValueError {
        let reading = FigureReading(text)
        // The figure as the column takes it: a unit word in the cell puts it in 元.
        let suggestion = reading.map {
            ($0.hasUnitWord ? $0.figure.scaled(byPowerOfTen: $0.power - columnPower) : $0.figure).plainText
        }
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), DecimalFigure(text[..<e]) != nil,
           Int(text[text.index(after: e)...]) != nil {
            return ValueError(.scientificNotation, text: text)
        }
        if approximationMarks.contains(where: text.contains) {
            return ValueError(.approximate(suggestion: suggestion), text: text)
        }
        let squeezed = text.filter { $0 != " " && $0 != "," }
        if let figure = DecimalFigure(squeezed) {
            return ValueError(.notANumber(suggestion: figure.plainText), text: text)
        }
        guard let reading, let suggestion else {
            let numerals = text.contains(where: chineseNumerals.contains)
            return ValueError(numerals ? .chineseNumerals : .noFigure, text: text)
        }
        if !reading.prefix.isEmpty { return ValueError(.notANumber(suggestion: suggestion), text: text) }
        if reading.rest.isEmpty && reading.power > 0 { return ValueError(.unitWord(suggestion: suggestion), text: text) }
        return ValueError(.unitSuffix(suggestion: suggestion), text: text)
    }
}

/// The first figure in a text and the unit words right after it: `约 | 7 | 万 | 余`.
private struct FigureReading {
    /// Text before the figure (`约`, `共`).
    let prefix: Substring
    let figure: DecimalFigure
    /// 10^power 元 per unit of the figure, from 百, 千, 万, 亿 (and 万元, 亿元).
    let power: Int
    /// Whether 百/千/万/亿 or 元 followed the figure, giving it a unit of its own.
    let hasUnitWord: Bool
    /// Text after the figure and its unit words (`余`, `件`).
    let rest: Substring

    private static let multipliers: [Character: Int] = ["百": 2, "千": 3, "万": 4, "萬": 4, "亿": 8, "億": 8]

    init?(_ text: String) {
        guard let start = text.firstIndex(where: \.isASCIIDigit) else { return nil }
        var figureStart = start
        if figureStart > text.startIndex, text[text.index(before: figureStart)] == "-" {
            figureStart = text.index(before: figureStart)
        }
        var end = start
        while end < text.endIndex, text[end].isASCIIDigit || text[end] == "," || text[end] == "." {
            end = text.index(after: end)
        }
        // A trailing separator belongs to the sentence, not the figure (`35,`).
        var figureText = text[figureStart..<end]
        while let last = figureText.last, last == "," || last == "." { figureText = figureText.dropLast() }
        guard let figure = DecimalFigure(figureText) else { return nil }
        end = figureText.endIndex
        var power = 0
        var hasUnitWord = false
        while end < text.endIndex, let more = Self.multipliers[text[end]] {
            power += more
            hasUnitWord = true
            end = text.index(after: end)
        }
        if end < text.endIndex, text[end] == "元" {
            hasUnitWord = true
            end = text.index(after: end)
        }
        self.prefix = text[..<figureStart]
        self.figure = figure
        self.power = power
        self.hasUnitWord = hasUnitWord
        self.rest = text[end...]
    }
}

/// A month or date cut into its numbers and the marks between them: `2021年4月` is the shape
/// `#年#月` with the numbers 2021 and 4.
private struct DateParts {
    private let shape: String
    private let numbers: [String]

    init(_ text: String) {
        var shape = ""
        var numbers: [String] = []
        var digits = ""
        for character in text {
            if character.isASCIIDigit {
                if digits.isEmpty { shape.append("#") }
                digits.append(character)
                continue
            }
            if !digits.isEmpty { numbers.append(digits) }
            digits = ""
            // A literal `#` must not pass for a number.
            shape.append(character == "#" ? "?" : character)
        }
        if !digits.isEmpty { numbers.append(digits) }
        self.shape = shape
        self.numbers = numbers
    }

    /// `2021-04`, `2021-4`, `2021/04`, `2021年4月`, `202104`.
    var yearMonth: (Int, Int)? {
        switch shape {
        case "#-#", "#/#", "#年#月":
            return leadingYearMonth
        case "#" where numbers[0].count == 6:
            return (Int(numbers[0].prefix(4))!, Int(numbers[0].suffix(2))!)
        default:
            return nil
        }
    }

    /// `2021-04-15`, `2021/4/15`, `2021年4月15日`, `20210415`.
    var yearMonthDay: (Int, Int, Int)? {
        switch shape {
        case "#-#-#", "#/#/#", "#年#月#日":
            return leadingYearMonthDay
        case "#" where numbers[0].count == 8:
            let digits = numbers[0]
            return (Int(digits.prefix(4))!, Int(digits.dropFirst(4).prefix(2))!, Int(digits.suffix(2))!)
        default:
            return nil
        }
    }

    /// Five digits: an Excel day serial (1927-05-18 … 2173-10-14); four digits would be a year.
    var excelSerial: Int? {
        shape == "#" && numbers[0].count == 5 ? Int(numbers[0]) : nil
    }

    /// The year and month the numbers start with, whatever the marks (`2021.4` too, for a suggestion).
    var leadingYearMonth: (Int, Int)? {
        guard numbers.count >= 2, let year = year(numbers[0]), let month = shortNumber(numbers[1]) else { return nil }
        return (year, month)
    }

    /// The year, month and day the numbers start with, whatever the marks.
    var leadingYearMonthDay: (Int, Int, Int)? {
        guard numbers.count >= 3, let (year, month) = leadingYearMonth, let day = shortNumber(numbers[2]) else { return nil }
        return (year, month, day)
    }

    private func year(_ digits: String) -> Int? { digits.count == 4 ? Int(digits) : nil }
    private func shortNumber(_ digits: String) -> Int? { (1...2).contains(digits.count) ? Int(digits) : nil }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
