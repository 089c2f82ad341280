import CoalitionUI
import Testing

@Suite("Moving through a list")
struct ListMovementTests {
    @Test(arguments: [Key.down, .character("j")])
    func downMovesOneRow(_ key: Key) {
        var state = AppState.fixture()
        state.press(key)
        #expect(state.selectedPosition == 1)
        #expect(state.selectedID == "mtg-2019-11-14-paris")
    }

    @Test(arguments: [Key.up, .character("k")])
    func upMovesOneRow(_ key: Key) {
        var state = AppState.fixture()
        state.press(.down, .down, key)
        #expect(state.selectedPosition == 1)
    }

    @Test func movingStopsAtTheEnds() {
        var state = AppState.fixture()
        state.press(.up, .character("k"))
        #expect(state.selectedPosition == 0)
        for _ in 0..<10 { state.press(.down) }
        #expect(state.selectedPosition == 5)
        #expect(state.selectedID == "mtg-2024-02-01-baghdad")
    }

    /// At 40×10 a list shows five rows, so a page moves four.
    @Test func pageKeysMoveByAPageAndStopAtTheEnds() {
        var state = AppState.fixture(40, 10)
        state.press(.character("4"))
        var positions: [Int] = []
        for key in [Key.pageDown, .pageDown, .pageUp, .pageUp, .character(" ")] {
            state.press(key)
            positions.append(state.selectedPosition)
        }
        #expect(positions == [4, 6, 2, 0, 4])
    }

    @Test(arguments: [(Key.end, Key.home), (.character("G"), .character("g"))])
    func jumpToTheLastAndFirstRow(_ last: Key, _ first: Key) {
        var state = AppState.fixture()
        state.press(.character("2"), last)
        #expect(state.selectedID == "res-2023-06-08-tokyo-01")
        state.press(first)
        #expect(state.selectedID == "res-2014-12-03-brussels-01")
    }

    @Test func theSelectionStaysOnScreenWhileMoving() {
        var state = AppState.fixture(40, 10)
        state.press(.character("4"))
        let height = Layout(size: state.size, active: state.pane, focus: state.focus).listHeight(.members)
        for key in Array(repeating: Key.down, count: 7) + Array(repeating: Key.up, count: 7) {
            state.press(key)
            let list = state.lists[Pane.members.rawValue]
            #expect(list.offset <= list.selected && list.selected < list.offset + height)
        }
    }

    @Test func theRowBelowTheSelectionMarkerIsTheSelectedRecord() {
        var state = AppState.fixture()
        state.press(.down, .down, .down)
        let selectedLine = state.screenText.split(separator: "\n").first { $0.contains("│>") }
        #expect(selectedLine?.contains("Marrakesh ministerial") == true)
    }
}
