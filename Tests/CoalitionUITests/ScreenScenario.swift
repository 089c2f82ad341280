import CoalitionUI
import Testing

/// One screen the golden tests render: a size, a pane, and what is applied before drawing.
struct ScreenScenario: Sendable, CustomTestStringConvertible {
    enum Setup: Sendable {
        case plain
        case region(String)
        case search(String)
        case detailFocused
        case help
        case regionPicker(typed: String)
        /// `s` pressed this many times.
        case sorted(times: Int)
        /// `d` and the text, then Enter if asked (bad text keeps the prompt open with its message).
        case datePrompt(typed: String, enter: Bool)
        /// A kept search with `f`: only the matches show.
        case matchesOnly(String)
        /// The status line after a reload that worked, and after one that found a problem.
        case reloaded
        case reloadProblem
    }

    var columns: Int
    var rows: Int
    var pane: Pane
    var setup: Setup
    var options = DisplayOptions()

    var name: String {
        let suffix = switch setup {
        case .plain: ""
        case .region(let region): "-region-\(region)"
        case .search(let query): "-search-\(query)"
        case .detailFocused: "-detail"
        case .help: "-help"
        case .regionPicker(let typed): typed.isEmpty ? "-picker" : "-picker-\(typed)"
        case .sorted(let times): "-sorted-\(times)"
        case .datePrompt(let typed, let enter): "-dates-" + String(typed.map { $0 == "." ? "_" : $0 }) + (enter ? "-enter" : "")
        case .matchesOnly(let query): "-only-\(query)"
        case .reloaded: "-reloaded"
        case .reloadProblem: "-reload-problem"
        }
        let mode = options.ascii ? "-ascii" : ""
        return "\(pane.commandName)-\(columns)x\(rows)\(suffix)\(mode)"
    }

    var testDescription: String { name }

    var state: AppState {
        var state = AppState.fixture(columns, rows, options: options)
        Update.perform(.focusPane(pane), &state)
        switch setup {
        case .plain:
            break
        case .region(let region):
            Update.perform(.filterRegion(region), &state)
        case .search(let query):
            state.press(.character("/"))
            state.type(query)
            state.press(.enter)
        case .detailFocused:
            state.press(.enter)
        case .help:
            state.press(.character("?"))
        case .regionPicker(let typed):
            state.press(.character("r"))
            state.type(typed)
        case .sorted(let times):
            for _ in 0..<times { state.press(.character("s")) }
        case .datePrompt(let typed, let enter):
            state.press(.character("d"))
            state.type(typed)
            if enter { state.press(.enter) }
        case .matchesOnly(let query):
            state.press(.character("/"))
            state.type(query)
            state.press(.enter, .character("f"))
        case .reloaded:
            Update.apply(.dataReloaded(DashboardData(dataset: Fixture.dataset)), to: &state)
        case .reloadProblem:
            Update.apply(.reloadFailed(try! ReloadTests.brokenMeetingsProblem()), to: &state)
        }
        Update.apply(.resize(state.size), to: &state)
        return state
    }

    /// Every pane at the two usual sizes, plain, filtered to Africa and searching, plus the overlays
    /// and the detail, and ASCII at the smaller size.
    static let goldens: [ScreenScenario] = {
        var scenarios: [ScreenScenario] = []
        for (columns, rows) in [(80, 24), (120, 40)] {
            for pane in Pane.allCases {
                for setup: Setup in [.plain, .region("africa"), .search("marrakesh")] {
                    scenarios.append(ScreenScenario(columns: columns, rows: rows, pane: pane, setup: setup))
                }
            }
            scenarios.append(ScreenScenario(columns: columns, rows: rows, pane: .meetings, setup: .detailFocused))
            scenarios.append(ScreenScenario(columns: columns, rows: rows, pane: .meetings, setup: .help))
            scenarios.append(ScreenScenario(columns: columns, rows: rows, pane: .meetings, setup: .regionPicker(typed: "")))
            scenarios.append(ScreenScenario(columns: columns, rows: rows, pane: .meetings, setup: .regionPicker(typed: "sahel")))
            scenarios.append(ScreenScenario(columns: columns, rows: rows, pane: .meetings, setup: .sorted(times: 1)))
            scenarios.append(ScreenScenario(columns: columns, rows: rows, pane: .members, setup: .sorted(times: 1)))
            scenarios.append(ScreenScenario(columns: columns, rows: rows, pane: .meetings, setup: .datePrompt(typed: "2022..", enter: false)))
            scenarios.append(ScreenScenario(columns: columns, rows: rows, pane: .meetings, setup: .datePrompt(typed: "2022..", enter: true)))
            scenarios.append(ScreenScenario(columns: columns, rows: rows, pane: .meetings, setup: .datePrompt(typed: "20x", enter: true)))
            scenarios.append(ScreenScenario(columns: columns, rows: rows, pane: .resolutions, setup: .matchesOnly("prevention")))
        }
        scenarios.append(ScreenScenario(columns: 80, rows: 24, pane: .meetings, setup: .regionPicker(typed: "ni")))
        scenarios.append(ScreenScenario(columns: 60, rows: 15, pane: .sessions, setup: .plain))
        scenarios.append(ScreenScenario(columns: 60, rows: 15, pane: .sessions, setup: .detailFocused))
        scenarios.append(ScreenScenario(columns: 80, rows: 24, pane: .meetings, setup: .plain, options: DisplayOptions(ascii: true)))
        scenarios.append(ScreenScenario(columns: 120, rows: 40, pane: .sessions, setup: .detailFocused, options: DisplayOptions(ascii: true)))
        scenarios.append(ScreenScenario(columns: 30, rows: 8, pane: .meetings, setup: .plain))
        scenarios.append(ScreenScenario(columns: 80, rows: 24, pane: .meetings, setup: .reloaded))
        scenarios.append(ScreenScenario(columns: 80, rows: 24, pane: .meetings, setup: .reloadProblem))
        return scenarios
    }()
}
