import CoalitionModel
import CoalitionUI
import Testing

/// One key of one binding, so every key of the table becomes its own test case.
struct BoundKey: Sendable, CustomTestStringConvertible {
    var key: Key
    var action: Action
    var context: KeyContext
    var testDescription: String { "\(context.title): \(key.label) → \(action)" }

    static let all = KeyTable.bindings.flatMap { binding in
        binding.keys.map { BoundKey(key: $0, action: binding.action, context: binding.context) }
    }

    /// The views a binding's keys work in.
    var views: [ViewMode] {
        switch context {
        case .everywhere: [.browse, .timeline]
        case .browsing: [.browse]
        case .timeline: [.timeline]
        }
    }
}

@Suite("The key table drives the dashboard and its help")
struct KeyTableTests {
    @Test(arguments: [ViewMode.browse, .timeline])
    func noKeyIsBoundTwiceInOneView(_ view: ViewMode) {
        let keys = BoundKey.all.filter { $0.views.contains(view) }.map(\.key)
        #expect(Set(keys).count == keys.count)
    }

    /// So no binding is shadowed by an earlier one.
    @Test func everyBoundKeyLooksUpItsAction() {
        for bound in BoundKey.all {
            for view in bound.views {
                #expect(KeyTable.action(for: bound.key, in: view) == bound.action, "\(bound.testDescription) in \(view)")
            }
        }
    }

    /// Each key is pressed through `Update.apply` in a state where its action shows: the lists
    /// for keys that work there, the timeline for the timeline's own keys.
    @Test(arguments: BoundKey.all)
    func keyDoesWhatItsActionSays(_ bound: BoundKey) {
        var state = AppState.fixture(40, 10)
        if bound.context == .timeline {
            state = AppState.fixture()
            state.press(.character("t"))
            #expect(state.view == .timeline)
        }
        switch bound.action {
        case .quit:
            state.press(bound.key)
            #expect(state.shouldQuit)
        case .nextPane:
            state.press(bound.key)
            #expect(state.pane == .resolutions)
        case .previousPane:
            state.press(bound.key)
            #expect(state.pane == .members)
        case .focusPane(let pane):
            Update.perform(.focusPane(pane == .members ? .meetings : .members), &state)
            state.press(bound.key)
            #expect(state.pane == pane)
        case .moveUp:
            state.press(.end, bound.key)
            #expect(state.selectedPosition == 4)
        case .moveDown:
            state.press(bound.key)
            #expect(state.selectedPosition == 1)
        case .pageUp:
            state.press(.end, bound.key)
            #expect(state.selectedPosition == 1)
        case .pageDown:
            state.press(bound.key)
            #expect(state.selectedPosition == 4)
        case .top:
            state.press(.end, bound.key)
            #expect(state.selectedPosition == 0)
        case .bottom:
            state.press(bound.key)
            #expect(state.selectedPosition == 5)
        case .open:
            state.press(bound.key)
            #expect(state.view == .browse)
            #expect(state.focus == .detail)
        case .back where bound.context == .timeline:
            state.press(bound.key)
            #expect(state.view == .browse)
        case .back:
            state.press(.enter, bound.key)
            #expect(state.focus == .list)
        case .openRegionPicker:
            state.press(bound.key)
            guard case .regionPicker? = state.overlay else {
                Issue.record("the region picker did not open")
                return
            }
        case .clearRegion:
            state.setRegionFilter("africa")
            state.press(bound.key)
            #expect(state.regionFilter == nil)
        case .startSearch:
            state.press(bound.key)
            #expect(state.search.editing)
        case .nextMatch:
            state.search.query = "ministerial"
            state.press(bound.key)
            #expect(state.selectedID == "mtg-2022-05-11-marrakesh")
        case .previousMatch:
            state.search.query = "ministerial"
            state.press(.end, bound.key)
            #expect(state.selectedID == "mtg-2023-06-08-tokyo")
        case .toggleTimeline:
            state.press(bound.key)
            #expect(state.view == .timeline)
        case .nextEvent:
            state.press(bound.key)
            #expect(state.timeline.event == 1)
        case .previousEvent:
            state.press(.end, bound.key)
            #expect(state.timeline.event == state.timelineModel.events(in: state.timeline.lane).count - 2)
        case .zoomIn:
            state.press(bound.key)
            #expect(state.timeline.zoom == .year)
        case .zoomOut:
            state.press(.character("+"), .character("+"), bound.key)
            #expect(state.timeline.zoom == .year)
        case .toggleHelp:
            state.press(bound.key)
            #expect(state.overlay == .help(scroll: 0))
        }
    }

    @Test func helpListsEveryBindingFromTheTable() {
        var state = AppState.fixture()
        state.press(.character("?"))
        let screen = state.screenText
        for binding in KeyTable.bindings {
            #expect(screen.contains(binding.summary), "\(binding.summary)")
            #expect(screen.contains(binding.keys.map(\.label).joined(separator: ", ")), "\(binding.summary)")
        }
    }

    /// On a short screen the help scrolls; together its pages still list every binding.
    @Test func helpScrollsToEveryBindingOnAShortScreen() {
        var state = AppState.fixture(80, 24)
        state.press(.character("?"))
        var seen = state.screenText
        for _ in KeyTable.bindings {
            state.press(.down)
            seen += state.screenText
        }
        for binding in KeyTable.bindings {
            #expect(seen.contains(binding.summary), "\(binding.summary)")
        }
    }
}
