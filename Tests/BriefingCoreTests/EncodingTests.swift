import Foundation
import Testing
@testable import BriefingCore

@Suite struct EncodingTests {
    let text = "工作队编号,工作队名称,县（市、区）\r\nT001,\"白玉县\r\n第一工作队\",白玉县\r\nT002,芒康县驻村工作队,芒康\r\n"

    private func expectSameAsUTF8(_ data: Data, encoding: TextEncoding) throws {
        let reader = try makeReader(data)
        #expect(reader.encoding == encoding)
        #expect(Array(reader) == (try readEvents(text)))
    }

    @Test func utf8WithAndWithoutBOM() throws {
        try expectSameAsUTF8(Data(text.utf8), encoding: .utf8)
        try expectSameAsUTF8(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), encoding: .utf8WithBOM)
        let events = try readEvents(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        #expect(events.columns?.first == "工作队编号")
    }

    @Test func gb18030AsExcelSavesOnChineseWindows() throws {
        try expectSameAsUTF8(try iconvEncoded(text, to: "GB18030"), encoding: .gb18030)
        try expectSameAsUTF8(try iconvEncoded(text, to: "GBK"), encoding: .gb18030)
        // Characters outside GBK take four bytes in GB18030.
        let rare = "a,b\n𠀀,€\n"
        #expect(try readEvents(try iconvEncoded(rare, to: "GB18030")).records[0].values == ["𠀀", "€"])
    }

    @Test func utf16WithBOMAndTabsAsExcelUnicodeText() throws {
        let tabbed = text.replacingOccurrences(of: ",", with: "\t")
        let le = try iconvEncoded(tabbed, to: "UTF-16LE")
        let reader = try makeReader(Data([0xFF, 0xFE]) + le)
        #expect(reader.encoding == .utf16LE)
        #expect(reader.format == .csv(delimiter: "\t"))
        let events = Array(reader)
        #expect(events.columns == ["工作队编号", "工作队名称", "县（市、区）"])
        #expect(events.records.map(\.line) == [2, 4])
        #expect(events.records[0]["工作队名称"] == "白玉县\r\n第一工作队")
        let be = try readEvents(Data([0xFE, 0xFF]) + (try iconvEncoded(tabbed, to: "UTF-16BE")))
        #expect(be == events)
        #expect(try readEvents(Data([0xFF, 0xFE]) + le, chunkSize: 3) == events)
    }

    @Test func undecodableFileIsOneProblemWithOffsetAndLine() throws {
        // UTF-8 with one byte that is neither UTF-8 nor GB18030.
        var data = Data("a,b\n白玉县,1\n芒康县,".utf8)
        let offset = data.count
        data.append(contentsOf: [0xFF] + Array("2\n拉萨,3\n".utf8))
        let events = try readEvents(data)
        #expect(events == [.problem(ReadProblem(.undecodable(declared: nil, looksLikeWorkbook: false), line: 3, byteOffset: offset, rejectsRecord: false))])
        #expect(events.problems[0].message.contains("第 \(offset + 1) 个字节"))
        #expect(try makeReader(data).encoding == nil)
    }

    @Test func brokenGB18030FileNamesTheOffsetInIt() throws {
        var data = try iconvEncoded("a,b\n白玉县,1\n芒康,", to: "GB18030")
        let offset = data.count
        data.append(contentsOf: [0x81, 0x20] + Array("\n".utf8))
        let problems = try readEvents(data).problems
        #expect(problems == [ReadProblem(.undecodable(declared: nil, looksLikeWorkbook: false), line: 3, byteOffset: offset, rejectsRecord: false)])
    }

    @Test func truncatedCharacterAtTheEndIsUndecodable() throws {
        let data = Data("a,b\n1,白玉".utf8).dropLast()
        let problems = try readEvents(Data(data), chunkSize: 4).problems
        #expect(problems.first?.kind == .undecodable(declared: nil, looksLikeWorkbook: false))
        #expect(problems.first?.line == 2)
    }

    @Test func nulBytesAreNotText() throws {
        // UTF-16 saved without a byte-order mark would otherwise pass as UTF-8.
        let data = try iconvEncoded("a,b\n1,2\n", to: "UTF-16LE")
        #expect(try readEvents(data).problems.first?.byteOffset == 1)
        let gb = try iconvEncoded("a,b\n白,", to: "GB18030") + Data([0xB0, 0xD7, 0, 0x0A])
        #expect(try readEvents(gb).problems.first?.byteOffset == gb.count - 2)
    }

    @Test func brokenUTF16IsNamedInItsOwnUnits() throws {
        var data = Data([0xFF, 0xFE]) + (try iconvEncoded("a\tb\r\n1\t", to: "UTF-16LE"))
        let offset = data.count
        data.append(contentsOf: [0x00, 0xDC, 0x41, 0x00]) // a lone low surrogate
        let events = try readEvents(data, chunkSize: 5)
        #expect(events == [.problem(ReadProblem(.undecodable(declared: .utf16LE, looksLikeWorkbook: false), line: 2, byteOffset: offset, rejectsRecord: false))])
        #expect(events.problems[0].message.contains("UTF-16LE"))
    }

    @Test func aWorkbookSavedAsCSVIsRecognised() throws {
        let zip = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xFF, 0xFE, 0x80])
        let problem = try readEvents(zip).problems[0]
        #expect(problem.kind == .undecodable(declared: nil, looksLikeWorkbook: true))
        #expect(problem.message.contains("工作簿"))
    }

    @Test func validatorAgreesWithTheStandardLibrary() {
        // Edge sequences: overlongs, surrogates, beyond U+10FFFF, truncations.
        let cases: [[UInt8]] = [
            [0x41], [0xC2, 0x80], [0xC1, 0xBF], [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0x9F, 0xBF],
            [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE4, 0xB8], [0x80],
            Array("0123456789abcdef白玉县".utf8), Array("0123456789abcdef".utf8) + [0xFF],
        ]
        for bytes in cases {
            var validator = UTF8Validator()
            let failed = bytes.withUnsafeBytes { validator.validate($0) } != nil || validator.finish() != nil
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            var standardFails = false
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: break decoding
                case .error: standardFails = true; break decoding
                }
            }
            #expect(failed == standardFails, "\(bytes)")
        }
    }
}
