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

    /// Each letter typed searches only the previous letter's matches; that must find what the
    /// whole query finds at once, and deleting a letter must widen the matches again.
    @Test(arguments: ["marrakesh", "MiNiStErIaL", "re\u{301}union", "東京会合", "baghdad ^[", "2022-05"])
    func typingLetterByLetterFindsWhatTheWholeQueryFinds(query: String) {
        var typed = AppState.fixture()
        typed.press(.character("/"))
        var pasted = typed
        for character in query {
            typed.type(String(character))
            var whole = pasted
            Update.type(String(typed.search.query), to: &whole)
            #expect(typed.searchMatches == whole.searchMatches, "after \(typed.search.query)")
        }
        Update.type(query, to: &pasted)
        #expect(typed.searchMatches.joined().contains(true), "\(query) matches something")
        for _ in query.dropFirst() { typed.press(.backspace) }
        var first = AppState.fixture()
        first.press(.character("/"))
        Update.type(String(query.prefix(1)), to: &first)
        #expect(typed.searchMatches == first.searchMatches)
        #expect(typed.matchCount(.meetings) >= pasted.matchCount(.meetings))
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
