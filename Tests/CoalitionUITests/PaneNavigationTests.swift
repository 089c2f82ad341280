import CoalitionUI
import Testing

@Suite("Tab, Shift-Tab and the digit keys choose the pane")
struct PaneNavigationTests {
    @Test func tabCyclesThroughEveryPaneAndBack() {
        var state = AppState.fixture()
        var visited: [Pane] = []
        for _ in Pane.allCases {
            state.press(.tab)
            visited.append(state.pane)
        }
        #expect(visited == [.resolutions, .sessions, .members, .meetings])
    }

    @Test func shiftTabCyclesBackwards() {
        var state = AppState.fixture()
        var visited: [Pane] = []
        for _ in Pane.allCases {
            state.press(.backTab)
            visited.append(state.pane)
        }
        #expect(visited == [.members, .sessions, .resolutions, .meetings])
    }

    @Test(arguments: zip(["1", "2", "3", "4"] as [Character], Pane.allCases))
    func digitJumpsToItsPane(_ digit: Character, _ pane: Pane) {
        var state = AppState.fixture()
        state.press(.character("3"), .character(digit))
        #expect(state.pane == pane)
    }

    @Test func changingPaneLeavesTheDetail() {
        var state = AppState.fixture()
        state.press(.enter)
        #expect(state.focus == .detail)
        state.press(.tab)
        #expect(state.focus == .list)
    }

    @Test func eachPaneKeepsItsOwnSelection() {
        var state = AppState.fixture()
        state.press(.down, .down, .tab, .down, .backTab)
        #expect(state.selectedPosition == 2)
        state.press(.tab)
        #expect(state.selectedPosition == 1)
    }
}
