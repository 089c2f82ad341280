import CoalitionModel
@testable import CoalitionUI
import Testing

/// The analyst's filters in the dashboard: analyst regions in the picker, the date prompt,
/// sorting, filter-to-matches, clearing every filter, and the timeline's go-to-date. Each key's
/// effect is compared with the state the same change reaches through its action.
@Suite("Analyst regions, dates, sorting, filter-to-matches and go-to-date")
struct AnalystFilterTests {
    let marrakesh = "mtg-2022-05-11-marrakesh"

    func picker(_ state: AppState) -> RegionPickerState? {
        if case .regionPicker(let picker)? = state.overlay { return picker }
        return nil
    }

    func prompt(_ state: AppState) -> PromptState? {
        if case .prompt(let prompt)? = state.overlay { return prompt }
        return nil
    }

    /// The meetings the list shows, by id, in its order.
    func meetingIDs(_ state: AppState) -> [String] {
        state.rows(.meetings).map { state.dataset.meetings[$0].id }
    }

    // MARK: Analyst regions

    @Test func typingSahelFindsTheAnalystRegionByItsAliasFirst() {
        var state = AppState.fixture()
        state.press(.character("r"))
        state.type("sahel")
        let entries = picker(state)?.entries ?? []
        #expect(entries.map(\.id) == ["sahel-test"])
        #expect(entries.first?.kind == .analyst)
        #expect(entries.first?.tally == state.dataset.regionTallies()["sahel-test"])
        #expect((entries.first?.tally.viaBroader ?? 0) > 0, "records about Africa show under the Sahel, counted apart")
    }

    @Test func enterOnAnAnalystRegionFiltersEveryPaneAndMarksRowsViaABroaderArea() {
        var state = AppState.fixture()
        state.press(.character("r"))
        state.type("SAHEL")
        state.press(.enter)
        var expected = AppState.fixture(sharing: state)
        Update.perform(.filterRegion("sahel-test"), &expected)
        #expect(state == expected)
        #expect(meetingIDs(state) == [marrakesh])
        // Marrakesh is in Morocco and about Africa as a whole: it shows via Africa, and says so.
        #expect(state.rowNotes[Pane.meetings.rawValue] == [3: "via Africa"])
        #expect(state.screenText.contains("via Africa"))
    }

    // MARK: Dates

    @Test func theDatePromptAppliesFromToEveryPane() {
        var state = AppState.fixture()
        state.press(.character("d"))
        #expect(prompt(state)?.kind == .dates)
        state.type("2022..")
        state.press(.enter)
        var expected = AppState.fixture(sharing: state)
        Update.perform(.filterDates(DateBounds(from: PartialDate("2022"))), &expected)
        #expect(state == expected, "\(state.differences(from: expected))")
        #expect(state.overlay == nil)
        #expect(meetingIDs(state) == [marrakesh, "mtg-2023-06-08-tokyo", "mtg-2024-02-01-baghdad"])
        #expect(state.rows(.members).isEmpty, "no member joined in 2022 or later")
        #expect(state.screenText.contains("Dates: 2022.."))
        let lanes = state.timelineModel.events
        #expect(lanes.values.joined().allSatisfy { $0.lastDay >= PartialDate("2022")!.earliestDayNumber }, "the timeline too")
    }

    @Test(arguments: [
        ("2022", "2022", "2022"), ("..2019", nil, "2019"), ("2021-06..", "2021-06", nil), (" 2014 .. 2015-02 ", "2014", "2015-02"),
    ] as [(String, String?, String?)])
    func theDateSyntaxTakesOneSideOrBoth(_ typed: String, _ from: String?, _ to: String?) {
        var state = AppState.fixture()
        state.press(.character("d"))
        state.type(typed)
        state.press(.enter)
        #expect(state.overlay == nil)
        #expect(state.dateBounds == DateBounds(from: from.flatMap(PartialDate.init), to: to.flatMap(PartialDate.init)))
    }

    @Test(arguments: [("20x", "is not a date"), ("2024..2020", "the start is after the end"), ("2022-13", "is not a date"), ("....", "is not a date")])
    func badDatesAreExplainedAndThePromptStays(_ typed: String, _ message: String) {
        var state = AppState.fixture()
        state.press(.character("d"))
        state.type(typed)
        state.press(.enter)
        #expect(prompt(state)?.error?.contains(message) == true, "\(typed)")
        #expect(state.dateBounds.isUnbounded)
        #expect(state.screenText.contains(message))
        // Typing again clears the message; Esc leaves everything as it was.
        state.press(.backspace)
        #expect(prompt(state)?.error == nil)
        state.press(.escape)
        #expect(state == AppState.fixture(sharing: state), "\(state.differences(from: AppState.fixture(sharing: state)))")
    }

    @Test func aPasteIntoThePromptIsOneInsertAndHostileTextIsShownSafely() {
        var state = AppState.fixture(80, 24)
        state.press(.character("d"))
        Update.type(String(repeating: "2\u{1b}[31m\u{202E}", count: 20_000), to: &state)
        state.press(.enter)
        #expect(prompt(state)?.error?.hasSuffix("is not a date") == true)
        #expect(!state.screenText.contains("\u{1b}"))
        #expect(!state.screenText.contains("\u{202E}"))
        #expect(state.dateBounds.isUnbounded)
    }

    @Test func aLongEntryShowsItsEndAndItsProblemOnTheStatusLine() {
        var state = AppState.fixture(80, 24)
        state.press(.character("d"))
        Update.type(String(repeating: "2022..", count: 3_000) + "x9", to: &state)
        let typing = state.screenText.split(separator: "\n", omittingEmptySubsequences: false)[23]
        #expect(typing.contains("x9_"), "\(typing)")
        state.press(.enter)
        let rejected = state.screenText.split(separator: "\n", omittingEmptySubsequences: false)[23]
        #expect(rejected.contains("x9_") && rejected.contains("is not a date"), "\(rejected)")
    }

    @Test func reopeningTheDatePromptShowsTheDatesInForceAndEmptyClearsThem() {
        var state = AppState.fixture()
        Update.perform(.filterDates(DateBounds(from: PartialDate("2021-06"), to: PartialDate("2023"))), &state)
        state.press(.character("d"))
        #expect(prompt(state)?.text == "2021-06..2023")
        for _ in 0..<13 { state.press(.backspace) }
        state.press(.enter)
        // Every row is back, the selection still on the record it was on.
        #expect(state.dateBounds.isUnbounded)
        #expect(state.visibleRows == AppState.fixture(sharing: state).visibleRows)
        #expect(state.selectedID == marrakesh)
    }

    // MARK: Sorting

    @Test func sCyclesThePanesOrderAndKeepsTheSelectedRecord() {
        var state = AppState.fixture()
        state.press(.down, .down, .down)
        #expect(state.selectedID == marrakesh)
        state.press(.character("s"))
        #expect(state.sortOrders[Pane.meetings.rawValue] == .title)
        #expect(meetingIDs(state) == [
            "mtg-2024-02-01-baghdad", "mtg-2014-12-03-brussels", marrakesh, "mtg-2019-11-14-paris", "mtg-2020-11-virtual", "mtg-2023-06-08-tokyo",
        ])
        #expect(state.selectedID == marrakesh)
        #expect(state.screenText.contains("1 Meetings · by title"))
        state.press(.character("s"), .character("s"))
        #expect(state.sortOrders[Pane.meetings.rawValue] == .date, "place, then round to date")
        var expected = AppState.fixture(sharing: state)
        expected.press(.down, .down, .down)
        #expect(state == expected)
    }

    @Test func membersSortByNameJoiningAndRegion() {
        var state = AppState.fixture()
        state.press(.character("4"))
        #expect(state.sortOrders[Pane.members.rawValue] == .name)
        state.press(.character("s"))
        #expect(state.sortOrders[Pane.members.rawValue] == .joining)
        let joined = state.rows(.members).map { state.dataset.members[$0].id }
        // Exact and "by" dates sort by the earliest day each could mean; the undated EU comes last.
        #expect(joined == ["FR", "IQ", "BE", "MA", "JP", "NE", "EU"])
        var expected = AppState.fixture(sharing: state)
        Update.perform(.focusPane(.members), &expected)
        Update.perform(.sort(.members, .joining), &expected)
        #expect(state == expected)
        state.press(.character("s"))
        #expect(state.sortOrders[Pane.members.rawValue] == .region)
    }

    @Test func sortingIsComputedOnceAndKept() {
        let data = DashboardData(dataset: Fixture.dataset)
        let first = data.sortedRows(.resolutions, .place)
        #expect(first.sorted() == Array(0..<Fixture.dataset.resolutions.count))
        #expect(data.sortedRows(.resolutions, .place) == first)
    }

    /// Before the bit sets are built a region's records are scanned and the last scan of each
    /// pane kept; whichever answers, the records are the bit sets'.
    @Test func aRegionScannedBeforeTheBitSetsGivesTheirRecords() {
        let data = DashboardData(dataset: Fixture.dataset)
        let bitSets = RegionBitSets(dataset: Fixture.dataset)
        for region in ["africa", "africa", "western-asia", "europe", "africa"] {
            for pane in Pane.allCases {
                #expect(data.records(in: pane, region: region) == bitSets.records(pane.recordKind, inRegion: region), "\(pane) \(region)")
            }
        }
        data.build(.regions)
        for pane in Pane.allCases {
            #expect(data.records(in: pane, region: "africa") == bitSets.records(pane.recordKind, inRegion: "africa"))
        }
    }

    // MARK: Filter-to-matches

    @Test func fShowsOnlyTheMatchesAndSaysMatchKOfN() {
        var state = AppState.fixture()
        state.press(.character("/"))
        state.type("marrakesh")
        state.press(.enter)
        #expect(state.matchPosition?.index == 1)
        #expect(state.matchPosition?.count == 1)
        #expect(state.screenText.contains("match 1 of 1"))
        state.press(.character("f"))
        #expect(state.matchesOnly)
        #expect(meetingIDs(state) == [marrakesh])
        #expect(state.rows(.resolutions).count == 2)
        #expect(state.screenText.contains("matches only"))
        state.press(.character("&"))
        #expect(!state.matchesOnly)
        #expect(state.rows(.meetings).count == 6)
        #expect(state.selectedID == marrakesh)
    }

    @Test func filterToMatchesFollowsTheQueryAsItIsTyped() {
        var state = AppState.fixture()
        state.press(.character("f"))
        state.press(.character("/"))
        state.type("tok")
        #expect(meetingIDs(state) == ["mtg-2023-06-08-tokyo"])
        state.press(.escape)
        #expect(state.rows(.meetings).count == 6, "Esc drops the search, so every row shows again")
        #expect(state.matchesOnly)
    }

    @Test func aMatchOutsideTheRowsColumnsSaysWhere() {
        var state = AppState.fixture()
        state.press(.character("2"), .character("/"))
        state.type("coordination")
        state.press(.enter)
        // The first statement's summary does not say "coordination"; its theme does.
        #expect(state.rowNotes[Pane.resolutions.rawValue][0] == "matched in themes")
        state.press(.escape)
        state.press(.character("/"))
        state.type("fixture press")
        state.press(.enter)
        #expect(state.rowNotes[Pane.resolutions.rawValue][0] == "matched in sources")
        #expect(state.screenText.contains("matched in sources"))
    }

    // MARK: Clearing

    @Test func xClearsEveryFilterAndKeepsTheOrder() {
        var state = AppState.fixture()
        Update.perform(.filterRegion("africa"), &state)
        Update.perform(.filterDates(DateBounds(from: PartialDate("2020"))), &state)
        Update.search(for: "marrakesh", &state)
        state.press(.character("f"), .character("s"))
        state.press(.character("x"))
        #expect(state.regionFilter == nil)
        #expect(state.dateBounds.isUnbounded)
        #expect(!state.matchesOnly)
        #expect(state.search.query.isEmpty)
        #expect(state.rows(.meetings) == state.data.sortedRows(.meetings, .title))
        #expect(state.selectedID == marrakesh)
    }

    // MARK: Go to date

    @Test func colonMovesTheTimelineToTheFirstEventOnOrAfterADate() {
        var state = AppState.fixture()
        state.press(.character("t"), .character(":"))
        #expect(prompt(state)?.kind == .goToDate)
        state.type("2022")
        state.press(.enter)
        #expect(state.overlay == nil)
        #expect(state.timelineEvent?.record == .meeting(marrakesh))
        state.press(.character(":"))
        state.type("2023-01-15")
        state.press(.enter)
        #expect(state.timelineEvent?.record == .meeting("mtg-2024-02-01-baghdad"))
    }

    @Test func goingPastTheLastEventSaysSoAndStays() {
        var state = AppState.fixture()
        state.press(.character("t"))
        let before = state.timeline
        state.press(.character(":"))
        state.type("2030")
        state.press(.enter)
        #expect(prompt(state)?.error == "no Ministerials event on or after 2030")
        state.press(.escape)
        #expect(state.timeline == before)
        #expect(KeyMode.of(state) == .timeline)
    }
}

extension AppState {
    /// A fresh fixture state over the same `DashboardData`, which states compare by identity.
    static func fixture(sharing other: AppState) -> AppState {
        var state = AppState(data: other.data, size: other.size, options: other.options)
        Update.apply(.resize(state.size), to: &state)
        return state
    }

    /// Which stored parts differ, for a readable failure instead of two whole states.
    func differences(from other: AppState) -> [String] {
        var found: [String] = []
        if lists != other.lists { found.append("lists \(lists) vs \(other.lists)") }
        if visibleRows != other.visibleRows { found.append("rows") }
        if rowNotes != other.rowNotes { found.append("notes") }
        if overlay != other.overlay { found.append("overlay") }
        if search != other.search { found.append("search \(search) vs \(other.search)") }
        if detail != other.detail { found.append("detail") }
        if timeline != other.timeline { found.append("timeline") }
        if pinnedRecord != other.pinnedRecord { found.append("pinned") }
        if detailLink != other.detailLink || detailScroll != other.detailScroll { found.append("detail position") }
        return found
    }
}
