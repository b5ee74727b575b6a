/// Strict JSON (RFC 8259) for one record cut out by JSONScanner: an object whose values are kept as
/// text. Numbers keep the digits as written, so `0.1` stays `0.1` and `1` never becomes `true`,
/// which JSONSerialization's NSNumber cannot promise.
struct JSONRecordParser {
    enum Outcome: Equatable {
        case record(columns: [String], values: [String?])
        /// `offset` is the byte in the record where the JSON breaks.
        case invalid(detail: String, offset: Int)
        /// Well-formed, but these keys hold values a cell cannot.
        case unsupported([Unsupported])
    }

    struct Unsupported: Equatable {
        let key: String
        let type: ReadProblem.JSONValueType
    }

    private struct Failure: Error {
        let detail: String
        let offset: Int
    }

    /// Containers nested deeper than this inside one record are not data anyone typed.
    private static let maxDepth = 64

    private let bytes: UnsafeRawBufferPointer
    private var i = 0
    private var scratch: [UInt8] = []

    static func parse(_ bytes: UnsafeRawBufferPointer) -> Outcome {
        var parser = JSONRecordParser(bytes: bytes)
        do {
            return try parser.parseRecord()
        } catch {
            return .invalid(detail: error.detail, offset: error.offset)
        }
    }

    private init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    private mutating func parseRecord() throws(Failure) -> Outcome {
        skipWhitespace()
        guard peek == UInt8(ascii: "{") else { throw fail("每条记录应是一个对象，以 { 开头") }
        i += 1
        var columns: [String] = []
        var values: [String?] = []
        var unsupported: [Unsupported] = []
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                skipWhitespace()
                guard peek == UInt8(ascii: "\"") else {
                    throw fail(peek == UInt8(ascii: "}") ? "} 前有多余的逗号" : "这里应是一个带引号的键名")
                }
                let key = try parseString()
                columns.append(key)
                skipWhitespace()
                guard peek == UInt8(ascii: ":") else { throw fail("键“\(key)”后面缺少冒号") }
                i += 1
                skipWhitespace()
                switch peek ?? 0 {
                case UInt8(ascii: "\""):
                    values.append(try parseString())
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    values.append(try parseNumber())
                case UInt8(ascii: "n"):
                    try expectLiteral("null")
                    values.append(nil)
                case UInt8(ascii: "t"), UInt8(ascii: "f"):
                    try expectLiteral(peek == UInt8(ascii: "t") ? "true" : "false")
                    values.append(nil)
                    unsupported.append(Unsupported(key: key, type: .boolean))
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    let type: ReadProblem.JSONValueType = peek == UInt8(ascii: "[") ? .array : .object
                    try skipValue(depth: 1)
                    values.append(nil)
                    unsupported.append(Unsupported(key: key, type: type))
                default:
                    throw fail("键“\(key)”的值无法识别")
                }
                skipWhitespace()
                if peek == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                guard peek == UInt8(ascii: "}") else { throw fail("缺少逗号或 }") }
                i += 1
                break
            }
        }
        skipWhitespace()
        guard i == bytes.count else { throw fail("对象结束后还有多余内容") }
        return unsupported.isEmpty ? .record(columns: columns, values: values) : .unsupported(unsupported)
    }

    /// Validates and skips any value, for the nested ones a cell cannot hold.
    private mutating func skipValue(depth: Int) throws(Failure) {
        guard depth <= Self.maxDepth else { throw fail("嵌套层次太深") }
        switch peek ?? 0 {
        case UInt8(ascii: "\""):
            _ = try parseString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            _ = try parseNumber()
        case UInt8(ascii: "n"): try expectLiteral("null")
        case UInt8(ascii: "t"): try expectLiteral("true")
        case UInt8(ascii: "f"): try expectLiteral("false")
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            let isArray = peek == UInt8(ascii: "[")
            let close = isArray ? UInt8(ascii: "]") : UInt8(ascii: "}")
            i += 1
            skipWhitespace()
            if peek == close {
                i += 1
                return
            }
            while true {
                skipWhitespace()
                if !isArray {
                    guard peek == UInt8(ascii: "\"") else { throw fail("这里应是一个带引号的键名") }
                    _ = try parseString()
                    skipWhitespace()
                    guard peek == UInt8(ascii: ":") else { throw fail("键后面缺少冒号") }
                    i += 1
                    skipWhitespace()
                }
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if peek == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                guard peek == close else { throw fail(isArray ? "缺少逗号或 ]" : "缺少逗号或 }") }
                i += 1
                return
            }
        default:
            throw fail(i == bytes.count ? "内容不完整" : "无法识别的值")
        }
    }

    /// A string at `i` (on its opening quote), escapes resolved.
    private mutating func parseString() throws(Failure) -> String {
        i += 1
        let start = i
        // Most strings have no escapes: decode them straight from the record's bytes.
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20 { i += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
            i += 1
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<(i - 1)]), as: UTF8.self)
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: bytes[start..<i])
        while true {
            guard i < bytes.count else { throw fail("字符串缺少结束引号") }
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""):
                i += 1
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape()
            case 0x0A, 0x0D:
                throw fail("字符串在行末没有结束（缺少引号？）")
            case ..<0x20:
                throw fail("字符串中有控制字符，请写成转义形式")
            default:
                scratch.append(byte)
                i += 1
            }
        }
    }

    private mutating func parseEscape() throws(Failure) {
        i += 1
        guard i < bytes.count else { throw fail("字符串缺少结束引号") }
        let simple: UInt8? = switch bytes[i] {
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): UInt8(ascii: "\\")
        case UInt8(ascii: "/"): UInt8(ascii: "/")
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple {
            scratch.append(simple)
            i += 1
            return
        }
        guard bytes[i] == UInt8(ascii: "u") else { throw fail("无效的转义字符") }
        i += 1
        var scalar = try hexUnit()
        if (0xD800...0xDBFF).contains(scalar) {
            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                throw fail("无效的 \\u 转义（代理项不成对）")
            }
            i += 2
            let low = try hexUnit()
            guard (0xDC00...0xDFFF).contains(low) else { throw fail("无效的 \\u 转义（代理项不成对）") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
            throw fail("无效的 \\u 转义（代理项不成对）")
        }
        guard scalar != 0 else { throw fail("字符串中有 \\u0000") }
        scratch.append(contentsOf: String(Unicode.Scalar(scalar)!).utf8)
    }

    private mutating func hexUnit() throws(Failure) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("无效的 \\u 转义") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let digit: UInt32
            switch bytes[i] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(bytes[i] - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(bytes[i] - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(bytes[i] - UInt8(ascii: "A") + 10)
            default: throw fail("无效的 \\u 转义")
            }
            value = value << 4 | digit
            i += 1
        }
        return value
    }

    /// A number at `i`, as written; one with an exponent as plain decimal digits.
    private mutating func parseNumber() throws(Failure) -> String {
        let start = i
        if peek == UInt8(ascii: "-") { i += 1 }
        guard isDigit(peek) else { throw fail("数字格式不对") }
        if peek == UInt8(ascii: "0") { i += 1 } else { skipDigits() }
        if peek == UInt8(ascii: ".") {
            i += 1
            guard isDigit(peek) else { throw fail("数字格式不对") }
            skipDigits()
        }
        let mantissaEnd = i
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            i += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { i += 1 }
            guard isDigit(peek) else { throw fail("数字格式不对") }
            skipDigits()
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        guard mantissaEnd < i else { return text }
        return Self.plainDecimal(text) ?? text
    }

    /// `1.0E7` as `10000000`, `1.5e-3` as `0.0015`, by moving the decimal point in the digits
    /// (no floating point); nil for exponents too large to be a figure in a report.
    static func plainDecimal(_ text: String) -> String? {
        let negative = text.hasPrefix("-")
        let body = text.drop { $0 == "-" }
        guard let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }),
              let exponent = Int(body[body.index(after: e)...]), abs(exponent) <= 40 else { return nil }
        let mantissa = body[..<e]
        let integerDigits = mantissa.prefix { $0 != "." }
        let digits = Array(integerDigits + mantissa.dropFirst(integerDigits.count + 1))
        let point = integerDigits.count + exponent
        var integer = point <= 0 ? "" : String(digits.prefix(point)) + String(repeating: "0", count: max(0, point - digits.count))
        var fraction = point >= digits.count ? "" : String(repeating: "0", count: max(0, -point)) + String(digits.dropFirst(max(0, point)))
        integer = String(integer.drop { $0 == "0" })
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if integer.isEmpty { integer = "0" }
        let sign = negative && (integer != "0" || !fraction.isEmpty) ? "-" : ""
        return sign + integer + (fraction.isEmpty ? "" : "." + fraction)
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(Failure) {
        for expected in UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount) {
            guard peek == expected else { throw fail("无法识别的值") }
            i += 1
        }
    }

    private var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    private func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private mutating func skipDigits() {
        while isDigit(peek) { i += 1 }
    }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { i += 1 }
    }

    private func fail(_ detail: String) -> Failure {
        Failure(detail: detail, offset: min(i, bytes.count))
    }
}
