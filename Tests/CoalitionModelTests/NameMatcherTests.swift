@testable import CoalitionModel
import Testing

@Suite struct NameMatcherTests {
    @Test(arguments: [("lsit", "list"), ("timelin", "timeline"), ("mtg-2022-05-11-marakesh", "mtg-2022-05-11-marrakesh"), ("Wester Africa", "western-africa")])
    func suggestsTheOneCloseName(typed: String, expected: String) {
        let candidates = ["list", "show", "timeline", "mtg-2022-05-11-marrakesh", "mtg-2023-06-08-riyadh", "western-africa", "eastern-africa"]
        #expect(NameMatcher.nearest(to: typed, in: candidates) == expected)
    }

    @Test func suggestsNothingWhenTwoAreEquallyClose() {
        #expect(NameMatcher.nearest(to: "mtg-2022-rome", in: ["mtg-2021-rome", "mtg-2023-rome"]) == nil)
    }

    @Test func suggestsNothingForARenamedRecordFarFromEveryOther() {
        let candidates = ["mtg-2022-05-11-marrakesh", "mtg-2022-12-07-the-hague", "mtg-2023-06-08-riyadh"]
        #expect(NameMatcher.nearest(to: "mtg-2022-05-11-rabat", in: candidates) == nil)
    }

    @Test func aSwapOfNeighboursIsOneEdit() {
        #expect(NameMatcher.distance(Array("abcd".unicodeScalars), Array("abdc".unicodeScalars), limit: 3) == 1)
    }
}
