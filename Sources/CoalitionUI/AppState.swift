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
    /// Indices into the dataset's arrays of the rows each pane shows under the region filter.
    public private(set) var visibleRows: [[Int]]
    let searchCache: SearchCache
    let derived: DerivedDataCache

    /// The timeline's events under the current region filter.
    public var timelineModel: TimelineModel { derived.timeline(region: regionFilter) }

    public init(dataset: Dataset, size: TerminalSize, options: DisplayOptions = DisplayOptions()) {
        self.dataset = dataset
        self.size = size
        self.options = options
        self.searchCache = SearchCache(dataset: dataset)
        self.derived = DerivedDataCache(dataset: dataset)
        self.visibleRows = Pane.allCases.map { Array(0..<RecordRows.count($0, in: dataset)) }
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
        let previous = Pane.allCases.map { pane in
            rows(pane).indices.contains(lists[pane.rawValue].selected) ? rows(pane)[lists[pane.rawValue].selected] : nil
        }
        regionFilter = region
        let membership = region.map { _ in derived.membership() }
        visibleRows = Pane.allCases.map { pane in
            guard let region, let membership else { return Array(0..<RecordRows.count(pane, in: dataset)) }
            return membership.records(in: pane, region: region)
        }
        for pane in Pane.allCases {
            let kept = previous[pane.rawValue].flatMap { position(ofRecordAt: $0, in: pane) }
            lists[pane.rawValue] = ListState(selected: kept ?? 0, offset: 0)
        }
        pinnedRecord = nil
        detailLink = -1
        detailScroll = 0
    }

    /// Where the record at a dataset index stands in the pane's rows, which are in dataset order.
    private func position(ofRecordAt index: Int, in pane: Pane) -> Int? {
        let rows = rows(pane)
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low < rows.count && rows[low] == index ? low : nil
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
        guard let index = dataset.index(of: record), let position = position(ofRecordAt: index, in: pane) else { return false }
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
