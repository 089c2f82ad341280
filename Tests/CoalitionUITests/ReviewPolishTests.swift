import CoalitionModel
@testable import CoalitionUI
import Testing

/// What a review of issue 13 found missing: the reversed sort, a header that abbreviates the
/// filters rather than cutting them, the picker naming every broader area, one colour per kind.
@Suite struct ReviewPolishTests {
    func ids(_ state: AppState, _ pane: Pane) -> [String] {
        state.rows(pane).map { pane == .members ? state.dataset.members[$0].id : state.dataset.meetings[$0].id }
    }

    @Test func capitalSReversesThePanesSortAndTheTitleSaysSo() {
        var state = AppState.fixture()
        let ascending = ids(state, .meetings)
        state.press(.character("S"))
        #expect(state.sortDescending[Pane.meetings.rawValue])
        #expect(ids(state, .meetings) == ascending.reversed())
        #expect(state.screenText.contains("1 Meetings · by date ↓ ("))
        #expect(!state.sortDescending[Pane.resolutions.rawValue], "each pane keeps its own direction")
        state.press(.character("S"))
        var expected = AppState.fixture(sharing: state)
        #expect(state == expected)
        // In ASCII the arrow is a word.
        expected = AppState.fixture(options: DisplayOptions(ascii: true))
        expected.press(.character("S"))
        #expect(expected.screenText.contains("1 Meetings - by date desc ("))
    }

    @Test func reversedMembersByJoiningKeepTheUndatedLast() {
        var state = AppState.fixture()
        state.press(.character("4"), .character("s"), .character("S"))
        #expect(state.sortOrders[Pane.members.rawValue] == .joining)
        // Latest first; members joining on the same earliest day keep the data set's order; undated last.
        #expect(ids(state, .members) == ["NE", "JP", "BE", "MA", "FR", "IQ", "EU"])
        // `s` keeps the direction: by region, reversed.
        state.press(.character("s"))
        #expect(state.screenText.contains("4 Members · by region ↓"))
    }

    @Test func theHeaderAbbreviatesTheFiltersAt80ColumnsRatherThanCuttingThem() {
        var state = AppState.fixture(80, 24)
        Update.perform(.filterRegion("sahel-test"), &state)
        state.press(.character("d"))
        state.type("2022..")
        state.press(.enter)
        state.press(.character("/"))
        state.type("marrakesh")
        state.press(.enter, .character("f"))
        let header = String(state.screenText.split(separator: "\n")[0])
        #expect(header.hasSuffix("Sahel · 2022– · /marrakesh (f)"), "\(header)")
        #expect(header.hasPrefix(" Coalition"))
        // Wide, the same filters show in full.
        Update.apply(.resize(TerminalSize(columns: 160, rows: 40)), to: &state)
        let wide = String(state.screenText.split(separator: "\n")[0])
        #expect(wide.contains("Region: Sahel (test strategy) · Dates: 2022.. · Search: “marrakesh” · matches only"), "\(wide)")
    }

    @Test func thePickerNamesEveryBroaderAreaWhenItFits() {
        let regions = AppState.fixture().dataset.regions
        let tally = RegionTally(within: 12, viaBroader: 5, viaArea: ["sub-saharan-africa": 2, "africa": 3])
        let entry = RegionEntry(id: "western-africa", name: "Western Africa", kind: .area, depth: 0, tally: tally)
        #expect(entry.countText(regions) == "12 + 5 via Africa 3, Sub-Saharan Africa 2")
        #expect(entry.countText(regions, width: 37) == "12 + 5 via Africa, Sub-Saharan Africa")
        #expect(entry.countText(regions, width: 20) == "12 + 5 via broader areas")
        let one = RegionEntry(id: "western-africa", name: "Western Africa", kind: .area, depth: 0,
                              tally: RegionTally(within: 1, viaBroader: 3, viaArea: ["africa": 3]))
        #expect(one.countText(regions, width: 5) == "1 + 3 via Africa")
    }

    @Test(arguments: MeetingKind.allCases)
    func aMeetingKindHasItsLanesColourInTheLists(_ kind: MeetingKind) {
        #expect(RecordRows.color(for: kind) == TimelineLane.lane(for: kind).color)
    }
}

/// An empty pane names the nearest filter with rows, as `list` does.
@Suite struct EmptyPaneAdviceTests {
    @Test func anEmptyPaneSuggestsTheNearestFilterWithRows() {
        var state = AppState.fixture()
        Update.perform(.filterRegion("sahel-test"), &state)
        Update.perform(.filterDates(DateBounds(from: PartialDate("2023"), to: nil)), &state)
        #expect(state.rows(.meetings).isEmpty)
        // No meeting about the Sahel or an area above it is dated 2023 or later; the region is
        // loosened first, as `list` does: without it, Tokyo and Baghdad.
        var anywhere = state
        Update.perform(.clearRegion, &anywhere)
        let count = anywhere.rows(.meetings).count
        #expect(count == 2)
        #expect(state.emptyAdvice[Pane.meetings.rawValue] == "no region (\(count))")
        #expect(state.screenText.contains("nothing here; try no region (\(count)); x clears filters"))
        #expect(anywhere.emptyAdvice[Pane.meetings.rawValue] == nil)
        // Filtering to matches of a word found nowhere, the advice is to show every row again.
        var matches = AppState.fixture()
        matches.press(.character("/"))
        matches.type("zzqx")
        matches.press(.enter, .character("f"))
        #expect(matches.emptyAdvice[Pane.meetings.rawValue] == "all rows (\(matches.dataset.meetings.count))")
    }
}
