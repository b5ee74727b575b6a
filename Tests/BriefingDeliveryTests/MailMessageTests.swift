import Foundation
import Testing
@testable import BriefingDelivery

@Suite struct MailMessageTests {
    static let readMail = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("BriefingEndToEndTests/Support/read_mail.py")

    func message(fileName: String = "芒康县驻村工作统计表.xlsx", subject: String = "【驻村工作】芒康县2021年4月—10月统计报表",
                 data: Data = Data((0..<5000).map { UInt8($0 % 256) })) -> MailMessage {
        MailMessage(from: "briefing@example.org", senderName: "示例驻村工作办公室", to: "mangkang@example.org",
                    subject: subject, body: "芒康县驻村工作简报\n\n自今年4月以来，累计选派干部……\n",
                    attachments: [MailAttachment(fileName: fileName, contentType: MailAttachment.workbookType, data: data)],
                    date: Date(timeIntervalSince1970: 1_635_793_200), messageID: "abc.briefing@example.org")
    }

    /// Python's email package, as a mail client reads the message.
    func readBack(_ message: MailMessage) throws -> [String: Any] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mime-\(UUID().uuidString).eml")
        defer { try? FileManager.default.removeItem(at: file) }
        try message.rendered().write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Self.readMail.path, file.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let all = try JSONSerialization.jsonObject(with: data) as! [[String: Any]]
        return all[0]
    }

    @Test func aMailClientReadsTheChineseSubjectTheAttachmentNameAndTheBytes() throws {
        let message = message()
        let read = try readBack(message)
        #expect(read["subject"] as? String == "【驻村工作】芒康县2021年4月—10月统计报表")
        #expect(read["from"] as? String == "示例驻村工作办公室 <briefing@example.org>")
        #expect(read["message_id"] as? String == "<abc.briefing@example.org>")
        #expect((read["defects"] as? [String])?.isEmpty == true)
        #expect((read["body"] as? String)?.contains("自今年4月以来") == true)
        let attachment = (read["attachments"] as! [[String: Any]])[0]
        #expect(attachment["filename"] as? String == "芒康县驻村工作统计表.xlsx")
        #expect(attachment["content_type"] as? String == MailAttachment.workbookType)
        #expect(attachment["sha256"] as? String == Fixtures.sha256(message.attachments[0].data))
    }

    @Test func longNamesAreContinuedAndEveryLineIsShortASCIIAndEndsInCRLF() throws {
        let name = String(repeating: "甘孜藏族自治州", count: 6) + "驻村工作统计表（2021年4月—10月）.xlsx"
        let subject = "【驻村工作】" + String(repeating: "甘孜藏族自治州", count: 4) + "2021年4月—10月统计报表"
        let rendered = String(decoding: message(fileName: name, subject: subject).rendered(), as: UTF8.self)
        #expect(rendered.contains("filename*1*="), "the name is continued over sections (RFC 2231)")
        #expect(rendered.components(separatedBy: "\r\n").allSatisfy { $0.count <= 78 })
        #expect(rendered.utf8.allSatisfy { $0 < 128 })
        #expect(!rendered.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let read = try readBack(message(fileName: name, subject: subject))
        #expect(read["subject"] as? String == subject)
        #expect((read["attachments"] as! [[String: Any]])[0]["filename"] as? String == name)
        #expect(read["crlf_only"] as? Bool == true)
    }

    @Test func encodedWordsStayWithinSeventyFiveCharactersAndSplitBetweenCharacters() {
        let words = MIMEText.encodedWords(String(repeating: "驻村", count: 30))
        #expect(words.count > 1)
        for word in words {
            #expect(word.count <= 75)
            let base64 = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
            #expect(String(data: Data(base64Encoded: String(base64))!, encoding: .utf8) != nil, "whole characters only")
        }
        #expect(MIMEText.encodedWords("Monthly report") == ["Monthly report"])
    }

    @Test func aSenderNameWithACommaStaysOneName() throws {
        let message = MailMessage(from: "briefing@example.org", senderName: "Office, Village Work", to: "m@example.org",
                                  subject: "Report", body: "x", attachments: [], date: Date(), messageID: "a@example.org")
        #expect(try readBack(message)["from"] as? String == "\"Office, Village Work\" <briefing@example.org>")
    }

    @Test func theSameMessageRendersToTheSameBytes() {
        #expect(message().rendered() == message().rendered())
        #expect(String(decoding: message().rendered(), as: UTF8.self).contains("Date: "))
    }
}
