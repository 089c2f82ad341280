import CoalitionModel

/// What `Update` does for search: the prompt's keys, the matches, and moving between them.
enum SearchUpdate {
    static func start(_ state: inout AppState) -> [Command] {
        // The selection to go back to is taken among every row, not the last search's matches.
        if state.isFilteringToMatches {
            state.search.query = ""
            state.applyFilters()
        }
        state.search = SearchState(query: "", editing: true, selectionBeforeSearch: state.lists.map(\.selected))
        return queryChanged(&state)
    }

    static func promptAction(_ action: Action, _ state: inout AppState) -> [Command] {
        switch action {
        case .cancel:
            let saved = state.search.selectionBeforeSearch
            clear(&state)
            for pane in Pane.allCases where saved.indices.contains(pane.rawValue) {
                state.lists[pane.rawValue].selected = saved[pane.rawValue]
            }
        case .confirm:
            state.search.editing = false
            if state.search.query.isEmpty { clear(&state) }
        default:
            // Typed text keeps the visible forms of controls the data shows, so it still finds them.
            if LineEditing.apply(action, to: &state.search.query) { return queryChanged(&state) }
        }
        return []
    }

    static func clear(_ state: inout AppState) {
        let wasFiltering = state.isFilteringToMatches
        state.search = SearchState()
        state.searchMatches = []
        state.searchMatchesQuery = ""
        if wasFiltering { state.applyFilters() }
    }

    /// With filter-to-matches on, new matches mean new rows.
    private static func matchesChanged(_ state: inout AppState) {
        if state.matchesOnly { state.applyFilters() }
    }

    /// New matches for the query and the selection on the first. A query that extends the last
    /// one searches only the last one's matches. On a large data set whose index is not built
    /// yet, the query waits for it ("indexing…"), asking for it unless a command builds it already.
    private static func queryChanged(_ state: inout AppState) -> [Command] {
        guard !state.search.query.isEmpty else {
            state.searchMatches = []
            state.searchMatchesQuery = ""
            matchesChanged(&state)
            jumpToFirstMatch(&state)
            return []
        }
        guard state.data.canSearchNow else {
            state.searchMatches = []
            state.searchMatchesQuery = ""
            matchesChanged(&state)
            return state.building.insert(.search).inserted ? [.build(.search)] : []
        }
        let previous = state.searchMatches.isEmpty ? nil : (query: state.searchMatchesQuery, matches: state.searchMatches)
        state.searchMatches = state.data.matches(for: state.search.query, narrowing: previous)
        state.searchMatchesQuery = state.search.query
        matchesChanged(&state)
        jumpToFirstMatch(&state)
        return []
    }

    /// The search index's command is done: a query that waited for it gets its matches.
    static func indexBuilt(_ state: inout AppState) {
        // Not for data a reload has since replaced: the new data's index is on its way.
        guard state.searchIsIndexing, state.data.canSearchNow else { return }
        state.searchMatches = state.data.matches(for: state.search.query)
        state.searchMatchesQuery = state.search.query
        matchesChanged(&state)
        if state.search.editing { jumpToFirstMatch(&state) }
    }

    private static func jumpToFirstMatch(_ state: inout AppState) {
        let pane = state.pane
        let rows = state.rows(pane)
        let start = state.search.selectionBeforeSearch.indices.contains(pane.rawValue) ? state.search.selectionBeforeSearch[pane.rawValue] : 0
        guard !rows.isEmpty, !state.search.query.isEmpty, state.searchMatches.indices.contains(pane.rawValue) else { return }
        let matching = state.searchMatches[pane.rawValue]
        for step in 0..<rows.count {
            let position = (start + step) % rows.count
            if matching[rows[position]] {
                state.lists[pane.rawValue].selected = position
                state.pinnedRecord = nil
                Update.resetDetail(&state)
                return
            }
        }
        // Nothing matches the text typed so far: back to where the search started.
        state.lists[pane.rawValue].selected = start
    }

    /// Moves to the next match after the selection, on through the panes in Tab order, and round.
    static func jumpToMatch(forward: Bool, _ state: inout AppState) {
        guard !state.search.query.isEmpty, state.searchMatches.count == Pane.allCases.count else { return }
        var matches: [(pane: Pane, position: Int)] = []
        for pane in Pane.allCases {
            for (position, row) in state.rows(pane).enumerated() where state.searchMatches[pane.rawValue][row] {
                matches.append((pane, position))
            }
        }
        guard let first = matches.first, let last = matches.last else { return }
        let here = (state.pane.rawValue, state.lists[state.pane.rawValue].selected)
        let target = forward
            ? matches.first { ($0.pane.rawValue, $0.position) > here } ?? first
            : matches.last { ($0.pane.rawValue, $0.position) < here } ?? last
        state.pane = target.pane
        state.lists[target.pane.rawValue].selected = target.position
        state.focus = .list
        state.pinnedRecord = nil
        Update.resetDetail(&state)
    }
}
