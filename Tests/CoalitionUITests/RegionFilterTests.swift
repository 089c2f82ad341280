import CoalitionUI
import Testing

@Suite("The region picker and the region filter")
struct RegionFilterTests {
    func rowCounts(_ state: AppState) -> [Int] { Pane.allCases.map { state.rows($0).count } }

    func picker(_ state: AppState) -> RegionPickerState? {
        if case .regionPicker(let picker)? = state.overlay { return picker }
        return nil
    }

    @Test func rOpensThePickerOnTheM49Tree() {
        var state = AppState.fixture()
        state.press(.character("r"))
        let entries = picker(state)?.entries ?? []
        #expect(entries.map(\.id) == [
            "maghreb-test", "sahel-test", "world", "africa", "northern-africa", "sub-saharan-africa", "western-africa",
            "asia", "eastern-asia", "western-asia", "europe", "western-europe",
        ])
        #expect(entries.map(\.depth) == [0, 0, 0, 1, 2, 2, 3, 1, 2, 2, 1, 2])
        #expect(entries.first { $0.id == "africa" }?.tally.within == 8)
    }

    @Test func typingNarrowsThePickerToAreasAndCountries() {
        var state = AppState.fixture()
        state.press(.character("r"))
        state.type("west")
        #expect(picker(state)?.entries.map(\.name) == ["Western Africa", "Western Asia", "Western Europe"])
        state.press(.backspace, .backspace, .backspace, .backspace)
        state.type("ni")
        #expect(picker(state)?.entries.map(\.id) == ["NE"])
    }

    @Test func enterAppliesTheChosenRegionToEveryList() {
        var state = AppState.fixture()
        state.press(.character("r"))
        state.type("west")
        state.press(.enter)
        #expect(state.overlay == nil)
        #expect(state.regionFilter == "western-africa")
        // Records about Africa as a whole show under Western Africa too.
        #expect(rowCounts(state) == [1, 2, 2, 1])
        #expect(state.screenText.contains("Region: Western Africa"))
    }

    @Test func downChoosesTheNextEntry() {
        var state = AppState.fixture()
        state.press(.character("r"))
        state.type("west")
        state.press(.down, .enter)
        #expect(state.regionFilter == "western-asia")
        #expect(rowCounts(state) == [3, 3, 0, 1])
    }

    @Test func escapeClosesThePickerWithoutFiltering() {
        var state = AppState.fixture()
        state.press(.character("r"))
        state.type("asia")
        state.press(.escape)
        #expect(state.overlay == nil)
        #expect(state.regionFilter == nil)
        #expect(rowCounts(state) == [6, 6, 2, 7])
    }

    @Test func capitalRClearsTheFilter() {
        var state = AppState.fixture()
        Update.perform(.filterRegion("africa"), &state)
        #expect(rowCounts(state) == [1, 3, 2, 2])
        state.press(.character("R"))
        #expect(state.regionFilter == nil)
        #expect(rowCounts(state) == [6, 6, 2, 7])
    }

    @Test func filteringKeepsTheSelectedRecordWhereItStillShows() {
        var state = AppState.fixture()
        state.press(.down, .down, .down)
        Update.perform(.filterRegion("africa"), &state)
        #expect(state.selectedID == "mtg-2022-05-11-marrakesh")
        state.press(.character("R"))
        #expect(state.selectedPosition == 3)
    }

    @Test func reopeningThePickerPointsAtTheCurrentRegion() {
        var state = AppState.fixture()
        Update.perform(.filterRegion("eastern-asia"), &state)
        state.press(.character("r"))
        guard let picker = picker(state) else {
            Issue.record("the picker did not open")
            return
        }
        #expect(picker.entries[picker.selected].id == "eastern-asia")
    }

    @Test func theTitlesCountWhatTheFilterShows() {
        var state = AppState.fixture()
        Update.perform(.filterRegion("africa"), &state)
        let screen = state.screenText
        #expect(screen.contains("1 Meetings · by date (1 of 6)"))
        #expect(screen.contains("2 Resolutions · by date (3 of 6)"))
        #expect(screen.contains("3 Africa Focus Group · by date (2)"))
    }
}
