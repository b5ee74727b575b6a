import Foundation
import Testing
@testable import BriefingCore
@testable import BriefingDelivery

@Suite struct MailPlanTests {
    @Test func eachUnitsRecipientsGetThatUnitsWorkbookOnly() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputs = try Fixtures.outputs(for: [Fixtures.prefecture, Fixtures.mangkang, Fixtures.zogang, Fixtures.basu,
                                                 Fixtures.department], in: folder)
        let plan = Fixtures.plan(outputs)

        let sent = plan.envelopes.map { "\($0.recipient) \($0.attachmentName)" }
        #expect(sent == [
            "changdu@example.org 昌都市驻村工作统计表.xlsx",
            "mangkang@example.org 芒康县驻村工作统计表.xlsx",
            "deputy@example.org 芒康县驻村工作统计表.xlsx",
            "zuogong@example.org 左贡县驻村工作统计表.xlsx",
            "nyt@example.org 西藏自治区农业农村厅选派驻村工作队统计表.xlsx",
            "zuogong@example.org 西藏自治区农业农村厅选派驻村工作队统计表.xlsx",
        ], "an address listed twice in another case gets one message; a sending unit's recipients get its own workbook")
        #expect(plan.envelopes[4].subject == "【驻村工作】西藏自治区农业农村厅2021年4月—10月统计报表")
        #expect(plan.envelopes[1].subject == "【驻村工作】芒康县2021年4月—10月统计报表")
        #expect(plan.envelopes[1].key.attachmentSHA256 == outputs[1].workbookSHA256)
        #expect(plan.envelopes[1].key.window == "2021-04_2021-10")
        #expect(plan.unitsWithoutRecipients == [Fixtures.basu])
        #expect(plan.unitsWithoutWorkbook == [Fixtures.province])
    }

    @Test func aMessageCarriesTheBriefingAsBodyAndKeepsItsIDAcrossAttempts() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let envelope = Fixtures.plan(try Fixtures.outputs(for: [Fixtures.zogang], in: folder)).envelopes[0]
        let first = try envelope.message(date: Date())
        let second = try envelope.message(date: Date().addingTimeInterval(3600))
        #expect(first.body == "左贡县简报正文。\n第二行。\n")
        #expect(first.messageID == second.messageID)
        #expect(first.messageID.hasSuffix("@example.org"))
    }

    @Test func aWorkbookThatNoLongerMatchesTheRecordedHashIsNotSent() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let envelope = Fixtures.plan(try Fixtures.outputs(for: [Fixtures.zogang], in: folder)).envelopes[0]
        try Data("rewritten".utf8).write(to: envelope.attachment)
        #expect(throws: MailFailure.self) { try envelope.message(date: Date()) }
        try FileManager.default.removeItem(at: envelope.attachment)
        #expect(throws: MailFailure.self) { try envelope.message(date: Date()) }
    }

    @Test func subjectTemplatesNameOnlyKnownPlaceholders() {
        #expect(SubjectTemplate.parse("{office}：{unit}{window}统计表").map { $0.render(unit: "芒康县", window: "2021年4月—10月", office: "驻村办") }
            == .success("驻村办：芒康县2021年4月—10月统计表"))
        #expect(SubjectTemplate.parse("{county}统计表") == .failure(.unknownPlaceholder("county")))
        #expect(SubjectTemplate.parse("{unit统计表") == .failure(.unclosedBrace))
        #expect(SubjectTemplate.parse("统计表\nBcc: x@example.org") == .failure(.lineBreak))
    }

    @Test func addressesThatCouldBreakAHeaderAreRefused() {
        #expect(MailAddress.isValid("mangkang@example.org"))
        for bad in ["mangkang", "a@b", "a b@example.org", "a@example.org\r\nBcc: x@example.org", "<a@example.org>", "a,b@example.org", "a@.org"] {
            #expect(!MailAddress.isValid(bad), "\(bad)")
        }
    }
}
