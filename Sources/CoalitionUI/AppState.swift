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
    /// A one-line prompt on the status line (dates, go to date).
    case prompt(PromptState)
}

/// The text being searched for. While `editing`, keys type into it.
public struct SearchState: Hashable, Sendable {
    public internal(set) var query = ""
    public internal(set) var editing = false
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
    /// Replaced only by a reload (`ReloadUpdate`).
    public internal(set) var data: DashboardData
    public internal(set) var size: TerminalSize
    public internal(set) var options: DisplayOptions
    public internal(set) var pane: Pane = .meetings
    public internal(set) var focus: Focus = .list
    public internal(set) var lists: [ListState] = Array(repeating: ListState(), count: Pane.allCases.count)
    /// An area slug, analyst region id or country code.
    public internal(set) var regionFilter: String?
    /// The date filter, applied to every pane and the timeline (`Dataset.isWithin`).
    public internal(set) var dateBounds = DateBounds()
    /// Each pane's order, by `Pane.rawValue`; each starts in its kind's first order.
    public internal(set) var sortOrders: [RecordOrder] = Pane.allCases.map { RecordOrder.orders(for: $0.recordKind)[0] }
    /// Each pane's order reversed (`S`): newest, last in the alphabet, first.
    public internal(set) var sortDescending: [Bool] = Pane.allCases.map { _ in false }
    /// Filter-to-matches: with a search, the lists show only the rows it matches.
    public internal(set) var matchesOnly = false
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
    /// The indexes a command is building now, so none is asked for twice.
    public internal(set) var building: Set<DataIndex> = []
    /// The Members pane shows members by year (`y`), with this year selected; nil shows the list.
    public internal(set) var membersByYear: ListState?
    /// A one-off message for the status line ("opened www.state.gov", "nothing marked"), until the next key.
    public internal(set) var message: String?
    /// `$BROWSER` as the command line found it; nil uses `LinkLaunch.fallback`.
    public internal(set) var browser: String?
    /// What the status line says about the last reload, if anything (see `ReloadUpdate`).
    public internal(set) var reloadNotice: ReloadNotice?

    // MARK: Derived by Update

    /// Indices into the dataset's arrays of the rows each pane shows under the filters, in its order.
    public internal(set) var visibleRows: [[Int]]
    /// For the rows in view, by dataset index: why a row shows that its columns do not say
    /// ("via Africa", "matched in themes").
    public internal(set) var rowNotes: [[Int: String]] = Pane.allCases.map { _ in [:] }
    /// For each pane the filters leave empty, the nearest filter with rows and how many ("no dates (6)").
    public internal(set) var emptyAdvice: [String?] = Pane.allCases.map { _ in nil }
    /// For each pane, which records (by dataset index) the search matches; all false without one.
    public internal(set) var searchMatches: [[Bool]] = []
    /// The query `searchMatches` hold the matches of: the next query narrows them when it extends it.
    var searchMatchesQuery = ""
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

    /// The timeline's events under the current region and date filters.
    public var timelineModel: TimelineModel { data.timeline(region: regionFilter, dates: dateBounds) }

    public init(data: DashboardData, size: TerminalSize, options: DisplayOptions = DisplayOptions()) {
        self.data = data
        self.size = size
        self.options = options
        self.visibleRows = Pane.allCases.map { _ in [] }
        applyFilters()
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

    /// True while the query waits for the search index's command; the status bar says "indexing…".
    public var searchIsIndexing: Bool { !search.query.isEmpty && searchMatches.isEmpty }

    public func isMatch(_ pane: Pane, row index: Int) -> Bool {
        !search.query.isEmpty && searchMatches.indices.contains(pane.rawValue) && searchMatches[pane.rawValue][index]
    }

    /// Whether filter-to-matches is narrowing the lists now: on, with a search that has matches.
    public var isFilteringToMatches: Bool {
        matchesOnly && !search.query.isEmpty && searchMatches.count == Pane.allCases.count
    }

    /// "match 3 of 12": the selected row's place among the pane's matches, when it is one.
    public var matchPosition: (index: Int, count: Int)? {
        let rows = rows(pane)
        let selected = lists[pane.rawValue].selected
        guard rows.indices.contains(selected), isMatch(pane, row: rows[selected]) else { return nil }
        let matches = searchMatches[pane.rawValue]
        let before = rows[..<selected].reduce(0) { $0 + (matches[$1] ? 1 : 0) }
        return (before + 1, matchCount(pane))
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
        regionFilter = region
        themeCellFilter = nil
        applyFilters()
    }

    /// Applies or clears the date filter, as `setRegionFilter` does the region.
    mutating func setDateBounds(_ bounds: DateBounds) {
        dateBounds = bounds
        themeCellFilter = nil
        applyFilters()
    }

    /// Narrows the resolutions pane to a cell of the themes matrix, or widens it again.
    mutating func setThemeCellFilter(_ filter: ThemeCellFilter?) {
        themeCellFilter = filter
        applyFilters()
    }

    /// Recomputes every pane's rows from its order and the filters (region, dates, a themes cell,
    /// matches), each pane kept on the same record where it still shows. Linear in the records once
    /// the order and the region's bit set exist.
    mutating func applyFilters() {
        let previous = Pane.allCases.map { pane in
            rows(pane).indices.contains(lists[pane.rawValue].selected) ? rows(pane)[lists[pane.rawValue].selected] : nil
        }
        let filters = PaneFilters(region: regionFilter, dates: dateBounds, themeCell: themeCellFilter, matchesOnly: isFilteringToMatches)
        visibleRows = Pane.allCases.map { pane in
            data.sortedRows(pane, sortOrders[pane.rawValue], descending: sortDescending[pane.rawValue]).filter(keeps(pane, filters))
        }
        emptyAdvice = Pane.allCases.map { pane in
            visibleRows[pane.rawValue].isEmpty ? nearestFilter(pane, to: filters) : nil
        }
        for pane in Pane.allCases {
            let position = previous[pane.rawValue].flatMap { rows(pane).firstIndex(of: $0) }
            lists[pane.rawValue] = ListState(selected: position ?? 0, offset: 0)
        }
        pinnedRecord = nil
        detailLink = -1
        detailScroll = 0
    }

    /// The filters a pane's rows are kept by.
    struct PaneFilters {
        var region: String?
        var dates: DateBounds
        /// The statements of a theme map cell (`ThemeCellFilter`), counted under the region and dates.
        var themeCell: ThemeCellFilter?
        var matchesOnly: Bool
    }

    /// Whether each record (by dataset index) of the pane passes the filters: one pass over the records.
    private func keeps(_ pane: Pane, _ filters: PaneFilters) -> (Int) -> Bool {
        let count = RecordRows.count(pane, in: dataset)
        var kept: [Bool]
        if pane == .resolutions, let cell = filters.themeCell {
            // The cell was counted under the region and date filters; its statements are within them.
            kept = [Bool](repeating: false, count: count)
            for index in cell.statementIDs.compactMap({ dataset.index(of: .resolution($0)) }) { kept[index] = true }
        } else {
            kept = [Bool](repeating: filters.region == nil, count: count)
            if let region = filters.region {
                for index in data.records(in: pane, region: region) { kept[index] = true }
            }
            if !filters.dates.isUnbounded {
                for index in 0..<count where kept[index] { kept[index] = dataset.isWithin(pane.recordKind, at: index, filters.dates) }
            }
        }
        if filters.matchesOnly {
            let matches = searchMatches[pane.rawValue]
            for index in 0..<count where kept[index] { kept[index] = matches[index] }
        }
        return { kept[$0] }
    }

    /// The coverage report kept to the region and date filters, as every other view is: an entry
    /// stays when its record shows in its pane under them. The member totals sources state are the
    /// whole Coalition's, so a region filter leaves them out and dates keep those stated within.
    var coverageReport: CoverageReport {
        var report = data.coverageReport()
        guard regionFilter != nil || !dateBounds.isUnbounded else { return report }
        let filters = PaneFilters(region: regionFilter, dates: dateBounds, themeCell: nil, matchesOnly: false)
        let kept = Dictionary(uniqueKeysWithValues: Pane.allCases.map { ($0, keeps($0, filters)) })
        for index in report.sections.indices {
            report.sections[index].entries.removeAll { entry in
                guard let record = entry.record else {
                    let stated = PartialDate(entry.id)
                    return regionFilter != nil || !(stated.map { dateBounds.admits($0) } ?? false)
                }
                guard let position = dataset.index(of: record) else { return true }
                return !kept[AppState.pane(of: record), default: { _ in false }](position)
            }
        }
        return report
    }

    /// For a pane the filters leave empty, the nearest filter that shows something, loosening one
    /// at a time as `list` does: each broader area, then no region, no dates, every row not only
    /// the matches. "Africa (3)"; nil when nothing was filtered or no loosening helps.
    private func nearestFilter(_ pane: Pane, to filters: PaneFilters) -> String? {
        var candidates: [(String, PaneFilters)] = []
        if let region = filters.region {
            for area in dataset.regions.broaderAreas(of: region) {
                var wider = filters
                wider.region = area
                candidates.append((dataset.regions.name(of: area), wider))
            }
            var anywhere = filters
            anywhere.region = nil
            candidates.append(("no region", anywhere))
        }
        if !filters.dates.isUnbounded {
            var undated = filters
            undated.dates = DateBounds()
            candidates.append(("no dates", undated))
        }
        if filters.matchesOnly {
            var every = filters
            every.matchesOnly = false
            candidates.append(("all rows", every))
        }
        let total = RecordRows.count(pane, in: dataset)
        for (advice, candidate) in candidates {
            let keep = keeps(pane, candidate)
            let count = (0..<total).reduce(0) { $0 + (keep($1) ? 1 : 0) }
            if count > 0 { return "\(advice) (\(count))" }
        }
        return nil
    }

    /// Selects a record in its pane if the filter shows it; returns whether it did.
    @discardableResult
    mutating func select(_ record: RecordRef) -> Bool {
        let pane = AppState.pane(of: record)
        guard let index = dataset.index(of: record), let position = rows(pane).firstIndex(of: index) else { return false }
        lists[pane.rawValue].selected = position
        return true
    }
}
