/// What a key asks the dashboard to do.
public enum Action: Hashable, Sendable {
    case quit
    case nextPane, previousPane, focusPane(Pane)
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back
    case openRegionPicker, clearRegion
    case startSearch, nextMatch, previousMatch
    case toggleTimeline, previousEvent, nextEvent, zoomIn, zoomOut
    case toggleHelp
}

/// Where a binding applies: the lists and detail, the timeline, or both.
public enum KeyContext: Hashable, Sendable, CaseIterable {
    case everywhere, browsing, timeline

    public var title: String {
        switch self {
        case .everywhere: "Everywhere"
        case .browsing: "Lists and details"
        case .timeline: "Timeline"
        }
    }

    func applies(to view: ViewMode) -> Bool {
        switch self {
        case .everywhere: true
        case .browsing: view == .browse
        case .timeline: view == .timeline
        }
    }
}

/// One line of the key table: the keys, the action and what the help overlay says about it.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var summary: String
    public var context: KeyContext
}

/// The single table the dashboard dispatches on and the help overlay is generated from,
/// so the help can never disagree with what the keys do.
public enum KeyTable {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.tab], action: .nextPane, summary: "next pane", context: .everywhere),
        KeyBinding(keys: [.backTab], action: .previousPane, summary: "previous pane", context: .everywhere),
        KeyBinding(keys: [.character("1")], action: .focusPane(.meetings), summary: "Meetings", context: .everywhere),
        KeyBinding(keys: [.character("2")], action: .focusPane(.resolutions), summary: "Resolutions", context: .everywhere),
        KeyBinding(keys: [.character("3")], action: .focusPane(.sessions), summary: "Africa Focus Group", context: .everywhere),
        KeyBinding(keys: [.character("4")], action: .focusPane(.members), summary: "Members", context: .everywhere),
        KeyBinding(keys: [.character("t"), .character("5")], action: .toggleTimeline, summary: "timeline of meetings, sessions and membership", context: .everywhere),
        KeyBinding(keys: [.up, .character("k")], action: .moveUp, summary: "move up (in the timeline: the lane above)", context: .everywhere),
        KeyBinding(keys: [.down, .character("j")], action: .moveDown, summary: "move down (in the timeline: the lane below)", context: .everywhere),
        KeyBinding(keys: [.pageUp], action: .pageUp, summary: "page up", context: .browsing),
        KeyBinding(keys: [.pageDown, .character(" ")], action: .pageDown, summary: "page down", context: .browsing),
        KeyBinding(keys: [.home, .character("g")], action: .top, summary: "first row or event", context: .everywhere),
        KeyBinding(keys: [.end, .character("G")], action: .bottom, summary: "last row or event", context: .everywhere),
        KeyBinding(keys: [.enter, .right, .character("l")], action: .open, summary: "open the record, or follow the chosen link", context: .browsing),
        KeyBinding(keys: [.escape, .backspace, .left, .character("h")], action: .back, summary: "go back, close an overlay", context: .browsing),
        KeyBinding(keys: [.left, .character("h")], action: .previousEvent, summary: "earlier event in the lane", context: .timeline),
        KeyBinding(keys: [.right, .character("l")], action: .nextEvent, summary: "later event in the lane", context: .timeline),
        KeyBinding(keys: [.character("+"), .character("=")], action: .zoomIn, summary: "zoom in (whole span, year, quarter, month)", context: .timeline),
        KeyBinding(keys: [.character("-")], action: .zoomOut, summary: "zoom out", context: .timeline),
        KeyBinding(keys: [.enter], action: .open, summary: "open the event's record", context: .timeline),
        KeyBinding(keys: [.escape, .backspace], action: .back, summary: "back to the lists", context: .timeline),
        KeyBinding(keys: [.character("r")], action: .openRegionPicker, summary: "filter by region", context: .everywhere),
        KeyBinding(keys: [.character("R")], action: .clearRegion, summary: "clear the region filter", context: .everywhere),
        KeyBinding(keys: [.character("/")], action: .startSearch, summary: "search all panes", context: .browsing),
        KeyBinding(keys: [.character("n")], action: .nextMatch, summary: "next match", context: .browsing),
        KeyBinding(keys: [.character("N")], action: .previousMatch, summary: "previous match", context: .browsing),
        KeyBinding(keys: [.character("?")], action: .toggleHelp, summary: "this help", context: .everywhere),
        KeyBinding(keys: [.character("q"), .control("c")], action: .quit, summary: "quit", context: .everywhere),
    ]

    public static func action(for key: Key, in view: ViewMode) -> Action? {
        bindings.first { $0.context.applies(to: view) && $0.keys.contains(key) }?.action
    }
}
