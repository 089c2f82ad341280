/// Where the keyboard goes, which decides what each key means. Every state is in exactly one mode.
public enum KeyMode: Hashable, Sendable, CaseIterable {
    case list, detail, timeline, narrowTimeline, themes, coverage, comparison, searchPrompt, prompt, regionPicker, help

    public static func of(_ state: AppState) -> KeyMode {
        switch state.overlay {
        case .help?: return .help
        case .regionPicker?: return .regionPicker
        case .prompt?: return .prompt
        case nil: break
        }
        if state.search.editing { return .searchPrompt }
        switch state.view {
        case .timeline: return TimelineChart.isVertical(width: state.size.columns) ? .narrowTimeline : .timeline
        case .themes: return .themes
        case .coverage: return .coverage
        case .comparison: return .comparison
        case .browse: return state.focus == .detail ? .detail : .list
        }
    }

    public var title: String {
        switch self {
        case .list: "Lists"
        case .detail: "Detail pane"
        case .timeline: "Timeline"
        case .narrowTimeline: "Narrow timeline (under \(TimelineChart.minimumChartWidth) columns)"
        case .themes: "Themes matrix"
        case .coverage: "Coverage report"
        case .comparison: "Comparison"
        case .searchPrompt: "While searching"
        case .prompt: "In the dates and go-to-date prompts"
        case .regionPicker: "Region picker"
        case .help: "This help"
        }
    }

    /// The modes where the dashboard's views show, as opposed to a prompt or an overlay.
    public static let views: Set<KeyMode> = [.list, .detail, .timeline, .narrowTimeline, .themes, .coverage, .comparison]
    static let browsing: Set<KeyMode> = [.list, .detail]
    static let timelines: Set<KeyMode> = [.timeline, .narrowTimeline]
    /// The views that fill the screen with a report: the themes matrix, the coverage, a comparison.
    static let reports: Set<KeyMode> = [.themes, .coverage, .comparison]
    /// The scrolling reports.
    static let documents: Set<KeyMode> = [.coverage, .comparison]
}

/// The status bar's short form of a binding ("r region"), and how much it matters when the bar is
/// too narrow for every hint: lower numbers show first; priority 0 always shows.
public struct KeyHint: Hashable, Sendable {
    public var keys: String?
    public var words: String
    public var priority: Int
    /// The modes the hint shows in, where not all of its binding's: a view's key is not offered
    /// as a hint in the view it would leave.
    public var modes: Set<KeyMode>?

    public init(_ words: String, keys: String? = nil, priority: Int, in modes: Set<KeyMode>? = nil) {
        self.words = words
        self.keys = keys
        self.priority = priority
        self.modes = modes
    }
}

/// One binding of the key table: the keys, the modes they work in, the action, the help line and
/// the status-bar hint.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var modes: Set<KeyMode>
    public var action: Action
    public var help: String
    public var hint: KeyHint?

    public init(_ keys: [Key], in modes: Set<KeyMode>, _ action: Action, help: String, hint: KeyHint? = nil) {
        self.keys = keys
        self.modes = modes
        self.action = action
        self.help = help
        self.hint = hint
    }

    /// "Enter, Right, l".
    public var keyLabels: String { keys.map(\.label).joined(separator: ", ") }

    /// "Enter open": the hint's own key names, else the first key's.
    public var hintText: String? {
        hint.map { ($0.keys ?? keys.first?.label ?? "") + " " + $0.words }
    }
}

/// The single table every key goes through: dispatch, the help overlay, the status-bar hints and
/// the manual's KEYS section are all generated from it, so none can disagree with what keys do.
/// Characters a binding does not claim are typed in `typingModes`.
public enum KeyTable {
    public static let bindings: [KeyBinding] = viewBindings + promptBindings + [
        KeyBinding([.control("c")], in: Set(KeyMode.allCases), .quit, help: "quit, from anywhere"),
    ]

    /// The modes where unclaimed characters are typed into a query.
    public static let typingModes: Set<KeyMode> = [.searchPrompt, .prompt, .regionPicker]
    public static let typingHelp = "type into the query"

    private static let views = KeyMode.views
    private static let browsing = KeyMode.browsing
    private static let timelines = KeyMode.timelines
    private static let reports = KeyMode.reports
    private static let documents = KeyMode.documents

    private static let viewBindings: [KeyBinding] = [
        // The panes' tabs show their digits, so Tab's hint gives way first.
        KeyBinding([.tab], in: views, .nextPane, help: "next pane", hint: KeyHint("pane", priority: 7)),
        KeyBinding([.backTab], in: views, .previousPane, help: "previous pane"),
    ] + Pane.allCases.map { pane in
        KeyBinding([.character(pane.digit)], in: views, .focusPane(pane), help: pane.title)
    } + [
        // Lists and the detail pane.
        KeyBinding([.up, .character("k")], in: [.list], .moveUp, help: "previous row", hint: KeyHint("move", keys: "Up/Down", priority: 2)),
        KeyBinding([.down, .character("j")], in: [.list], .moveDown, help: "next row"),
        KeyBinding([.up, .character("k")], in: [.detail], .moveUp, help: "previous link; above the first, the top",
                   hint: KeyHint("links", keys: "Up/Down", priority: 2)),
        KeyBinding([.down, .character("j")], in: [.detail], .moveDown, help: "next link"),
        KeyBinding([.pageUp], in: [.list], .pageUp, help: "page up"),
        KeyBinding([.pageDown, .character(" ")], in: [.list], .pageDown, help: "page down"),
        KeyBinding([.pageUp], in: [.detail], .pageUp, help: "scroll up a page", hint: KeyHint("scroll", keys: "PgUp/PgDn", priority: 5)),
        KeyBinding([.pageDown, .character(" ")], in: [.detail], .pageDown, help: "scroll down a page"),
        KeyBinding([.home, .character("g")], in: browsing, .top, help: "first row, or the detail's top"),
        KeyBinding([.end, .character("G")], in: browsing, .bottom, help: "last row, or the detail's end"),
        KeyBinding([.enter, .right, .character("l")], in: [.list], .open, help: "open the record's details", hint: KeyHint("open", priority: 1)),
        KeyBinding([.enter, .right, .character("l")], in: [.detail], .open, help: "follow the chosen link, or open its source",
                   hint: KeyHint("follow", priority: 1)),
        KeyBinding([.escape, .backspace, .left, .character("h")], in: [.list], .back, help: "clear the search"),
        KeyBinding([.escape, .backspace, .left, .character("h")], in: [.detail], .back,
                   help: "back to the previous record, or to the list", hint: KeyHint("back", priority: 1)),
        KeyBinding([.character("/")], in: browsing, .startSearch, help: "search all panes", hint: KeyHint("search", priority: 3)),
        KeyBinding([.character("n")], in: browsing, .nextMatch, help: "next match, on through the panes"),
        KeyBinding([.character("N")], in: browsing, .previousMatch, help: "previous match"),
        KeyBinding([.character("m")], in: browsing, .mark, help: "mark this meeting or session to compare",
                   hint: KeyHint("mark", priority: 8)),
        KeyBinding([.character("c")], in: browsing, .compare, help: "compare the marked one with this one",
                   hint: KeyHint("compare", priority: 8)),
        KeyBinding([.character("f"), .character("&")], in: browsing, .toggleMatchesOnly,
                   help: "only the matching rows, or all again", hint: KeyHint("only", priority: 8)),
        KeyBinding([.character("s")], in: browsing, .cycleSort,
                   help: "next sort of the pane; its title names it", hint: KeyHint("sort", priority: 7)),
        KeyBinding([.character("S")], in: browsing, .reverseSort,
                   help: "reverse the pane's sort: newest, or Z, first"),
        KeyBinding([.character("y")], in: browsing, .toggleMembersByYear,
                   help: "members by year, or back to the Members list"),
        // The timeline: wide, lanes across; narrow, one list of events down.
        KeyBinding([.left, .character("h")], in: [.timeline], .previousEvent, help: "earlier event in the lane",
                   hint: KeyHint("events", keys: "Left/Right", priority: 1)),
        KeyBinding([.right, .character("l")], in: [.timeline], .nextEvent, help: "later event in the lane"),
        KeyBinding([.up, .character("k")], in: [.timeline], .previousLane, help: "the lane above, on its event nearest in time",
                   hint: KeyHint("lanes", keys: "Up/Down", priority: 1)),
        KeyBinding([.down, .character("j")], in: [.timeline], .nextLane, help: "the lane below, on its event nearest in time"),
        KeyBinding([.up, .character("k"), .left, .character("h")], in: [.narrowTimeline], .previousEvent, help: "earlier event",
                   hint: KeyHint("events", keys: "Up/Down", priority: 1)),
        KeyBinding([.down, .character("j"), .right, .character("l")], in: [.narrowTimeline], .nextEvent, help: "later event"),
        KeyBinding([.home, .character("g")], in: timelines, .top, help: "first event of the lane"),
        KeyBinding([.end, .character("G")], in: timelines, .bottom, help: "last event of the lane"),
        KeyBinding([.character("+"), .character("=")], in: timelines, .zoomIn, help: "zoom in (whole span, year, quarter, month)",
                   hint: KeyHint("zoom", keys: "+/-", priority: 5)),
        KeyBinding([.character("-")], in: timelines, .zoomOut, help: "zoom out"),
        KeyBinding([.enter], in: timelines, .open, help: "open the event's record", hint: KeyHint("open", priority: 2)),
        KeyBinding([.escape, .backspace], in: timelines, .back, help: "back to the lists"),
        KeyBinding([.character(":")], in: timelines, .openGoToDate, help: "go to the first event on or after a date",
                   hint: KeyHint("go to date", priority: 7)),
        // The themes matrix.
        KeyBinding([.up, .character("k")], in: [.themes], .moveUp, help: "the theme above", hint: KeyHint("move", keys: "arrows", priority: 2)),
        KeyBinding([.down, .character("j")], in: [.themes], .moveDown, help: "the theme below"),
        KeyBinding([.left, .character("h")], in: [.themes], .moveLeft, help: "the year or meeting before"),
        KeyBinding([.right, .character("l")], in: [.themes], .moveRight, help: "the year or meeting after"),
        KeyBinding([.home, .character("g")], in: [.themes], .top, help: "the first theme"),
        KeyBinding([.end, .character("G")], in: [.themes], .bottom, help: "the last theme"),
        KeyBinding([.enter], in: [.themes], .open, help: "list the cell's statements (Esc: back)", hint: KeyHint("list", priority: 1)),
        KeyBinding([.character("b")], in: [.themes], .toggleThemeAxis, help: "columns by year or by meeting and session",
                   hint: KeyHint("by year/meeting", priority: 5)),
        // The coverage report and a comparison.
        KeyBinding([.up, .character("k")], in: [.coverage], .moveUp, help: "previous record", hint: KeyHint("move", keys: "Up/Down", priority: 2)),
        KeyBinding([.down, .character("j")], in: [.coverage], .moveDown, help: "next record"),
        KeyBinding([.enter, .right, .character("l")], in: [.coverage], .open, help: "open the record (Esc: back)",
                   hint: KeyHint("open", priority: 1)),
        KeyBinding([.up, .character("k")], in: [.comparison], .moveUp, help: "scroll up a line", hint: KeyHint("scroll", keys: "Up/Down", priority: 2)),
        KeyBinding([.down, .character("j")], in: [.comparison], .moveDown, help: "scroll down a line"),
        KeyBinding([.pageUp], in: documents, .pageUp, help: "up a page"),
        KeyBinding([.pageDown, .character(" ")], in: documents, .pageDown, help: "down a page"),
        KeyBinding([.home, .character("g")], in: documents, .top, help: "the top"),
        KeyBinding([.end, .character("G")], in: documents, .bottom, help: "the end"),
        KeyBinding([.escape, .backspace], in: reports, .back, help: "back to the lists", hint: KeyHint("back", priority: 1)),
        // Everywhere in the views.
        KeyBinding([.character("t"), .character(Pane.timelineDigit)], in: browsing.union(reports), .toggleTimeline,
                   help: "timeline of meetings, sessions and membership", hint: KeyHint("timeline", priority: 6)),
        KeyBinding([.character("t"), .character(Pane.timelineDigit)], in: timelines, .toggleTimeline,
                   help: "back to the lists", hint: KeyHint("back", priority: 3)),
        // The views are found only through their hints and the help, so they come before sorting.
        KeyBinding([.character(Pane.themesDigit)], in: views, .toggleThemes,
                   help: "themes against years (again: the lists)", hint: KeyHint("themes", priority: 6, in: views.subtracting([.themes]))),
        KeyBinding([.character(Pane.coverageDigit)], in: views, .toggleCoverage,
                   help: "coverage of the record (again: the lists)", hint: KeyHint("coverage", priority: 6, in: views.subtracting([.coverage]))),
        KeyBinding([.character("o")], in: views.subtracting(reports), .openSource,
                   help: "open the source (the chosen one) in a browser", hint: KeyHint("source", priority: 7)),
        KeyBinding([.character("r")], in: views, .openRegionPicker, help: "filter by region", hint: KeyHint("region", priority: 4)),
        KeyBinding([.character("R")], in: views, .clearRegion, help: "clear the region filter"),
        KeyBinding([.character("d")], in: views, .openDatePrompt, help: "filter by dates: 2022, 2021-06.., ..2019",
                   hint: KeyHint("dates", priority: 5)),
        KeyBinding([.character("x")], in: views, .clearFilters, help: "clear all filters: region, dates, search"),
        KeyBinding([.character("?")], in: views, .toggleHelp, help: "this help", hint: KeyHint("help", priority: 0)),
        KeyBinding([.character("q")], in: views, .quit, help: "quit", hint: KeyHint("quit", priority: 2)),
    ]

    private static let promptBindings: [KeyBinding] = [
        // The search prompt.
        KeyBinding([.enter], in: [.searchPrompt], .confirm, help: "keep the search and browse its matches", hint: KeyHint("keep", priority: 1)),
        KeyBinding([.escape], in: [.searchPrompt], .cancel, help: "cancel; the selection goes back", hint: KeyHint("cancel", priority: 1)),
        KeyBinding([.backspace], in: [.searchPrompt], .deleteBackward, help: "delete the last character"),
        // The dates and go-to-date prompts.
        KeyBinding([.enter], in: [.prompt], .confirm, help: "apply, or say what is wrong", hint: KeyHint("apply", priority: 1)),
        KeyBinding([.escape], in: [.prompt], .cancel, help: "close without changing anything", hint: KeyHint("cancel", priority: 1)),
        KeyBinding([.backspace], in: [.prompt], .deleteBackward, help: "delete the last character"),
        // The region picker.
        KeyBinding([.up], in: [.regionPicker], .moveUp, help: "previous region", hint: KeyHint("choose", keys: "Up/Down", priority: 2)),
        KeyBinding([.down], in: [.regionPicker], .moveDown, help: "next region"),
        KeyBinding([.pageUp], in: [.regionPicker], .pageUp, help: "ten regions up"),
        KeyBinding([.pageDown], in: [.regionPicker], .pageDown, help: "ten regions down"),
        KeyBinding([.home], in: [.regionPicker], .top, help: "first region"),
        KeyBinding([.end], in: [.regionPicker], .bottom, help: "last region"),
        KeyBinding([.enter], in: [.regionPicker], .confirm, help: "filter by the chosen region", hint: KeyHint("apply", priority: 1)),
        KeyBinding([.escape], in: [.regionPicker], .cancel, help: "close without filtering", hint: KeyHint("close", priority: 1)),
        KeyBinding([.backspace], in: [.regionPicker], .deleteBackward, help: "delete the last character"),
        // The help overlay.
        KeyBinding([.up, .character("k")], in: [.help], .moveUp, help: "scroll up", hint: KeyHint("scroll", keys: "Up/Down", priority: 2)),
        KeyBinding([.down, .character("j")], in: [.help], .moveDown, help: "scroll down"),
        KeyBinding([.pageUp], in: [.help], .pageUp, help: "scroll up a page"),
        KeyBinding([.pageDown, .character(" ")], in: [.help], .pageDown, help: "scroll down a page"),
        KeyBinding([.escape, .backspace, .character("?"), .character("q"), .enter], in: [.help], .cancel, help: "close the help",
                   hint: KeyHint("close", keys: "Esc", priority: 0)),
    ]

    /// What a key does in a mode, or nil when it does nothing there.
    public static func action(for key: Key, in mode: KeyMode) -> Action? {
        if let binding = bindings.first(where: { $0.modes.contains(mode) && $0.keys.contains(key) }) { return binding.action }
        if typingModes.contains(mode), case .character(let character) = key { return .insert(String(character)) }
        return nil
    }

    public static func action(for key: Key, in state: AppState) -> Action? {
        action(for: key, in: KeyMode.of(state))
    }
}
