import CoalitionModel

/// Selection and scroll position of one list.
public struct ListState: Hashable, Sendable {
    /// Position in the visible rows.
    public var selected = 0
    /// The first visible row.
    public var offset = 0
}

/// Where the keyboard goes.
public enum Focus: Hashable, Sendable {
    case list
    /// Inside the detail pane, moving between its links.
    case detail
}

public enum Overlay: Hashable, Sendable {
    case help(scroll: Int)
    case regionPicker(RegionPickerState)
}

/// The text being searched for. While `editing`, keys type into it.
public struct SearchState: Hashable, Sendable {
    public var query = ""
    public var editing = false
    /// Where each pane's selection was when the search started, so Esc can put it back.
    var selectionBeforeSearch: [Int] = []
}

/// A place to come back to with Esc: a pane and the record the detail showed.
public struct Location: Hashable, Sendable {
    public var pane: Pane
    public var record: RecordRef
    public var focus: Focus
}

/// The whole state of the dashboard as one value: `update` changes it, `Renderer` draws it.
public struct AppState: Sendable {
    public let dataset: Dataset
    public var size: TerminalSize
    public var options: DisplayOptions
    public var pane: Pane = .meetings
    public var focus: Focus = .list
    public var lists: [ListState] = Array(repeating: ListState(), count: Pane.allCases.count)
    /// An area slug or country code.
    public private(set) var regionFilter: String?
    public var search = SearchState()
    public var overlay: Overlay?
    /// The record the detail shows after following a link; nil means the list's selection.
    public var pinnedRecord: RecordRef?
    public var history: [Location] = []
    /// Position among the detail's links (-1: none chosen yet), and its scroll.
    public var detailLink = -1
    public var detailScroll = 0
    public var shouldQuit = false
    public var view: ViewMode = .browse
    public var timeline = TimelineState()
    /// The timeline's events under the current region filter.
    public private(set) var timelineModel: TimelineModel

    /// Indices into the dataset's arrays of the rows each pane shows under the region filter.
    public private(set) var visibleRows: [[Int]]
    let searchCache: SearchCache

    public init(dataset: Dataset, size: TerminalSize, options: DisplayOptions = DisplayOptions()) {
        self.dataset = dataset
        self.size = size
        self.options = options
        self.searchCache = SearchCache(dataset: dataset)
        self.visibleRows = Pane.allCases.map { Array(0..<RecordRows.count($0, in: dataset)) }
        self.timelineModel = TimelineModel(dataset: dataset, region: nil)
    }

    // MARK: Derived values

    public func rows(_ pane: Pane) -> [Int] { visibleRows[pane.rawValue] }

    /// The record selected in a pane's list, if it shows any row.
    public func selectedRecord(in pane: Pane) -> RecordRef? {
        let rows = rows(pane)
        let position = lists[pane.rawValue].selected
        guard rows.indices.contains(position) else { return nil }
        return RecordRows.reference(pane, rows[position], in: dataset)
    }

    /// What the detail pane shows.
    public var detailRecord: RecordRef? { pinnedRecord ?? selectedRecord(in: pane) }

    /// For each pane, which records (by dataset index) the search matches; all false without one.
    public func searchMatches() -> [[Bool]] {
        searchCache.matches(for: search.query)
    }

    public func isMatch(_ pane: Pane, row index: Int) -> Bool {
        !search.query.isEmpty && searchMatches()[pane.rawValue][index]
    }

    /// Matches among the rows the pane shows.
    public func matchCount(_ pane: Pane) -> Int {
        guard !search.query.isEmpty else { return 0 }
        let matches = searchMatches()[pane.rawValue]
        return rows(pane).reduce(0) { $0 + (matches[$1] ? 1 : 0) }
    }

    // MARK: Changes that keep the state consistent

    /// Applies or clears the region filter, keeping each pane on the same record where it still shows.
    public mutating func setRegionFilter(_ region: String?) {
        let previous = Pane.allCases.map { selectedRecord(in: $0) }
        regionFilter = region
        visibleRows = Pane.allCases.map { pane in
            let all = 0..<RecordRows.count(pane, in: dataset)
            guard let region else { return Array(all) }
            return all.filter { RecordRows.matches(pane, $0, region: region, in: dataset) }
        }
        for pane in Pane.allCases {
            let rows = rows(pane)
            let position = previous[pane.rawValue].flatMap { record in
                rows.firstIndex { RecordRows.reference(pane, $0, in: dataset) == record }
            }
            lists[pane.rawValue] = ListState(selected: position ?? 0, offset: 0)
        }
        pinnedRecord = nil
        detailLink = -1
        detailScroll = 0
        timelineModel = TimelineModel(dataset: dataset, region: region)
    }

    /// The event under the timeline cursor.
    public var timelineEvent: TimelineEvent? {
        let events = timelineModel.events(in: timeline.lane)
        return events.indices.contains(timeline.event) ? events[timeline.event] : nil
    }

    /// Selects a record in its pane if the filter shows it; returns whether it did.
    @discardableResult
    public mutating func select(_ record: RecordRef) -> Bool {
        let pane = AppState.pane(of: record)
        guard let position = rows(pane).firstIndex(where: { RecordRows.reference(pane, $0, in: dataset) == record }) else { return false }
        lists[pane.rawValue].selected = position
        return true
    }

    public static func pane(of record: RecordRef) -> Pane {
        switch record {
        case .meeting: .meetings
        case .resolution: .resolutions
        case .session: .sessions
        case .member: .members
        }
    }
}
