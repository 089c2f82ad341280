import CoalitionModel
@testable import CoalitionUI
import Testing

/// One key of one binding in one mode, so every key of the table becomes its own test case.
struct BoundKey: Sendable, CustomTestStringConvertible {
    var key: Key
    var action: Action
    var mode: KeyMode
    var testDescription: String { "\(mode.title): \(key.label) → \(action)" }

    static let all = KeyTable.bindings.flatMap { binding in
        binding.keys.flatMap { key in
            KeyMode.allCases.filter(binding.modes.contains).map { BoundKey(key: key, action: binding.action, mode: $0) }
        }
    }
}

extension AppState {
    /// A state in the mode, with a search for "in" kept so keys that need matches have them.
    static func inMode(_ mode: KeyMode) -> AppState {
        let columns = switch mode {
        case .timeline: 80
        case .narrowTimeline: 50
        default: 40
        }
        var state = AppState.fixture(columns, mode == .list ? 10 : 24)
        switch mode {
        case .list: break
        case .detail: state.press(.enter)
        case .timeline, .narrowTimeline: state.press(.character("t"))
        case .themes: state.press(.character(Pane.themesDigit))
        case .coverage: state.press(.character(Pane.coverageDigit))
        case .comparison:
            // Brussels marked, compared with Marrakesh, four rows down.
            state.press(.character("m"), .down, .down, .down, .character("c"))
        case .searchPrompt: state.press(.character("/"))
        case .prompt: state.press(.character("d"))
        case .regionPicker: state.press(.character("r"))
        case .help: state.press(.character("?"))
        }
        #expect(KeyMode.of(state) == mode)
        return state
    }
}

@Suite("The key table drives the dashboard, its help, its hints and its manual")
struct KeyTableTests {
    @Test(arguments: KeyMode.allCases)
    func noKeyIsBoundTwiceInOneMode(_ mode: KeyMode) {
        let keys = BoundKey.all.filter { $0.mode == mode }.map(\.key)
        #expect(Set(keys).count == keys.count)
    }

    /// So no binding is shadowed by an earlier one.
    @Test func everyBoundKeyLooksUpItsAction() {
        for bound in BoundKey.all {
            #expect(KeyTable.action(for: bound.key, in: bound.mode) == bound.action, "\(bound.testDescription)")
        }
    }

    @Test func unclaimedCharactersTypeOnlyInPromptsAndThePicker() {
        #expect(KeyTable.action(for: .character("z"), in: .searchPrompt) == .insert("z"))
        #expect(KeyTable.action(for: .character("q"), in: .regionPicker) == .insert("q"))
        #expect(KeyTable.action(for: .character("z"), in: .list) == nil)
    }

    /// Every key, pressed in its mode through `Update.apply`, changes the state: nothing in the
    /// table is a silent no-op. Keys whose effect needs a particular start get one.
    @Test(arguments: BoundKey.all)
    func keyChangesTheState(_ bound: BoundKey) {
        var state = AppState.inMode(bound.mode)
        switch bound.action {
        case .moveUp, .pageUp, .top, .previousEvent: state.press(.end)
        case .previousLane: state.press(.down)
        case .focusPane(.meetings): state.press(.character("2"))
        case .back where bound.mode == .list, .nextMatch, .previousMatch:
            state.type("/in")
            state.press(.enter)
        case .open where bound.mode == .detail: state.press(.down)
        case .clearRegion, .clearFilters: Update.perform(.filterRegion("africa"), &state)
        case .zoomOut: state.press(.character("+"))
        case .moveLeft: state.press(.right)
        case .deleteBackward: state.type("x")
        default: break
        }
        if bound.mode == .help, bound.action == .moveUp || bound.action == .pageUp { state.press(.down) }
        let before = state
        state.press(bound.key)
        #expect(state != before, "\(bound.testDescription) changed nothing")
    }

    /// What a few actions mean, checked beyond "something changed".
    @Test func actionsDoWhatTheHelpSays() {
        var list = AppState.inMode(.list)
        list.press(.down)
        #expect(list.selectedPosition == 1)
        list.press(.character("G"))
        #expect(list.selectedPosition == 5)
        var wide = AppState.inMode(.timeline)
        let lane = wide.timeline.lane
        wide.press(.down)
        #expect(wide.timeline.lane != lane, "Up/Down change lanes on the wide timeline")
        var narrow = AppState.inMode(.narrowTimeline)
        let first = narrow.timelineEvent?.record
        narrow.press(.down)
        #expect(narrow.timelineEvent?.record != first, "Up/Down step through events on the narrow timeline")
    }

    @Test func helpListsEveryBindingFromTheTable() {
        var state = AppState.fixture(120, 200)
        state.press(.character("?"))
        let screen = state.screenText
        for binding in KeyTable.bindings {
            #expect(screen.contains(binding.help), "\(binding.help)")
            #expect(screen.contains(binding.keyLabels), "\(binding.keyLabels)")
        }
    }

    /// On a short screen the help scrolls; together its pages still list every binding.
    @Test func helpScrollsToEveryBindingOnAShortScreen() {
        var state = AppState.fixture(80, 24)
        state.press(.character("?"))
        var seen = state.screenText
        for _ in KeyHelp.overlayLines {
            state.press(.down)
            seen += state.screenText
        }
        for binding in KeyTable.bindings {
            #expect(seen.contains(binding.help), "\(binding.help)")
        }
    }

    /// The bar never cuts a hint, and "? help" shows wherever ? opens the help.
    @Test(arguments: KeyMode.allCases)
    func hintsFitAndTheHelpHintAlwaysShows(_ mode: KeyMode) {
        for width in [20, 40, 66, 80, 120] {
            let hints = KeyHelp.hints(for: mode, width: width)
            let all = KeyTable.bindings.filter { $0.modes.contains(mode) }.compactMap(\.hintText)
            for hint in hints.components(separatedBy: "  ") where !hint.isEmpty {
                #expect(all.contains(hint), "\(hint) is a whole hint")
            }
            if KeyTable.action(for: .character("?"), in: mode) == .toggleHelp {
                #expect(hints.contains("? help"))
            }
        }
    }

    /// The views' keys (6, 7) and the comparison's (m, c) are hinted in the lists and the detail
    /// when the bar has room; a view's key is not hinted in the view it would leave.
    @Test func viewAndCompareKeysAreHintedWhenThereIsRoom() throws {
        func hintText(_ key: Key, in mode: KeyMode) throws -> String {
            try #require(KeyTable.bindings.first { $0.modes.contains(mode) && $0.keys.contains(key) }?.hintText, "\(key) has a hint")
        }
        let keys: [Key] = [.character("m"), .character("c"), .character(Pane.themesDigit), .character(Pane.coverageDigit)]
        for mode in [KeyMode.list, .detail] {
            let hints = KeyHelp.hints(for: mode, width: 1000).components(separatedBy: KeyHelp.separator)
            for key in keys { #expect(hints.contains(try hintText(key, in: mode)), "\(key) in \(mode)") }
        }
        let themes = KeyHelp.hints(for: .themes, width: 1000).components(separatedBy: KeyHelp.separator)
        #expect(!themes.contains(try hintText(.character(Pane.themesDigit), in: .list)))
        #expect(themes.contains(try hintText(.character(Pane.coverageDigit), in: .themes)))
        let coverage = KeyHelp.hints(for: .coverage, width: 1000).components(separatedBy: KeyHelp.separator)
        #expect(!coverage.contains(try hintText(.character(Pane.coverageDigit), in: .list)))
        #expect(coverage.contains(try hintText(.character(Pane.themesDigit), in: .coverage)))
        // At 120 columns, the common wide terminal, the lists name both views.
        let bottom = AppState.fixture(120, 40).screenText.split(separator: "\n").last.map(String.init) ?? ""
        #expect(bottom.contains("6 themes") && bottom.contains("7 coverage"), "\(bottom)")
    }

    /// Where the bar lacks room, priority decides: a hint is left out while a less important one
    /// shows only when it is wider than the room that one took.
    @Test(arguments: KeyMode.allCases)
    func hintsGiveWayByPriority(_ mode: KeyMode) {
        let hinted = KeyTable.bindings.filter { binding in
            binding.modes.contains(mode) && binding.hint.map { $0.modes?.contains(mode) ?? true } == true
        }
        for width in 0...200 {
            let shown = Set(KeyHelp.hints(for: mode, width: width).components(separatedBy: KeyHelp.separator))
            for left in hinted where !shown.contains(left.hintText!) {
                for kept in hinted where shown.contains(kept.hintText!) && kept.hint!.priority > left.hint!.priority {
                    #expect(left.hintText!.count > kept.hintText!.count, "\(mode) at \(width): \(left.hintText!) left out for \(kept.hintText!)")
                }
            }
        }
    }

    @Test func theStatusBarAt80ColumnsCutsNoHint() {
        let bottom = AppState.fixture(80, 24).screenText.split(separator: "\n").last.map(String.init) ?? ""
        #expect(bottom.contains("? help"))
        #expect(!bottom.contains("…"))
    }

    @Test func theManualListsEveryBinding() {
        for binding in KeyTable.bindings {
            #expect(KeyHelp.manualText.contains("\(binding.keyLabels): \(binding.help)"))
        }
    }
}
