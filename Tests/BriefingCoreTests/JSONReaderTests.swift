import Foundation
import Testing
@testable import BriefingCore

@Suite struct JSONReaderTests {
    @Test func arrayOfObjectsWithLines() throws {
        let text = """
        [
          {"team_id": "T001", "工作队名称": "白玉县第一工作队", "visits": 1935},
          {
            "team_id": "T002",
            "visits": 1935.5
          }
        ]
        """
        let reader = try makeReader(Data(text.utf8), name: "reports.json")
        #expect(reader.format == .jsonArray)
        let events = Array(reader)
        #expect(events.problems.isEmpty)
        #expect(events.records.map(\.line) == [2, 3])
        #expect(events.records[0].cells == [
            RawCell(column: "team_id", value: "T001"),
            RawCell(column: "工作队名称", value: "白玉县第一工作队"),
            RawCell(column: "visits", value: "1935"),
        ])
        #expect(events.records[1]["visits"] == "1935.5")
    }

    @Test func jsonLinesWithLines() throws {
        let text = "{\"a\": \"x\"}\n\n{\"a\": \"y\"}\r\n{\"a\": null}\n"
        let reader = try makeReader(Data(text.utf8), name: "teams.jsonl")
        #expect(reader.format == .jsonLines)
        let events = Array(reader)
        #expect(events.records.map(\.line) == [1, 3, 4])
        #expect(events.records.map { $0["a"] } == ["x", "y", nil])
        #expect(events.records[2].cells == [RawCell(column: "a", value: nil)])
    }

    @Test func numbersKeepTheirText() throws {
        let text = #"{"a": 0.1, "b": 1, "c": 0, "d": -12.50, "e": 1.0E7, "f": 2.5e-3, "g": 12345678901234567890, "h": 1e400}"#
        let record = try readEvents(text, name: "x.jsonl").records[0]
        #expect(record.values == ["0.1", "1", "0", "-12.50", "10000000", "0.0025", "12345678901234567890", "1e400"])
    }

    @Test func stringsWithEscapes() throws {
        let text = #"{"k\"ey": "a\\b\/c\n\t\u767D\u7389\uD840\uDC00", " 名称 ": " 空格 "}"#
        let record = try readEvents(text, name: "x.json").records[0]
        #expect(record.cells == [RawCell(column: "k\"ey", value: "a\\b/c\n\t白玉𠀀"), RawCell(column: " 名称 ", value: " 空格 ")])
    }

    @Test func booleansArraysAndObjectsAreProblemsForTheirKeys() throws {
        let text = """
        {"id": "1", "ok": true}
        {"id": "2", "list": [1, {"x": [null]}], "obj": {"y": false}}
        {"id": "3"}
        """
        let events = try readEvents(text, name: "x.jsonl")
        #expect(events.problems == [
            ReadProblem(.unsupportedValue(.boolean), line: 1, column: "ok", rejectsRecord: true),
            ReadProblem(.unsupportedValue(.array), line: 2, column: "list", rejectsRecord: true),
            ReadProblem(.unsupportedValue(.object), line: 2, column: "obj", rejectsRecord: false),
        ])
        #expect(events.records.map(\.line) == [3])
        #expect(events.recordsRead == 3)
        #expect(events.problems[0].message == "“ok”的值是真假值，只能是文字、数字或 null。")
    }

    @Test func invalidJSONLineInTheMiddle() throws {
        let text = """
        {"id": "1"}
        {"id": "2", "v": }
        {"id": "3", "name": "broken\\
        {"id": "4"
        {"id": "5"}
        [1, 2]
        {"id": "6"} {"id": "7"}
        {"id": "8"}
        """
        let events = try readEvents(text, name: "x.jsonl")
        #expect(events.records.map(\.line) == [1, 5, 7, 7, 8])
        let invalid = events.problems.filter { if case .invalidJSON = $0.kind { $0.rejectsRecord } else { false } }
        #expect(invalid.map(\.line) == [2, 3, 4, 6])
        #expect(events.problems.contains(ReadProblem(.invalidJSON(detail: "一行只能有一个对象"), line: 7, rejectsRecord: false)))
        #expect(events.recordsRead == 9)
    }

    @Test func brokenObjectInAPrettyArrayIsNamedAndReadingGoesOn() throws {
        let text = """
        [
          {
            "id": "1",
            "name": "unterminated,
            "v": 2
          },
          {
            "id": "2"
            "v": 3
          },
          {
            "id": "3",
            "v": 4
        ,
          {"id": "4"}
          {"id": "5"},,
          {"id": "6"},
        ]
        """
        let events = try readEvents(text, name: "x.json")
        #expect(events.records.map { $0["id"] } == ["4", "5", "6"])
        let problems = events.problems.map { ($0.line, $0.rejectsRecord, $0.message) }
        #expect(problems.count == 6)
        #expect(problems[0] == (2, true, "JSON 格式错误：第 4 行：字符串在行末没有结束（缺少引号？）"))
        #expect(problems[1] == (7, true, "JSON 格式错误：第 9 行：缺少逗号或 }"))
        #expect(problems[2].0 == 11 && problems[2].1)
        #expect(problems[3] == (16, false, "JSON 格式错误：记录之间缺少逗号"))
        #expect(problems[4] == (16, false, "JSON 格式错误：多余的逗号"))
        #expect(problems[5] == (18, false, "JSON 格式错误：] 前有多余的逗号"))
        #expect(events.recordsRead == 6)
    }

    @Test func arrayEndsAndWhatFollows() throws {
        #expect(try readEvents("[]", name: "x.json").isEmpty)
        let unclosed = try readEvents("[\n{\"a\": \"1\"}\n", name: "x.json")
        #expect(unclosed.records.count == 1)
        #expect(unclosed.problems == [ReadProblem(.invalidJSON(detail: "数组缺少结尾的 ]"), line: 3, rejectsRecord: false)])
        let truncated = try readEvents("[\n{\"a\": \"1\"},\n{\"a\": \"2", name: "x.json")
        #expect(truncated.records.count == 1)
        #expect(truncated.problems == [ReadProblem(.invalidJSON(detail: "字符串缺少结束引号"), line: 3, rejectsRecord: true)])
        let trailing = try readEvents("[{\"a\": \"1\"}]\n{\"a\": \"2\"}", name: "x.json")
        #expect(trailing.problems == [ReadProblem(.invalidJSON(detail: "数组的 ] 之后还有内容，已忽略"), line: 2, rejectsRecord: false)])
    }

    @Test func jsonIsSniffedWhateverTheName() throws {
        #expect(try makeReader(Data("[{\"a\": 1}]".utf8), name: "x.txt").format == .jsonArray)
        #expect(try makeReader(Data(" {\"a\": 1}\n".utf8), name: "x.csv").format == .jsonLines)
        #expect(try makeReader(Data("{a},b\n1,2\n".utf8), name: "x.csv").format == .csv(delimiter: ","))
    }

    @Test func emptyJSONIsAWarning() throws {
        #expect(try readEvents(" \n ", name: "x.json") == [.problem(ReadProblem(.emptyFile, line: nil, rejectsRecord: false))])
    }

    @Test func gb18030JSON() throws {
        let data = try iconvEncoded("[{\"县\": \"白玉县\"}]", to: "GB18030")
        #expect(try readEvents(data, name: "x.json").records[0].cells == [RawCell(column: "县", value: "白玉县")])
    }

    @Test(arguments: [1, 2, 7])
    func chunkBoundariesDoNotMatter(_ chunkSize: Int) throws {
        let samples = [
            "[\n {\"a\": \"x\\\"}\", \"b\": [1, {}]},\n {\"a\": 2}\n,, {\"a\": \"broken\n}\n]",
            "{\"a\": 1}\r\n{\"a\": \"x\r\n{\"b\": 2}\r\n{\"c\": 3\r\n{\"d\": 4}",
        ]
        for sample in samples {
            let data = Data(sample.utf8)
            #expect(try readEvents(data, name: "x.json", chunkSize: chunkSize) == (try readEvents(data, name: "x.json")))
        }
    }

    @Test func plainDecimalMovesThePoint() {
        #expect(JSONRecordParser.plainDecimal("1.0E7") == "10000000")
        #expect(JSONRecordParser.plainDecimal("-1.5e-3") == "-0.0015")
        #expect(JSONRecordParser.plainDecimal("12e-1") == "1.2")
        #expect(JSONRecordParser.plainDecimal("0e5") == "0")
        #expect(JSONRecordParser.plainDecimal("-0.0E1") == "0")
        #expect(JSONRecordParser.plainDecimal("123E+2") == "12300")
        #expect(JSONRecordParser.plainDecimal("1e41") == nil)
    }
}
