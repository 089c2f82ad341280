import CoalitionUI
import Testing

@Suite("The help overlay, and quitting")
struct OverlayAndQuitTests {
    @Test func questionMarkOpensHelpAndEscapeClosesIt() {
        var state = AppState.fixture()
        state.press(.character("?"))
        #expect(state.overlay == .help(scroll: 0))
        #expect(state.screenText.contains("Keys (Esc closes)"))
        state.press(.escape)
        #expect(state.overlay == nil)
        #expect(!state.screenText.contains("Keys (Esc closes)"))
    }

    @Test func downScrollsTheHelpAndLeavesTheListAlone() {
        var state = AppState.fixture()
        state.press(.character("?"), .down, .character("j"))
        #expect(state.overlay == .help(scroll: 2))
        #expect(state.selectedPosition == 0)
    }

    @Test(arguments: [Key.character("q"), .control("c")])
    func quitKeysSetShouldQuit(_ key: Key) {
        var state = AppState.fixture()
        state.press(key)
        #expect(state.shouldQuit)
    }

    @Test(arguments: [[Key](), [.character("?")], [.character("r")], [.character("/")], [.enter]])
    func ctrlCQuitsWhateverIsOpen(_ before: [Key]) {
        var state = AppState.fixture()
        for key in before { state.press(key) }
        state.press(.control("c"))
        #expect(state.shouldQuit)
    }

    @Test func qClosesTheHelpInsteadOfQuitting() {
        var state = AppState.fixture()
        state.press(.character("?"), .character("q"))
        #expect(state.overlay == nil)
        #expect(!state.shouldQuit)
    }
}
