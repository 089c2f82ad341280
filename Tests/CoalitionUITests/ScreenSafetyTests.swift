import CoalitionUI
import Testing

@Suite("Every screen keeps to its columns and draws nothing a terminal would act on")
struct ScreenSafetyTests {
    @Test(arguments: ScreenScenario.goldens)
    func goldenScreenHoldsNoControlCharacter(_ scenario: ScreenScenario) {
        #expect(ScreenCheck.controlCells(Renderer.render(scenario.state)).isEmpty)
    }

    @Test(arguments: ScreenScenario.goldens)
    func goldenScreenIsExactlyAsWideAsTheTerminal(_ scenario: ScreenScenario) {
        #expect(ScreenCheck.rowsOfWrongWidth(Renderer.render(scenario.state)).isEmpty)
    }

    /// Overlays cover parts of the boxes below them by design, so only screens without one.
    @Test(arguments: ScreenScenario.goldens.filter { $0.state.overlay == nil })
    func everyBoxIsClosed(_ scenario: ScreenScenario) {
        let state = scenario.state
        let layout = Layout(size: state.size, active: state.pane, focus: state.focus)
        #expect(ScreenCheck.openBoxes(Renderer.render(state), layout: layout, glyphs: state.options.glyphs).isEmpty)
    }

    @Test(arguments: [(30, 8), (39, 40), (120, 9), (1, 1), (0, 0), (0, 5), (5, 0)])
    func tinyScreensSayTheTerminalIsTooSmall(_ columns: Int, _ rows: Int) {
        let screen = Renderer.render(AppState.fixture(columns, rows))
        #expect(screen.lines.count == rows)
        #expect(ScreenCheck.rowsOfWrongWidth(screen).isEmpty)
        if columns >= 30 && rows >= 2 {
            #expect(screen.plainText.contains("terminal too small"))
            #expect(screen.plainText.contains("40\u{00D7}10"))
        }
    }

    /// Every size from 1×1 to 200×60 in steps, on every pane and with every overlay and mode open:
    /// each renders, and each row is exactly as wide as the screen.
    @Test(arguments: SizeSweep.setups)
    func sizeSweepRendersCleanly(_ setup: SizeSweep.Setup) {
        var failures: [String] = []
        let start = setup.state
        for columns in SizeSweep.columns {
            for rows in SizeSweep.rows {
                var state = start
                Update.apply(.resize(TerminalSize(columns: columns, rows: rows)), to: &state)
                let screen = Renderer.render(state)
                if screen.lines.count != rows || !ScreenCheck.controlCells(screen).isEmpty
                    || !ScreenCheck.rowsOfWrongWidth(screen).isEmpty {
                    failures.append("\(columns)x\(rows)")
                }
            }
        }
        #expect(failures.isEmpty, "bad screens at \(failures.prefix(10).joined(separator: ", "))")
    }
}

enum SizeSweep {
    static let columns = Array(stride(from: 1, through: 200, by: 13)) + [39, 40, 41, 99, 100, 200]
    static let rows = Array(stride(from: 1, through: 60, by: 6)) + [9, 10, 11, 27, 28, 29, 30, 60]

    struct Setup: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var keys: [Key]

        var state: AppState {
            var state = AppState.fixture()
            state.press(contentsOf: keys)
            return state
        }
    }

    static let setups: [Setup] = [
        Setup(testDescription: "meetings", keys: [.end]),
        Setup(testDescription: "resolutions", keys: [.character("2"), .end]),
        Setup(testDescription: "sessions", keys: [.character("3")]),
        Setup(testDescription: "members", keys: [.character("4"), .end]),
        Setup(testDescription: "detail with a link chosen", keys: [.character("3"), .enter, .down, .down, .down]),
        Setup(testDescription: "followed link", keys: [.enter, .down, .enter]),
        Setup(testDescription: "help", keys: [.character("?")]),
        Setup(testDescription: "scrolled help", keys: [.character("?"), .pageDown, .pageDown]),
        Setup(testDescription: "region picker", keys: [.character("r")]),
        Setup(testDescription: "narrowed region picker", keys: [.character("r"), .character("n"), .character("i")]),
        Setup(testDescription: "empty region picker", keys: [.character("r"), .character("x"), .character("x")]),
        Setup(testDescription: "filtered to nothing", keys: [.character("r"), .character("w"), .enter]),
        Setup(testDescription: "search being typed", keys: [.character("/"), .character("東"), .character("京")]),
        Setup(testDescription: "kept search", keys: [.character("/"), .character("a"), .enter, .character("n")]),
    ]
}
