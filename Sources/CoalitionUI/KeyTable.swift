/// What a key asks the dashboard to do.
public enum Action: Hashable, Sendable {
    case quit
    case nextPane, previousPane, focusPane(Pane)
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back
    case openRegionPicker, clearRegion
    case startSearch, nextMatch, previousMatch
    case toggleHelp
}

/// One line of the key table: the keys, the action and what the help overlay says about it.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var summary: String
}

/// The single table the dashboard dispatches on and the help overlay is generated from,
/// so the help can never disagree with what the keys do.
public enum KeyTable {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.tab], action: .nextPane, summary: "next pane"),
        KeyBinding(keys: [.backTab], action: .previousPane, summary: "previous pane"),
        KeyBinding(keys: [.character("1")], action: .focusPane(.meetings), summary: "Meetings"),
        KeyBinding(keys: [.character("2")], action: .focusPane(.resolutions), summary: "Resolutions"),
        KeyBinding(keys: [.character("3")], action: .focusPane(.sessions), summary: "Africa Focus Group"),
        KeyBinding(keys: [.character("4")], action: .focusPane(.members), summary: "Members"),
        KeyBinding(keys: [.up, .character("k")], action: .moveUp, summary: "move up"),
        KeyBinding(keys: [.down, .character("j")], action: .moveDown, summary: "move down"),
        KeyBinding(keys: [.pageUp], action: .pageUp, summary: "page up"),
        KeyBinding(keys: [.pageDown, .character(" ")], action: .pageDown, summary: "page down"),
        KeyBinding(keys: [.home, .character("g")], action: .top, summary: "first row"),
        KeyBinding(keys: [.end, .character("G")], action: .bottom, summary: "last row"),
        KeyBinding(keys: [.enter, .right, .character("l")], action: .open, summary: "open the record, or follow the selected link"),
        KeyBinding(keys: [.escape, .backspace, .left, .character("h")], action: .back, summary: "go back, close an overlay"),
        KeyBinding(keys: [.character("r")], action: .openRegionPicker, summary: "filter by region"),
        KeyBinding(keys: [.character("R")], action: .clearRegion, summary: "clear the region filter"),
        KeyBinding(keys: [.character("/")], action: .startSearch, summary: "search all panes"),
        KeyBinding(keys: [.character("n")], action: .nextMatch, summary: "next match"),
        KeyBinding(keys: [.character("N")], action: .previousMatch, summary: "previous match"),
        KeyBinding(keys: [.character("?")], action: .toggleHelp, summary: "this help"),
        KeyBinding(keys: [.character("q"), .control("c")], action: .quit, summary: "quit"),
    ]

    private static let lookup: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys where table[key] == nil { table[key] = binding.action }
        }
        return table
    }()

    public static func action(for key: Key) -> Action? { lookup[key] }
}
