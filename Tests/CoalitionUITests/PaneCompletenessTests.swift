import CoalitionUI
import Foundation
import Testing

/// Adding a pane and forgetting a step fails here: each pane needs a key, a help line, a drawn
/// list with its title, and goldens (see docs/architecture.md, "Adding a pane").
@Suite("Every pane is complete")
struct PaneCompletenessTests {
    @Test(arguments: Pane.allCases)
    func paneHasAKeyAHelpLineAWidgetAndGoldens(_ pane: Pane) {
        let binding = KeyTable.bindings.first { $0.action == .focusPane(pane) }
        #expect(binding != nil, "no key shows \(pane)")
        #expect(KeyHelp.overlayLines.contains { $0.help == pane.title }, "the help does not name \(pane)")
        var state = AppState.fixture(120, 40)
        Update.perform(.focusPane(pane), &state)
        #expect(state.screenText.contains("\(pane.digit) \(pane.title)"), "no widget drew \(pane)'s list")
        for name in ["\(pane.commandName)-80x24", "\(pane.commandName)-120x40"] {
            for suffix in [".txt", ".styles.txt"] {
                let file = Golden.folder.appendingPathComponent(name + suffix).path
                #expect(FileManager.default.fileExists(atPath: file), "no golden \(name + suffix)")
            }
        }
        #expect(ScreenScenario.goldens.contains { $0.pane == pane }, "no golden scenario for \(pane)")
    }

    @Test(arguments: KeyMode.allCases)
    func everyModeHasHelpAndAWayOut(_ mode: KeyMode) {
        let bindings = KeyTable.bindings.filter { $0.modes.contains(mode) }
        #expect(bindings.contains { $0.action == .quit }, "\(mode) cannot quit")
        #expect(bindings.contains { $0.hint != nil }, "\(mode) shows no hint")
    }
}
