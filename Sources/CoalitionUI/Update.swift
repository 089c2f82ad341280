import CoalitionModel

/// The only way the dashboard's state changes: one event in, the next state out.
public enum Update {
    public static func apply(_ event: InputEvent, to state: inout AppState) {
        switch event {
        case .resize(let size):
            state.size = size
        case .key(let key):
            handle(key, &state)
        case .mouse(let x, let y, let button):
            handleMouse(x: x, y: y, button: button, &state)
        }
        keepSelectionVisible(&state)
    }

    /// Text typed or pasted at once: while searching, one search for the whole text rather than
    /// one per character (a pasted 10 000-character query is one search, not 10 000); anywhere
    /// else each character is a key as usual.
    public static func type(_ text: String, to state: inout AppState) {
        var index = text.startIndex
        while index < text.endIndex, !state.shouldQuit {
            if state.overlay == nil, state.search.editing {
                for character in text[index...] { state.search.query += TextSanitizer.cleanTyped(String(character)) }
                jumpToFirstMatch(&state)
                keepSelectionVisible(&state)
                return
            }
            apply(.key(.character(text[index])), to: &state)
            index = text.index(after: index)
        }
    }

    /// `--search TEXT`: the same as `/`, the text and Enter, with a single search.
    public static func search(for text: String, _ state: inout AppState) {
        perform(.startSearch, &state)
        type(text, to: &state)
        apply(.key(.enter), to: &state)
    }

    // MARK: Keys by mode

    private static func handle(_ key: Key, _ state: inout AppState) {
        if key == .control("c") {
            state.shouldQuit = true
            return
        }
        switch state.overlay {
        case .help(let scroll)?:
            handleHelp(key, scroll: scroll, &state)
        case .regionPicker(let picker)?:
            handlePicker(key, picker: picker, &state)
        case nil:
            if state.search.editing {
                handleSearchInput(key, &state)
            } else if let action = KeyTable.action(for: key, in: state.view) {
                perform(action, &state)
            }
        }
    }

    private static func handleHelp(_ key: Key, scroll: Int, _ state: inout AppState) {
        switch key {
        case .escape, .backspace, .character("?"), .character("q"), .enter: state.overlay = nil
        case .down, .character("j"): state.overlay = .help(scroll: scroll + 1)
        case .up, .character("k"): state.overlay = .help(scroll: max(0, scroll - 1))
        case .pageDown, .character(" "): state.overlay = .help(scroll: scroll + 10)
        case .pageUp: state.overlay = .help(scroll: max(0, scroll - 10))
        default: break
        }
    }

    private static func handlePicker(_ key: Key, picker: RegionPickerState, _ state: inout AppState) {
        var picker = picker
        let count = picker.entries.count
        switch key {
        case .escape:
            state.overlay = nil
            return
        case .enter:
            let entries = picker.entries
            if entries.indices.contains(picker.selected) { state.setRegionFilter(entries[picker.selected].id) }
            state.overlay = nil
            return
        case .up: picker.selected = max(0, picker.selected - 1)
        case .down: picker.selected = min(max(0, count - 1), picker.selected + 1)
        case .pageUp: picker.selected = max(0, picker.selected - 10)
        case .pageDown: picker.selected = min(max(0, count - 1), picker.selected + 10)
        case .home: picker.selected = 0
        case .end: picker.selected = max(0, count - 1)
        case .backspace:
            if !picker.query.isEmpty { picker.query.removeLast() }
            picker.selected = 0
        case .character(let character):
            // Pasted controls and bidi characters are kept in their visible form, never raw.
            picker.query += TextSanitizer.cleanTyped(String(character))
            picker.selected = 0
        default: break
        }
        state.overlay = .regionPicker(picker)
    }

    private static func handleSearchInput(_ key: Key, _ state: inout AppState) {
        switch key {
        case .escape:
            for pane in Pane.allCases where state.search.selectionBeforeSearch.indices.contains(pane.rawValue) {
                state.lists[pane.rawValue].selected = state.search.selectionBeforeSearch[pane.rawValue]
            }
            state.search = SearchState()
        case .enter:
            state.search.editing = false
            if state.search.query.isEmpty { state.search = SearchState() }
        case .backspace:
            if !state.search.query.isEmpty { state.search.query.removeLast() }
            jumpToFirstMatch(&state)
        case .character(let character):
            // Pasted controls and bidi characters become the visible forms the data shows
            // (`\u{202E}`), so they are never echoed raw and still find what the data holds.
            state.search.query += TextSanitizer.cleanTyped(String(character))
            jumpToFirstMatch(&state)
        default:
            break
        }
    }

    // MARK: Actions

    public static func perform(_ action: Action, _ state: inout AppState) {
        if state.view == .timeline, TimelineUpdate.perform(action, &state) { return }
        let layout = Layout(for: state)
        switch action {
        case .quit:
            state.shouldQuit = true
        case .nextPane:
            show(state.pane.next, &state)
        case .previousPane:
            show(state.pane.previous, &state)
        case .focusPane(let pane):
            show(pane, &state)
        case .moveUp:
            move(by: -1, layout: layout, &state)
        case .moveDown:
            move(by: 1, layout: layout, &state)
        case .pageUp:
            move(by: -page(layout, state), layout: layout, &state)
        case .pageDown:
            move(by: page(layout, state), layout: layout, &state)
        case .top:
            move(by: Int.min / 2, layout: layout, &state)
        case .bottom:
            move(by: Int.max / 2, layout: layout, &state)
        case .open:
            open(&state)
        case .back:
            back(&state)
        case .openRegionPicker:
            var picker = RegionPickerState(dataset: state.dataset)
            if let current = state.regionFilter, let position = picker.entries.firstIndex(where: { $0.id == current }) {
                picker.selected = position
            }
            state.overlay = .regionPicker(picker)
        case .clearRegion:
            state.setRegionFilter(nil)
        case .startSearch:
            state.search = SearchState(query: "", editing: true, selectionBeforeSearch: state.lists.map(\.selected))
        case .nextMatch:
            jumpToMatch(forward: true, &state)
        case .previousMatch:
            jumpToMatch(forward: false, &state)
        case .toggleHelp:
            state.overlay = .help(scroll: 0)
        case .toggleTimeline:
            state.view = .timeline
            state.overlay = nil
        case .previousEvent, .nextEvent, .zoomIn, .zoomOut:
            break
        }
    }

    static func show(_ pane: Pane, _ state: inout AppState) {
        state.view = .browse
        state.pane = pane
        state.focus = .list
        state.pinnedRecord = nil
        resetDetail(&state)
    }

    /// The detail opens at its top with no link chosen; Down chooses the first link.
    private static func resetDetail(_ state: inout AppState) {
        state.detailLink = -1
        state.detailScroll = 0
    }

    private static func page(_ layout: Layout, _ state: AppState) -> Int {
        max(1, (state.focus == .detail ? layout.detailHeight : layout.listHeight(state.pane)) - 1)
    }

    private static func move(by delta: Int, layout: Layout, _ state: inout AppState) {
        switch state.focus {
        case .list:
            let count = state.rows(state.pane).count
            guard count > 0 else { return }
            let current = state.lists[state.pane.rawValue].selected
            state.lists[state.pane.rawValue].selected = clamp(current.addingReportingOverflow(delta).partialValue, 0, count - 1)
            state.pinnedRecord = nil
            resetDetail(&state)
        case .detail:
            let content = detailContent(state, layout: layout)
            let links = content.links
            if abs(delta) == 1, !links.isEmpty {
                state.detailLink = clamp(state.detailLink + delta, -1, links.count - 1)
                if state.detailLink == -1 { state.detailScroll = 0 }
            } else {
                // Paging reads on; a chosen link would pull the view back to itself.
                state.detailLink = -1
                let maximum = max(0, content.lines.count - layout.detailHeight)
                state.detailScroll = clamp(state.detailScroll.addingReportingOverflow(delta).partialValue, 0, maximum)
            }
        }
    }

    private static func open(_ state: inout AppState) {
        switch state.focus {
        case .list:
            if state.detailRecord != nil {
                state.focus = .detail
                resetDetail(&state)
            }
        case .detail:
            let layout = Layout(for: state)
            let links = detailContent(state, layout: layout).links
            guard let current = state.detailRecord, links.indices.contains(state.detailLink) else { return }
            state.history.append(Location(pane: state.pane, record: current, focus: .detail))
            go(to: links[state.detailLink], &state)
        }
    }

    /// Shows a record: its pane becomes active, its row is selected when the filter shows it,
    /// and the detail shows it either way.
    public static func go(to record: RecordRef, _ state: inout AppState) {
        state.view = .browse
        state.pane = AppState.pane(of: record)
        let shownInList = state.select(record)
        state.pinnedRecord = shownInList ? nil : record
        state.focus = .detail
        resetDetail(&state)
    }

    private static func back(_ state: inout AppState) {
        if let location = state.history.popLast() {
            state.pane = location.pane
            let shownInList = state.select(location.record)
            state.pinnedRecord = shownInList ? nil : location.record
            state.focus = location.focus
            resetDetail(&state)
        } else if state.focus == .detail {
            state.focus = .list
            state.pinnedRecord = nil
            resetDetail(&state)
        } else if !state.search.query.isEmpty {
            state.search = SearchState()
        }
    }

    // MARK: Search

    private static func jumpToFirstMatch(_ state: inout AppState) {
        let pane = state.pane
        let rows = state.rows(pane)
        let start = state.search.selectionBeforeSearch.indices.contains(pane.rawValue) ? state.search.selectionBeforeSearch[pane.rawValue] : 0
        guard !rows.isEmpty, !state.search.query.isEmpty else { return }
        let matching = state.searchMatches()[pane.rawValue]
        for step in 0..<rows.count {
            let position = (start + step) % rows.count
            if matching[rows[position]] {
                state.lists[pane.rawValue].selected = position
                state.pinnedRecord = nil
                resetDetail(&state)
                return
            }
        }
        // Nothing matches the text typed so far: back to where the search started.
        state.lists[pane.rawValue].selected = start
    }

    /// Moves to the next match after the selection, on through the panes in Tab order, and round.
    private static func jumpToMatch(forward: Bool, _ state: inout AppState) {
        guard !state.search.query.isEmpty else { return }
        var matches: [(pane: Pane, position: Int)] = []
        let matching = state.searchMatches()
        for pane in Pane.allCases {
            for (position, row) in state.rows(pane).enumerated() where matching[pane.rawValue][row] {
                matches.append((pane, position))
            }
        }
        guard !matches.isEmpty else { return }
        let here = (state.pane.rawValue, state.lists[state.pane.rawValue].selected)
        let target = forward
            ? matches.first { ($0.pane.rawValue, $0.position) > here } ?? matches.first!
            : matches.last { ($0.pane.rawValue, $0.position) < here } ?? matches.last!
        state.pane = target.pane
        state.lists[target.pane.rawValue].selected = target.position
        state.focus = .list
        state.pinnedRecord = nil
        resetDetail(&state)
    }

    // MARK: Mouse

    private static func handleMouse(x: Int, y: Int, button: MouseButton, _ state: inout AppState) {
        guard state.overlay == nil, state.view == .browse else { return }
        let layout = Layout(for: state)
        if let hit = layout.panes.first(where: { $0.rect.contains(x: x, y: y) }) {
            switch button {
            case .press:
                state.pane = hit.pane
                state.focus = .list
                let inner = hit.rect.inner
                let position = state.lists[hit.pane.rawValue].offset + (y - inner.y)
                if inner.contains(x: x, y: y), position < state.rows(hit.pane).count { state.lists[hit.pane.rawValue].selected = position }
                state.pinnedRecord = nil
                resetDetail(&state)
            case .wheelUp, .wheelDown:
                state.pane = hit.pane
                state.focus = .list
                move(by: button == .wheelUp ? -3 : 3, layout: layout, &state)
            }
        } else if let detail = layout.detail, detail.contains(x: x, y: y) {
            if button == .press {
                state.focus = .detail
            } else {
                let content = detailContent(state, layout: layout)
                let maximum = max(0, content.lines.count - layout.detailHeight)
                state.detailScroll = clamp(state.detailScroll + (button == .wheelUp ? -3 : 3), 0, maximum)
            }
        }
    }

    // MARK: Consistency

    static func detailContent(_ state: AppState, layout: Layout) -> DetailContent {
        guard let record = state.detailRecord else { return DetailContent.empty }
        let width = max(1, (layout.detail?.width ?? state.size.columns) - 2)
        return DetailContent(record: record, dataset: state.dataset, width: width, glyphs: state.options.glyphs)
    }

    /// Clamps every selection and scrolls every list so its selection shows.
    static func keepSelectionVisible(_ state: inout AppState) {
        TimelineUpdate.keepCursorVisible(&state)
        let layout = Layout(for: state)
        for pane in Pane.allCases {
            let count = state.rows(pane).count
            var list = state.lists[pane.rawValue]
            list.selected = clamp(list.selected, 0, max(0, count - 1))
            let height = layout.listHeight(pane)
            if list.selected < list.offset { list.offset = list.selected }
            if list.selected >= list.offset + height { list.offset = list.selected - height + 1 }
            list.offset = clamp(list.offset, 0, max(0, count - height))
            state.lists[pane.rawValue] = list
        }
        if state.focus == .detail {
            let content = detailContent(state, layout: layout)
            let links = content.links
            state.detailLink = clamp(state.detailLink, -1, links.count - 1)
            // Scroll so the chosen link shows.
            if state.detailLink >= 0, let row = content.lines.indices.filter({ content.lines[$0].link != nil }).dropFirst(state.detailLink).first {
                if row < state.detailScroll { state.detailScroll = row }
                if row >= state.detailScroll + layout.detailHeight { state.detailScroll = row - layout.detailHeight + 1 }
            }
        }
    }
}


func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    min(max(value, low), max(low, high))
}
