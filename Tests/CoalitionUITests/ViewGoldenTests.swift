import CoalitionModel
import CoalitionUI
import Testing

/// One screen of the themes, coverage or comparison view for the goldens: a size, the display
/// style, and the keys that lead there.
struct ViewScenario: Sendable, CustomTestStringConvertible {
    var name: String
    var columns: Int
    var rows: Int
    var options = DisplayOptions()
    var keys: [Key]

    var testDescription: String { fullName }

    var fullName: String {
        let style = (options.ascii ? "-ascii" : "") + (options.color ? "" : "-nocolor")
        return "\(name)-\(columns)x\(rows)\(style)"
    }

    var state: AppState {
        var state = AppState.fixture(columns, rows, options: options)
        state.press(contentsOf: keys)
        return state
    }

    static let themes: [Key] = [.character(Pane.themesDigit)]
    /// The cursor on Africa × 2022: down to the ninth theme, right to the ninth year.
    static let themesOnACell: [Key] = themes + Array(repeating: .down, count: 8) + Array(repeating: .right, count: 8)
    static let coverage: [Key] = [.character(Pane.coverageDigit), .down, .down]
    /// Brussels marked, Marrakesh (three rows down) compared with it.
    static let comparison: [Key] = [.character("m"), .down, .down, .down, .character("c")]

    static let all: [ViewScenario] = {
        var scenarios: [ViewScenario] = []
        for (columns, rows) in [(80, 24), (120, 40)] {
            scenarios += [
                ViewScenario(name: "themes", columns: columns, rows: rows, keys: themesOnACell),
                ViewScenario(name: "coverage", columns: columns, rows: rows, keys: coverage),
                ViewScenario(name: "compare", columns: columns, rows: rows, keys: comparison),
            ]
        }
        for options in [DisplayOptions(ascii: true), DisplayOptions(color: false), DisplayOptions(ascii: true, color: false)] {
            scenarios.append(ViewScenario(name: "themes", columns: 80, rows: 24, options: options, keys: themesOnACell))
        }
        scenarios += [
            ViewScenario(name: "themes-by-meeting", columns: 120, rows: 40, keys: themes + [.character("b"), .right]),
            ViewScenario(name: "themes-cell-listed", columns: 120, rows: 40, keys: themesOnACell + [.enter]),
            ViewScenario(name: "themes-scrolled", columns: 60, rows: 16, keys: themes + [.character("G"), .right, .right, .right]),
            ViewScenario(name: "coverage", columns: 80, rows: 24, options: DisplayOptions(ascii: true, color: false), keys: coverage),
            ViewScenario(name: "compare", columns: 60, rows: 24, keys: comparison + [.pageDown]),
            ViewScenario(name: "compare", columns: 80, rows: 24, options: DisplayOptions(ascii: true, color: false), keys: comparison),
            ViewScenario(name: "marked", columns: 120, rows: 40, keys: [.character("m"), .down]),
        ]
        return scenarios
    }()
}

@Suite("The themes, coverage and comparison views match their goldens")
struct ViewGoldenTests {
    @Test(arguments: ViewScenario.all)
    func viewMatchesGolden(_ scenario: ViewScenario) throws {
        try Golden.check(Renderer.render(scenario.state), named: scenario.fullName)
    }

    /// Without colour and in ASCII the matrix still tells every level apart by its glyph.
    @Test func theMatrixReadsWithoutColour() {
        let plain = ViewScenario(name: "themes", columns: 80, rows: 24, options: DisplayOptions(ascii: true, color: false), keys: ViewScenario.themesOnACell)
        let screen = Renderer.render(plain.state)
        #expect(screen.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        let text = screen.plainText
        #expect(text.contains(":") && text.contains("#") && text.contains("."))
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    }
}
