import CoalitionUI
import Testing

@Suite("Searching all panes")
struct SearchTests {
    func searching(_ query: String, from state: AppState = .fixture()) -> AppState {
        var state = state
        state.press(.character("/"))
        state.type(query)
        return state
    }

    @Test func slashStartsSearchAndTypingJumpsToTheFirstMatch() {
        var state = AppState.fixture()
        state.press(.character("/"))
        #expect(state.search.editing)
        state.type("tokyo")
        #expect(state.selectedID == "mtg-2023-06-08-tokyo")
        #expect(state.screenText.contains(" /tokyo_"))
    }

    @Test func searchFindsSanitizedAndWideText() {
        #expect(searching("東京").selectedID == "mtg-2023-06-08-tokyo")
        #expect(searching("^[[31m").selectedID == "mtg-2024-02-01-baghdad")
    }

    @Test func enterKeepsTheQueryAndTheSelection() {
        var state = searching("tokyo")
        state.press(.enter)
        #expect(!state.search.editing)
        #expect(state.search.query == "tokyo")
        #expect(state.selectedID == "mtg-2023-06-08-tokyo")
        #expect(state.matchCount(.meetings) == 1)
    }

    @Test func escapeCancelsAndRestoresTheSelection() {
        var start = AppState.fixture()
        start.press(.down)
        var state = searching("baghdad", from: start)
        #expect(state.selectedID == "mtg-2024-02-01-baghdad")
        state.press(.escape)
        #expect(state.search.query.isEmpty)
        #expect(!state.search.editing)
        #expect(state.selectedID == "mtg-2019-11-14-paris")
    }

    @Test func backspaceShortensTheQuery() {
        var state = searching("tokyox")
        state.press(.backspace)
        #expect(state.search.query == "tokyo")
        #expect(state.selectedID == "mtg-2023-06-08-tokyo")
    }

    @Test func keysTypeIntoTheQueryWhileSearching() {
        let state = searching("qrjn")
        #expect(state.search.query == "qrjn")
        #expect(!state.shouldQuit)
        #expect(state.overlay == nil)
    }

    /// "ministerial" matches the Brussels, Marrakesh and Tokyo meetings (rows 0, 3 and 4).
    @Test func nAndCapitalNStepThroughTheMatchesOfAPane() {
        var state = searching("ministerial")
        state.press(.enter)
        #expect(state.selectedPosition == 0)
        state.press(.character("n"))
        #expect(state.selectedPosition == 3)
        state.press(.character("n"))
        #expect(state.selectedPosition == 4)
        state.press(.character("N"))
        #expect(state.selectedPosition == 3)
        state.press(.character("N"))
        #expect(state.selectedPosition == 0)
    }

    /// "marrakesh" matches one meeting, two resolutions, one session and no member.
    @Test func nMovesOnToTheNextPaneWithAMatch() {
        var state = searching("marrakesh")
        state.press(.enter)
        #expect(Pane.allCases.map { state.matchCount($0) } == [1, 2, 1, 0])
        #expect(state.selectedID == "mtg-2022-05-11-marrakesh")
        state.press(.character("n"))
        #expect(state.pane == .resolutions)
        #expect(state.selectedID == "res-2022-05-11-marrakesh-01")
    }

    @Test func capitalNMovesBackToThePreviousPaneWithAMatch() {
        var state = searching("marrakesh")
        state.press(.enter, .character("N"))
        #expect(state.pane == .sessions)
        #expect(state.selectedID == "afg-2022-05-marrakesh")
    }

    @Test func nWithoutAQueryDoesNothing() {
        var state = AppState.fixture()
        state.press(.character("n"), .character("N"))
        #expect(state.pane == .meetings)
        #expect(state.selectedPosition == 0)
    }

    @Test func escapeInTheListClearsAKeptSearch() {
        var state = searching("tokyo")
        state.press(.enter, .escape)
        #expect(state.search.query.isEmpty)
        #expect(state.selectedID == "mtg-2023-06-08-tokyo")
    }

    @Test func theScreenShowsTheQueryAndTheMatchCounts() {
        var state = searching("marrakesh")
        state.press(.enter)
        let screen = state.screenText
        #expect(screen.contains("Search: \u{201C}marrakesh\u{201D}"))
        #expect(screen.contains("2 Resolutions · by date (6) · 2 matches"))
    }
}
