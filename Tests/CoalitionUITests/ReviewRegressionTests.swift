import CoalitionModel
import CoalitionUI
import Testing

/// Bugs found in review, kept as tests so they stay fixed.
@Suite struct ReviewRegressionTests {
    @Test func nextMatchGoesOnToTheNextPaneAfterThisPanesLastMatch() {
        var state = AppState.fixture()
        state.press(.character("2"), .character("/"))
        state.type("marrakesh")
        state.press(.enter)
        let firstPane = state.pane
        var visited: [Pane] = [state.pane]
        for _ in 0..<4 {
            state.press(.character("n"))
            visited.append(state.pane)
        }
        #expect(firstPane == .resolutions)
        #expect(visited.contains(.sessions), "n stayed in \(Set(visited))")
        #expect(visited.contains(.meetings), "n never wrapped round to Meetings: \(visited)")
    }

    @Test func pagingDownWithALinkChosenReachesTheEndOfTheDetail() throws {
        var state = AppState.fixture(80, 24)
        state.press(.character("/"))
        state.type("marrakesh")
        state.press(.enter, .enter, .down)
        #expect(state.detailLink == 0)
        for _ in 0..<20 { state.press(.pageDown) }
        let indicator = try #require(state.screenText.firstMatch(of: /(\d+)\/(\d+) ─/))
        #expect(indicator.output.1 == indicator.output.2, "stopped at \(indicator.output.0)")
    }

    @Test func disputedValuesKeepTheirColumnBesideTheirSources() {
        var state = AppState.fixture()
        state.press(.character("/"))
        state.type("marrakesh")
        state.press(.enter, .enter)
        for _ in 0..<10 { state.press(.pageDown) }
        let text = state.screenText
        #expect(text.contains("  84      Agency A"), "\(text)")
        #expect(text.contains("  83      Agency B"))
    }

    @Test func clickingAListsBottomBorderSelectsNothingHidden() {
        var state = AppState.fixture(40, 10)
        let before = state.selectedPosition
        let layout = Layout(for: state)
        let box = try! #require(layout.panes.first?.rect)
        Update.apply(.mouse(x: box.x + 3, y: box.maxY - 1, button: .press), to: &state)
        #expect(state.selectedPosition == before)
        #expect(state.lists[state.pane.rawValue].offset == 0)
    }

    @Test func helpOverCJKTextLeavesNoHalfOfAWideCharacter() {
        var state = AppState.fixture()
        state.press(.character("?"))
        let screen = Renderer.render(state)
        for row in 0..<screen.size.rows {
            var width = 0
            for column in 0..<screen.size.columns where !screen[column, row].isContinuation {
                width += max(1, TextWidth.of(screen[column, row].text))
            }
            #expect(width == screen.size.columns, "row \(row) is \(width) columns: \(screen.lines[row])")
        }
    }
}
