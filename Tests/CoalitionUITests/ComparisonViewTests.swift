import CoalitionModel
@testable import CoalitionUI
import Testing

/// Marking a meeting or session and comparing it with the selected one.
@Suite struct ComparisonViewTests {
    static let brussels = RecordRef.meeting("mtg-2014-12-03-brussels")
    static let marrakesh = RecordRef.meeting("mtg-2022-05-11-marrakesh")
    static let niamey = RecordRef.session("afg-2023-03-01-niamey")

    /// Brussels marked, Marrakesh selected, compared: the keys a user presses.
    static func compared(_ columns: Int = 120, _ rows: Int = 40, options: DisplayOptions = DisplayOptions()) -> AppState {
        var state = AppState.fixture(columns, rows, options: options)
        Update.perform(.show(brussels), &state)
        state.press(.character("m"))
        Update.perform(.show(marrakesh), &state)
        state.press(.character("c"))
        return state
    }

    @Test func mMarksAndTheHeaderSaysWhichAgainUnmarks() {
        var state = AppState.fixture(120, 40)
        state.press(.character("m"))
        #expect(state.marked == Self.brussels)
        #expect(state.screenText.split(separator: "\n").first?.contains("Marked: Brussels ministerial 2014") == true)
        state.press(.character("m"))
        #expect(state.marked == nil && state.message == "unmarked")
    }

    @Test func onlyMeetingsAndSessionsAreMarked() {
        var state = AppState.fixture(120, 40)
        state.press(.character("2"), .character("m"))
        #expect(state.marked == nil)
        #expect(state.message?.hasPrefix("m marks a meeting or an Africa Focus Group session") == true)
    }

    @Test func cComparesTheMarkedRecordWithTheSelectedOneAndEscReturns() {
        var state = Self.compared()
        #expect(state.view == .comparison && KeyMode.of(state) == .comparison)
        #expect(state.comparison == ComparisonState(first: Self.brussels, second: Self.marrakesh))
        let screen = state.screenText
        #expect(screen.contains("Compare: Brussels ministerial → Marrakesh ministerial"))
        #expect(screen.contains("only in the second (2): Africa, stabilization") || screen.contains("only in the second"))
        #expect(state.report.lines.contains { $0.text == "Africa" && $0.isHeading })
        state.press(.escape)
        #expect(state.view == .browse && state.selectedRecord(in: .meetings) == Self.marrakesh)
        #expect(state.marked == Self.brussels, "the mark stays for the next comparison")
    }

    @Test func theComparisonScrollsAndStopsAtItsEnds() {
        var state = Self.compared(80, 12)
        let height = Layout(for: state).reportHeight
        #expect(state.report.lines.count > height)
        state.press(.down, .character("j"))
        #expect(state.comparison?.scroll == 2)
        state.press(.character("G"))
        #expect(state.comparison?.scroll == state.report.lines.count - height)
        state.press(.pageDown)
        #expect(state.comparison?.scroll == state.report.lines.count - height)
        state.press(.character("g"), .up)
        #expect(state.comparison?.scroll == 0)
    }

    /// The dashboard draws the lines `coalition compare` prints at the same width.
    @Test func theViewShowsTheCommandsLinesSideBySideWideAndStackedNarrow() throws {
        let wide = Self.compared(120, 40)
        let narrow = Self.compared(60, 40)
        #expect(wide.report.lines.contains { $0.text.contains(" │ ") })
        #expect(!narrow.report.lines.contains { $0.text.contains(" │ ") })
        #expect(narrow.report.lines.contains { $0.text == "    second (1):" })
    }

    @Test func nothingMarkedSaysSo() {
        var state = AppState.fixture(120, 40)
        state.press(.character("c"))
        #expect(state.view == .browse && state.message == "nothing marked: press m on a meeting or session first")
    }

    @Test func comparingARecordWithItselfOrOneWithoutStatementsSaysWhy() {
        var state = AppState.fixture(120, 40)
        state.press(.character("m"), .character("c"))
        #expect(state.view == .browse)
        #expect(state.message?.contains("compare takes two different meetings or sessions") == true)
        state.press(.down, .character("c"))
        #expect(state.view == .browse)
        #expect(state.message == "mtg-2019-11-14-paris has no statements to compare: its text has not been found yet (Sought nowhere: a test record.)")
    }

    @Test func theMarkSurvivesAFilterThatHidesIt() {
        var state = AppState.fixture(120, 40)
        state.press(.character("m"))
        Update.perform(.filterRegion("africa"), &state)
        #expect(state.rows(.meetings).allSatisfy { state.dataset.meetings[$0].id != Self.brussels.id })
        #expect(state.marked == Self.brussels && state.screenText.contains("Marked: Brussels ministerial 2014"))
        Update.perform(.show(Self.niamey), &state)
        state.press(.character("c"))
        #expect(state.comparison == ComparisonState(first: Self.brussels, second: Self.niamey))
    }

    @Test func tinyScreensDrawWithoutTrapping() {
        for (columns, rows) in [(1, 1), (39, 9), (40, 10), (44, 12)] {
            var state = Self.compared(columns, rows)
            state.press(.character("G"), .pageUp, .down)
            _ = state.screenText
            Update.apply(.resize(TerminalSize(columns: 120, rows: 40)), to: &state)
            #expect(state.report.lines.contains { $0.text.contains(" │ ") }, "a resize lays the comparison out again")
        }
    }
}
