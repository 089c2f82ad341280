import CoalitionModel

/// Selection and scroll position of one list.
public struct ListState: Hashable, Sendable {
    /// Position in the visible rows.
    public internal(set) var selected = 0
    /// The first visible row.
    public internal(set) var offset = 0
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
    public internal(set) var query = ""
    public internal(set) var editing = false
    /// True while a command builds the search index; matches show when it is done.
    public internal(set) var indexing = false
    /// Where each pane's selection was when the search started, so Esc can put it back.
    var selectionBeforeSearch: [Int] = []
}

/// A place to come back to with Esc: a pane and the record the detail showed, the timeline as it
/// was when one of its events was opened, or the report view (the coverage) a record was opened from.
public struct Location: Hashable, Sendable {
    public var pane: Pane
    public var record: RecordRef
    public var focus: Focus
    /// Set when the place is the timeline: its lane, event and zoom.
    public var timeline: TimelineState?
    /// Set when the place is a report view: the coverage.
    public var report: ViewMode?

    init(pane: Pane, record: RecordRef, focus: Focus) {
        self.pane = pane
        self.record = record
        self.focus = focus
    }

    /// The timeline, from which `record` was opened; the lists stay on `pane` underneath.
    init(returningTo timeline: TimelineState, pane: Pane, record: RecordRef) {
        self.init(pane: pane, record: record, focus: .list)
        self.timeline = timeline
    }

    /// A report view, from which `record` was opened; the lists stay on `pane` underneath.
    init(returningTo report: ViewMode, pane: Pane, record: RecordRef) {
        self.init(pane: pane, record: record, focus: .list)
        self.report = report
    }
}

/// The whole state of the dashboard as one value. Only `Update` changes it (every setter is
/// internal to this module, where `Update` is the only writer); `Renderer` only reads it. What is
/// derived from the state (visible rows, search matches, the detail's lines) is kept beside it,
/// recomputed by `Update` once per change, so drawing never computes it again.
public struct AppState: Equatable, Sendable {
    public let data: DashboardData
    public internal(set) var size: TerminalSize
    public internal(set) var options: DisplayOptions
    public internal(set) var pane: Pane = .meetings
    public internal(set) var focus: Focus = .list
    public internal(set) var lists: [ListState] = Array(repeating: ListState(), count: Pane.allCases.count)
    /// An area slug or country code.
    public internal(set) var regionFilter: String?
    public internal(set) var search = SearchState()
    public internal(set) var overlay: Overlay?
    /// The record the detail shows after following a link; nil means the list's selection.
    public internal(set) var pinnedRecord: RecordRef?
    public internal(set) var history: [Location] = []
    /// Position among the detail's links (-1: none chosen yet), and its scroll.
    public internal(set) var detailLink = -1
    public internal(set) var detailScroll = 0
    public internal(set) var shouldQuit = false
    public internal(set) var view: ViewMode = .browse
    public internal(set) var timeline = TimelineState()
    public internal(set) var themes = ThemesState()
    /// The resolutions pane shows only this cell's statements, after Enter on the themes matrix.
    public internal(set) var themeCellFilter: ThemeCellFilter?
    public internal(set) var coverage = CoverageState()
    /// The meeting or session `m` marked, to compare with another; filters leave it marked.
    public internal(set) var marked: RecordRef?
    public internal(set) var comparison: ComparisonState?
    /// The Members pane shows members by year (`y`), with this year selected; nil shows the list.
    public internal(set) var membersByYear: ListState?
    /// A one-off message for the status line ("opened www.state.gov", "nothing marked"), until the next key.
    public internal(set) var message: String?
    /// `$BROWSER` as the command line found it; nil uses `LinkLaunch.fallback`.
    public internal(set) var browser: String?

    // MARK: Derived by Update

    /// Indices into the dataset's arrays of the rows each pane shows under the region filter.
    public internal(set) var visibleRows: [[Int]]
    /// For each pane, which records (by dataset index) the search matches; all false without one.
    public internal(set) var searchMatches: [[Bool]] = []
    /// The detail pane's lines for `detailRecord` at the pane's width.
    public internal(set) var detail = DetailContent.empty
    /// What `detail` was built for, so it is rebuilt only when that changes.
    var detailSource: DetailSource?
    /// The coverage or comparison view's lines at the view's width.
    public internal(set) var report = ReportContent.empty
    var reportSource: ReportContent.Source?

    struct DetailSource: Hashable, Sendable {
        var record: RecordRef
        var width: Int
        var ascii: Bool
    }

    public var dataset: Dataset { data.dataset }

    /// The timeline's events under the current region filter.
    public var timelineModel: TimelineModel { data.timeline(region: regionFilter) }

    public init(data: DashboardData, size: TerminalSize, options: DisplayOptions = DisplayOptions()) {
        self.data = data
        self.size = size
        self.options = options
        self.visibleRows = Pane.allCases.map { Array(0..<RecordRows.count($0, in: data.dataset)) }
        Update.refreshDerived(&self)
    }

    public init(dataset: Dataset, size: TerminalSize, options: DisplayOptions = DisplayOptions()) {
        self.init(data: DashboardData(dataset: dataset), size: size, options: options)
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

    public func isMatch(_ pane: Pane, row index: Int) -> Bool {
        !search.query.isEmpty && searchMatches.indices.contains(pane.rawValue) && searchMatches[pane.rawValue][index]
    }

    /// Matches among the rows the pane shows.
    public func matchCount(_ pane: Pane) -> Int {
        guard !search.query.isEmpty, searchMatches.indices.contains(pane.rawValue) else { return 0 }
        let matches = searchMatches[pane.rawValue]
        return rows(pane).reduce(0) { $0 + (matches[$1] ? 1 : 0) }
    }

    /// The event under the timeline cursor.
    public var timelineEvent: TimelineEvent? {
        let events = timelineModel.events(in: timeline.lane)
        return events.indices.contains(timeline.event) ? events[timeline.event] : nil
    }

    public static func pane(of record: RecordRef) -> Pane {
        switch record {
        case .meeting: .meetings
        case .resolution: .resolutions
        case .session: .sessions
        case .member: .members
        }
    }

    // MARK: Changes that keep the state consistent (for Update)

    /// Applies or clears the region filter, keeping each pane on the same record where it still
    /// shows. A themes cell listed before was counted under the old filter, so it goes.
    mutating func setRegionFilter(_ region: String?) {
        refilter {
            $0.regionFilter = region
            $0.themeCellFilter = nil
        }
    }

    /// Narrows the resolutions pane to a cell of the themes matrix, or widens it again.
    mutating func setThemeCellFilter(_ filter: ThemeCellFilter?) {
        refilter { $0.themeCellFilter = filter }
    }

    /// Changes the filters and recomputes the rows each pane shows, keeping each pane on the same
    /// record where it still shows.
    private mutating func refilter(_ change: (inout AppState) -> Void) {
        let previous = Pane.allCases.map { pane in
            rows(pane).indices.contains(lists[pane.rawValue].selected) ? rows(pane)[lists[pane.rawValue].selected] : nil
        }
        change(&self)
        let membership = regionFilter.map { _ in data.membership() }
        visibleRows = Pane.allCases.map { pane in
            if pane == .resolutions, let cell = themeCellFilter {
                // The cell was counted under the region filter; its statements are already within it.
                return cell.statementIDs.compactMap { dataset.index(of: .resolution($0)) }.sorted()
            }
            guard let region = regionFilter, let membership else { return Array(0..<RecordRows.count(pane, in: dataset)) }
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

    /// Selects a record in its pane if the filter shows it; returns whether it did.
    @discardableResult
    mutating func select(_ record: RecordRef) -> Bool {
        let pane = AppState.pane(of: record)
        guard let index = dataset.index(of: record), let position = position(ofRecordAt: index, in: pane) else { return false }
        lists[pane.rawValue].selected = position
        return true
    }
}
