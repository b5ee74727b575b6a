import Foundation

/// The encodings a mail with Chinese text needs to pass through 7-bit SMTP and every mail client:
/// RFC 2047 encoded words for headers, RFC 2231 parameters for the attachment's name, base64 bodies.
enum MIMEText {
    static let crlf = "\r\n"

    /// Header lines stay within RFC 5322's recommended 78 characters.
    static let lineLimit = 78

    /// `=?UTF-8?B?…?=` words for a header value, each at most 75 characters (RFC 2047 §2) and split only
    /// between characters, so that a client decoding word by word never sees half a character.
    /// ASCII text without control characters is returned as it is, unless `always`.
    static func encodedWords(_ text: String, always: Bool = false) -> [String] {
        if !always, text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F }) { return [text] }
        // 42 bytes → 56 base64 characters → 68 with `=?UTF-8?B?` and `?=`: room on the first line for a
        // prefix such as `Subject: ` or `name="`.
        let maxBytes = 42
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > maxBytes, !chunk.isEmpty {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return words
    }

    private static func word(_ bytes: [UInt8]) -> String { "=?UTF-8?B?\(Data(bytes).base64EncodedString())?=" }

    /// A display name as a header phrase: plain words as they are; anything with a comma, a quote or
    /// another special (which would split or break the address list) as encoded words.
    static func phrase(_ name: String) -> [String] {
        let plain = name.allSatisfy { $0 == " " || ($0.isASCII && ($0.isLetter || $0.isNumber || "!#$%&'*+-/=?^_`{|}~".contains($0))) }
        return plain ? [name] : encodedWords(name, always: true)
    }

    /// A header field folded before any of `parts` that would take its line past the limit, the first
    /// included (`Content-Type:` then the long workbook type on the next line).
    static func header(_ name: String, _ parts: [String]) -> String {
        var lines: [String] = []
        var line = "\(name):"
        for part in parts {
            if line.count + 1 + part.count > lineLimit {
                lines.append(line)
                line = ""
            }
            line += " " + part
        }
        lines.append(line)
        return lines.joined(separator: crlf) + crlf
    }

    /// `name*0*=UTF-8''%E8%8A%92…; name*1*=…` (RFC 2231 §3–4): the parameter percent-encoded as UTF-8 and
    /// continued over as many sections as the line limit asks, each section ending between characters.
    static func extendedParameter(_ name: String, _ value: String) -> [String] {
        let budget = lineLimit - 1 - name.count - "*00*=".count - "UTF-8''".count - 1
        var sections: [String] = []
        var section = ""
        for character in value {
            let encoded = percentEncoded(character)
            if section.count + encoded.count > budget, !section.isEmpty {
                sections.append(section)
                section = ""
            }
            section += encoded
        }
        sections.append(section)
        if sections.count == 1 { return ["\(name)*=UTF-8''\(sections[0])"] }
        return sections.enumerated().map { index, text in
            index == 0 ? "\(name)*0*=UTF-8''\(text)" : "\(name)*\(index)*=\(text)"
        }
    }

    /// RFC 2231 attribute characters stay as they are; every other byte becomes `%XX`.
    private static func percentEncoded(_ character: Character) -> String {
        let plain = Set("!#$&+-.^_`|~".utf8)
        return String(character).utf8.map { byte in
            (byte.isASCIIAlphanumeric || plain.contains(byte)) ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
        }.joined()
    }

    /// Base64 in lines of 76 characters (RFC 2045 §6.8).
    static func base64Lines(_ data: Data) -> String {
        let encoded = data.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return encoded + crlf
    }

    /// Text in canonical form for a `text/plain` part: every line break CRLF.
    static func canonicalLines(_ text: String) -> Data {
        Data(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: crlf).utf8)
    }
}

private extension UInt8 {
    var isASCIIAlphanumeric: Bool {
        (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
    }
}
