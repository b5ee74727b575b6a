import Testing
@testable import BriefingCore

@Suite struct CellTextTests {
    @Test func normalisedHeadersAndNamesMatch() {
        #expect(CellText.normalized("投入帮扶资金（万元）") == "投入帮扶资金(万元)")
        #expect(CellText.normalized("工作隊編號") == "工作队编号")
        #expect(CellText.normalized("白玉縣") == "白玉县")
        #expect(CellText.normalized("\u{3000} 第１２工作队 ") == "第12工作队")
        #expect(CellText.normalized("team_id") == "team_id")
        #expect(CellText.normalized(" team id ") == "team id")
        // Cached results are the same results.
        #expect(CellText.normalized("工作隊編號") == "工作队编号")
    }

    @Test func halfWidthLeavesChinesePunctuation() {
        #expect(CellText.halfWidth("１２３，４（一）。、“”") == "123,4(一)。、“”")
        #expect(CellText.halfWidth("\u{3000}") == " ")
    }

    @Test func trimmed() {
        #expect(CellText.trimmed("\u{3000} a b\u{A0}\t") == "a b")
        #expect(CellText.trimmed("   ") == "")
        #expect(CellText.trimmed("ab") == "ab")
    }

    @Test func moneyUnitFromHeader() {
        #expect(MoneyUnit.split(header: "投入帮扶资金（万元）") == ("投入帮扶资金", .wanYuan))
        #expect(MoneyUnit.split(header: "带动增收(元)") == ("带动增收", .yuan))
        #expect(MoneyUnit.split(header: " 村集体经济收入（单位：亿元） ") == ("村集体经济收入", .yiYuan))
        #expect(MoneyUnit.split(header: "投入帮扶资金") == ("投入帮扶资金", .yuan))
        #expect(MoneyUnit.split(header: "市（地区、州、师）") == ("市(地区、州、师)", .yuan))
        #expect([MoneyUnit.yuan, .wanYuan, .yiYuan].map(\.name) == ["元", "万元", "亿元"])
    }
}
