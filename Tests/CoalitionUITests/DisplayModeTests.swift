import CoalitionModel
import CoalitionUI
import Testing

@Suite("ASCII and no-colour modes")
struct DisplayModeTests {
    /// Every character the fixture's records hold: ASCII mode may show these as they are.
    static let dataCharacters: Set<Character> = {
        var characters: Set<Character> = []
        func collect(_ value: Any) {
            if let text = value as? String {
                characters.formUnion(text)
                return
            }
            for child in Mirror(reflecting: value).children { collect(child.value) }
        }
        let dataset = Fixture.dataset
        for records in [dataset.meetings, dataset.resolutions, dataset.sessions, dataset.members, dataset.areas, dataset.countries] as [Any] {
            collect(records)
        }
        return characters
    }()

    static func scenarios(_ options: DisplayOptions) -> [ScreenScenario] {
        var scenarios: [ScreenScenario] = []
        for (columns, rows) in [(80, 24), (120, 40), (60, 15)] {
            for pane in Pane.allCases {
                for setup: ScreenScenario.Setup in [.plain, .detailFocused, .help, .regionPicker(typed: "")] {
                    scenarios.append(ScreenScenario(columns: columns, rows: rows, pane: pane, setup: setup, options: options))
                }
            }
        }
        return scenarios
    }

    @Test(arguments: scenarios(DisplayOptions(ascii: true)))
    func asciiModeDrawsOnlyAsciiBesidesDataText(_ scenario: ScreenScenario) {
        let screen = Renderer.render(scenario.state)
        let foreign = screen.cells.map(\.text).joined().filter { !$0.isASCII && !Self.dataCharacters.contains($0) }
        #expect(foreign.isEmpty, "not ASCII and not from the data: \(Array(Set(foreign)))")
    }

    @Test(arguments: ScreenScenario.goldens.map { scenario in
        var plain = scenario
        plain.options = DisplayOptions(color: false)
        return plain
    })
    func noColourModeHasNoColouredCell(_ scenario: ScreenScenario) {
        let screen = Renderer.render(scenario.state)
        #expect(screen.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
    }

    @Test func colourModeDoesColourSomething() {
        let screen = Renderer.render(AppState.fixture())
        #expect(screen.cells.contains { $0.style.foreground != nil })
    }

    @Test func noColourModeKeepsTheSelectionVisibleByReverseVideo() {
        var state = AppState.fixture(options: DisplayOptions(color: false))
        state.press(.down)
        let screen = Renderer.render(state)
        let layout = Layout(size: state.size, active: state.pane, focus: state.focus)
        let inner = layout.panes[0].rect.inner
        #expect(screen[inner.x + 3, inner.y + 1].style.reverse)
        #expect(!screen[inner.x + 3, inner.y].style.reverse)
    }
}
