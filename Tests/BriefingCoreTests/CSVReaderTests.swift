import Foundation
import Testing
@testable import BriefingCore

@Suite struct CSVReaderTests {
    @Test func headerAndRecordsWithLines() throws {
        let events = try readEvents("工作队编号,工作队名称\nT001,白玉县第一工作队\nT002, 第二队 \n")
        #expect(events.first == .columns(["工作队编号", "工作队名称"], line: 1))
        #expect(events.records.map(\.line) == [2, 3])
        #expect(events.records[0].cells == [RawCell(column: "工作队编号", value: "T001"), RawCell(column: "工作队名称", value: "白玉县第一工作队")])
        // Surrounding spaces are kept; trimming comes later.
        #expect(events.records[1]["工作队名称"] == " 第二队 ")
        #expect(events.problems.isEmpty)
    }

    @Test func quotedFieldsSpanningLinesCountEveryLine() throws {
        let text = "a,b\n1,\"x\ny\nz\"\n2,\"he said \"\"hi\"\", ok\"\n3,last"
        let events = try readEvents(text)
        #expect(events.records.map(\.line) == [2, 5, 6])
        #expect(events.records[0]["b"] == "x\ny\nz")
        #expect(events.records[1]["b"] == "he said \"hi\", ok")
        #expect(events.records[2]["b"] == "last")
    }

    @Test(arguments: ["\r\n", "\n", "\r"])
    func lineEnds(_ end: String) throws {
        let text = ["a,b", "1,2", "", "3,\"x\(end)y\"", "4,5"].joined(separator: end) + end
        let events = try readEvents(text)
        #expect(events.records.map(\.line) == [2, 4, 6])
        #expect(events.records[1]["b"] == "x\(end)y")
        #expect(events.problems.isEmpty)
    }

    @Test func delimiterFromHeader() throws {
        let tab = try readEvents("a\tb\tc,d\n1\t2\t3,4\n")
        #expect(tab.columns == ["a", "b", "c,d"])
        #expect(try makeReader(Data("a\tb\n".utf8)).format == .csv(delimiter: "\t"))
        let semicolon = try readEvents("a;b;c\n1;2,5;3\n")
        #expect(semicolon.records[0].values == ["1", "2,5", "3"])
        // A comma inside a quoted header does not count.
        let quoted = try readEvents("\"a,b,c\";d\n1;2\n")
        #expect(quoted.columns == ["a,b,c", "d"])
        #expect(try readEvents("工作队编号\nT1\n").records[0].values == ["T1"])
    }

    @Test func emptyLinesAndRowsOfEmptyCellsAreSkipped() throws {
        let events = try readEvents("\n,,\na,b,c\n\n1,2,3\n,,\n , ,\u{3000}\n\"\",,\n4,5,6\n,,,,,\n")
        #expect(events.columns == ["a", "b", "c"])
        #expect(events.first == .columns(["a", "b", "c"], line: 3))
        #expect(events.records.map(\.line) == [5, 9])
        #expect(events.problems.isEmpty)
    }

    @Test func wrongCellCountIsAProblemForThatRowOnly() throws {
        let events = try readEvents("a,b,c\n1,2,3\n1,2\n1,2,3,4\n5,6,7\n")
        #expect(events.records.map(\.line) == [2, 5])
        #expect(events.problems == [
            ReadProblem(.wrongCellCount(expected: 3, found: 2), line: 3, rejectsRecord: true),
            ReadProblem(.wrongCellCount(expected: 3, found: 4), line: 4, rejectsRecord: true),
        ])
        #expect(events.recordsRead == 4)
    }

    @Test func unterminatedQuoteKeepsEarlierRecordsAndNamesItsLine() throws {
        let text = "a,b\n1,2\n3,\"multi\nline\",x\n5,\"open\n6,7\n8,9\n"
        let events = try readEvents(text)
        #expect(events.problems == [
            ReadProblem(.wrongCellCount(expected: 2, found: 3), line: 3, rejectsRecord: true),
            ReadProblem(.unterminatedQuote, line: 5, rejectsRecord: true),
        ])
        #expect(events.records.map(\.line) == [2])
        #expect(events.recordsRead == 3)
        #expect(events.problems[1].message.contains("引号"))
    }

    @Test func quoteOpenedOnALaterLineOfARecordIsNamed() throws {
        let events = try readEvents("a,b,c\n1,\"x\ny\",\"open\n2,3,4\n")
        #expect(events.problems == [ReadProblem(.unterminatedQuote, line: 3, rejectsRecord: true)])
        #expect(events.records.isEmpty)
    }

    @Test func textAfterAClosingQuoteIsKeptAsExcelDoes() throws {
        let events = try readEvents("a,b\n\"x\"y,ab\"c\n")
        #expect(events.records[0].values == ["xy", "ab\"c"])
    }

    @Test func headerOnlyFileHoldsNoRecords() throws {
        let events = try readEvents("工作队编号,工作队名称\r\n")
        #expect(events == [.columns(["工作队编号", "工作队名称"], line: 1)])
    }

    @Test func emptyFileIsAWarning() throws {
        for text in ["", "\n\n", ",,,\n,,\n", "\u{FEFF}"] {
            let events = try readEvents(text)
            #expect(events == [.problem(ReadProblem(.emptyFile, line: nil, rejectsRecord: false))], "\(text.debugDescription)")
            #expect(events.problems[0].isWarning)
        }
    }

    @Test func lastRecordWithoutLineEnd() throws {
        #expect(try readEvents("a,b\n1,2").records[0].values == ["1", "2"])
        #expect(try readEvents("a,b\n1,").records[0].values == ["1", ""])
        #expect(try readEvents("a,b\n1,\"2\"").records[0].values == ["1", "2"])
    }

    @Test func tenMegabyteSingleLine() throws {
        let big = String(repeating: "白玉县工作队,", count: 10 << 20 / 19)
        let text = "a,b\n1,\"\(big)\"\n2,\(String(repeating: "x", count: 10 << 20))\n3,y\n"
        let start = Date()
        let events = try readEvents(text)
        #expect(events.records.map(\.line) == [2, 3, 4])
        #expect(events.records[0]["b"] == big)
        #expect(events.records[1]["b"]?.utf8.count == 10 << 20)
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func recordBeyondTheLimitIsRejectedNotHeld() throws {
        let text = "a,b\n1,\(String(repeating: "x", count: 5000))\n2,3\n"
        let events = try readEvents(Data(text.utf8), chunkSize: 100, recordLimit: 1000)
        #expect(events.problems == [ReadProblem(.recordTooLong(limitBytes: 1000), line: 2, rejectsRecord: true)])
        #expect(events.records.map(\.line) == [3])
    }

    /// The same file read in chunks of any size yields the same events: nothing depends on where a chunk ends.
    @Test(arguments: [1, 2, 3, 5, 64])
    func chunkBoundariesDoNotMatter(_ chunkSize: Int) throws {
        let samples = [
            "\u{FEFF}工作队编号,名称\r\n\r\nT1,\"白玉\r\n县\"\r\nT2,\"a\"\"b\"\r\n,,\r\nT3\r\nT4,x,y\r\nT5,\"open\r\n",
            "a;b\r1;\"x\ry\"\r\r2;3",
            "a\tb\n1\t2\n",
        ]
        for sample in samples {
            let whole = try readEvents(sample)
            #expect(try readEvents(sample, chunkSize: chunkSize) == whole)
            let gb = try iconvEncoded(sample.replacingOccurrences(of: "\u{FEFF}", with: ""), to: "GB18030")
            #expect(try readEvents(gb, chunkSize: chunkSize) == whole)
        }
    }

    @Test func readsAFileByURL() throws {
        let url = try writeTemporaryFile(Data("a,b\n1,2\n".utf8), name: "teams.csv")
        let reader = try RecordReader(url: url)
        #expect(reader.encoding == .utf8)
        #expect(reader.format == .csv(delimiter: ","))
        #expect(Array(reader).records.count == 1)
    }

    @Test func missingFileOrDirectoryIsUnreadable() throws {
        #expect(throws: UnreadableFile.self) { try RecordReader(url: URL(fileURLWithPath: "/nonexistent/teams.csv")) }
        let directory = try writeTemporaryFile(Data(), name: "x.csv").deletingLastPathComponent()
        #expect(throws: UnreadableFile.self) { try RecordReader(url: directory) }
    }
}
