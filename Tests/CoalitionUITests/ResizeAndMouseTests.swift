import CoalitionUI
import Testing

@Suite("Resizing and the mouse")
struct ResizeAndMouseTests {
    @Test func resizeChangesTheSize() {
        var state = AppState.fixture()
        Update.apply(.resize(TerminalSize(columns: 80, rows: 24)), to: &state)
        #expect(state.size == TerminalSize(columns: 80, rows: 24))
        #expect(Renderer.render(state).lines.count == 24)
    }

    @Test(arguments: [(80, 24), (40, 10), (120, 12), (100, 30), (60, 15)])
    func resizeKeepsEverySelectionVisible(_ columns: Int, _ rows: Int) {
        var state = AppState.fixture()
        for pane in Pane.allCases {
            Update.perform(.focusPane(pane), &state)
            state.press(.end)
        }
        Update.apply(.resize(TerminalSize(columns: columns, rows: rows)), to: &state)
        let layout = Layout(size: state.size, active: state.pane, focus: state.focus)
        for (pane, _) in layout.panes {
            let list = state.lists[pane.rawValue]
            #expect(list.selected == state.rows(pane).count - 1)
            #expect(list.offset <= list.selected && list.selected < list.offset + layout.listHeight(pane))
        }
        #expect(state.screenText.contains("Member"))
    }

    @Test func pressSelectsTheRowUnderThePointer() {
        var state = AppState.fixture()
        let layout = Layout(size: state.size, active: state.pane, focus: state.focus)
        let meetings = layout.panes.first { $0.pane == .meetings }!.rect.inner
        Update.apply(.mouse(x: meetings.x + 5, y: meetings.y + 4, button: .press), to: &state)
        #expect(state.pane == .meetings)
        #expect(state.selectedID == "mtg-2023-06-08-tokyo")
    }

    @Test func pressInAnotherPaneMakesItActive() {
        var state = AppState.fixture()
        state.press(.enter)
        let layout = Layout(size: state.size, active: state.pane, focus: state.focus)
        let resolutions = layout.panes.first { $0.pane == .resolutions }!.rect.inner
        Update.apply(.mouse(x: resolutions.x + 3, y: resolutions.y + 2, button: .press), to: &state)
        #expect(state.pane == .resolutions)
        #expect(state.focus == .list)
        #expect(state.selectedID == "res-2022-05-11-marrakesh-01")
    }

    @Test func pressInTheDetailFocusesIt() {
        var state = AppState.fixture()
        let detail = Layout(size: state.size, active: state.pane, focus: state.focus).detail!
        Update.apply(.mouse(x: detail.x + 3, y: detail.y + 3, button: .press), to: &state)
        #expect(state.focus == .detail)
    }

    @Test func wheelMovesTheSelectionThreeRows() {
        var state = AppState.fixture()
        let meetings = Layout(size: state.size, active: state.pane, focus: state.focus).panes[0].rect.inner
        Update.apply(.mouse(x: meetings.x, y: meetings.y, button: .wheelDown), to: &state)
        #expect(state.selectedPosition == 3)
        Update.apply(.mouse(x: meetings.x, y: meetings.y, button: .wheelUp), to: &state)
        #expect(state.selectedPosition == 0)
    }

    @Test func theMouseIsIgnoredWhileAnOverlayIsOpen() {
        var state = AppState.fixture()
        state.press(.character("?"))
        let meetings = Layout(size: state.size, active: state.pane, focus: state.focus).panes[0].rect.inner
        Update.apply(.mouse(x: meetings.x + 1, y: meetings.y + 2, button: .press), to: &state)
        #expect(state.selectedPosition == 0)
        #expect(state.overlay == .help(scroll: 0))
    }
}
