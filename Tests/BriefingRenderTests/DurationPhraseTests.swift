import Testing
@testable import BriefingRender

/// How long a team's term has run, as its summary opens (Templates/README.md): `N个月来` below a year,
/// whole years floored from twelve months on, in Chinese numerals with 两 for two.
struct DurationPhraseTests {
    @Test(arguments: [
        (1, "1个月来"), (2, "2个月来"), (11, "11个月来"),
        (12, "一年来"), (13, "一年来"), (23, "一年来"),
        (24, "两年来"), (35, "两年来"),
        (36, "三年来"), (47, "三年来"), (48, "四年来"),
        (119, "九年来"), (120, "十年来"), (132, "十一年来"), (144, "十二年来"), (240, "二十年来"), (264, "二十二年来"),
    ])
    func monthsCoveredGiveThePhrase(months: Int, phrase: String) {
        #expect(TimePhrase.duration(months: months) == phrase)
    }
}
