import CoalitionModel

/// The only way the dashboard's state changes: one event in, the next state out, and any slow
/// work to run as a `Command`. Keys become actions through `KeyTable`; what an action does
/// depends on the mode (`KeyMode`) it arrives in.
public enum Update {
    @discardableResult
    public static func apply(_ event: InputEvent, to state: inout AppState) -> [Command] {
        var commands: [Command] = []
        switch event {
        case .resize(let size):
            state.size = size
        case .key(let key):
            state.message = nil
            if let action = KeyTable.action(for: key, in: state) { commands = dispatch(action, &state) }
        case .mouse(let x, let y, let button):
            handleMouse(x: x, y: y, button: button, &state)
        case .finished(let command):
            finished(command, &state)
        case .linkOpened(let launch, let problem):
            state.message = problem ?? "opened " + launch.link.host
        case .dataReloaded(let data):
            commands = ReloadUpdate.reloaded(data, &state)
        case .reloadFailed(let problem):
            ReloadUpdate.failed(problem, &state)
        case .noticeExpired:
            ReloadUpdate.noticeExpired(&state)
        }
        refreshDerived(&state)
        return commands
    }

    /// Does what an action asks, as if its key had been pressed in the current mode; for the
    /// command line's starting state and for tests.
    @discardableResult
    public static func perform(_ action: Action, _ state: inout AppState) -> [Command] {
        let commands = dispatch(action, &state)
        refreshDerived(&state)
        return commands
    }

    /// Applies an event and runs the commands it returns in place, for drivers with no input loop
    /// to keep responsive: `render`, tests and benchmarks.
    public static func applyWaiting(_ event: InputEvent, to state: inout AppState) {
        for command in apply(event, to: &state) { applyWaiting(command.run(with: state.data), to: &state) }
    }

    /// `perform`, then runs the commands it returns in place.
    public static func performWaiting(_ action: Action, _ state: inout AppState) {
        for command in perform(action, &state) { applyWaiting(command.run(with: state.data), to: &state) }
    }

    /// What the dashboard asks for once its first frame is on the screen: every index not built
    /// yet, so that the first search and filter need not build theirs (see `DataIndex`).
    public static func firstFrameDrawn(_ state: inout AppState) -> [Command] {
        let wanted = DataIndex.allCases.filter { !state.data.isBuilt($0) && !state.building.contains($0) }
        state.building.formUnion(wanted)
        return wanted.map(Command.build)
    }

    /// Text typed or pasted at once: while searching or in a prompt, one insert for the whole text
    /// rather than one per character (a pasted 10 000-character query is one search, not 10 000);
    /// anywhere else each character is a key as usual.
    @discardableResult
    public static func type(_ text: String, to state: inout AppState) -> [Command] {
        var commands: [Command] = []
        var index = text.startIndex
        while index < text.endIndex, !state.shouldQuit {
            if [.searchPrompt, .prompt].contains(KeyMode.of(state)) {
                return commands + perform(.insert(String(text[index...])), &state)
            }
            commands += apply(.key(.character(text[index])), to: &state)
            index = text.index(after: index)
        }
        return commands
    }

    /// `--search TEXT`: the same as `/`, the text and Enter, with a single search.
    public static func search(for text: String, _ state: inout AppState) {
        performWaiting(.startSearch, &state)
        performWaiting(.insert(text), &state)
        performWaiting(.confirm, &state)
    }

    // MARK: Actions by mode

    private static func dispatch(_ action: Action, _ state: inout AppState) -> [Command] {
        if action == .quit {
            state.shouldQuit = true
            return []
        }
        switch KeyMode.of(state) {
        case .help:
            helpAction(action, &state)
            return []
        case .regionPicker:
            pickerAction(action, &state)
            return []
        case .prompt:
            PromptUpdate.perform(action, &state)
            return []
        case .searchPrompt:
            return SearchUpdate.promptAction(action, &state)
        case .timeline, .narrowTimeline:
            if TimelineUpdate.perform(action, &state) { return [] }
            return viewAction(action, &state)
        case .themes:
            if ThemesUpdate.perform(action, &state) { return [] }
            return viewAction(action, &state)
        case .coverage, .comparison:
            if ReportUpdate.perform(action, &state) { return [] }
            return viewAction(action, &state)
        case .list, .detail:
            return viewAction(action, &state)
        }
    }

    private static func helpAction(_ action: Action, _ state: inout AppState) {
        guard case .help(let scroll)? = state.overlay else { return }
        switch action {
        case .cancel, .toggleHelp: state.overlay = nil
        case .moveDown: state.overlay = .help(scroll: scroll + 1)
        case .moveUp: state.overlay = .help(scroll: max(0, scroll - 1))
        case .pageDown: state.overlay = .help(scroll: scroll + 10)
        case .pageUp: state.overlay = .help(scroll: max(0, scroll - 10))
        default: break
        }
    }

    private static func pickerAction(_ action: Action, _ state: inout AppState) {
        guard case .regionPicker(var picker)? = state.overlay else { return }
        let last = max(0, picker.entries.count - 1)
        switch action {
        case .cancel:
            state.overlay = nil
            return
        case .confirm:
            let entries = picker.entries
            if entries.indices.contains(picker.selected) { state.setRegionFilter(entries[picker.selected].id) }
            state.overlay = nil
            return
        case .moveUp: picker.selected = max(0, picker.selected - 1)
        case .moveDown: picker.selected = min(last, picker.selected + 1)
        case .pageUp: picker.selected = max(0, picker.selected - 10)
        case .pageDown: picker.selected = min(last, picker.selected + 10)
        case .top: picker.selected = 0
        case .bottom: picker.selected = last
        default:
            var query = picker.query
            if LineEditing.apply(action, to: &query) { picker.setQuery(query) }
        }
        state.overlay = .regionPicker(picker)
    }

    /// The lists, the detail, and what the timeline leaves to them (panes, region, help).
    private static func viewAction(_ action: Action, _ state: inout AppState) -> [Command] {
        let layout = Layout(for: state)
        switch action {
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
            return open(&state)
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
        case .filterRegion(let region):
            state.setRegionFilter(region)
        case .openDatePrompt:
            PromptUpdate.open(.dates, &state)
        case .filterDates(let bounds):
            state.setDateBounds(bounds)
        case .clearFilters:
            SearchUpdate.clear(&state)
            state.regionFilter = nil
            state.dateBounds = DateBounds()
            state.matchesOnly = false
            state.themeCellFilter = nil
            state.applyFilters()
        case .cycleSort:
            let orders = RecordOrder.orders(for: state.pane.recordKind)
            let current = orders.firstIndex(of: state.sortOrders[state.pane.rawValue]) ?? -1
            state.sortOrders[state.pane.rawValue] = orders[(current + 1) % orders.count]
            state.applyFilters()
        case .reverseSort:
            state.sortDescending[state.pane.rawValue].toggle()
            state.applyFilters()
        case .sort(let pane, let order):
            state.sortOrders[pane.rawValue] = order
            state.applyFilters()
        case .toggleMatchesOnly:
            state.matchesOnly.toggle()
            state.applyFilters()
        case .show(let record):
            go(to: record, &state)
        case .useBrowser(let browser):
            state.browser = browser
        case .openSource:
            return SourceOpening.open(&state)
        case .toggleMembersByYear:
            MembersByYear.toggle(&state)
        case .startSearch:
            return SearchUpdate.start(&state)
        case .nextMatch:
            SearchUpdate.jumpToMatch(forward: true, &state)
        case .previousMatch:
            SearchUpdate.jumpToMatch(forward: false, &state)
        case .toggleHelp:
            state.overlay = .help(scroll: 0)
        case .toggleTimeline:
            state.view = .timeline
            state.overlay = nil
        case .toggleThemes:
            ThemesUpdate.show(&state)
        case .toggleCoverage:
            ReportUpdate.showCoverage(&state)
        case .mark:
            ReportUpdate.mark(&state)
        case .compare:
            ReportUpdate.compare(&state)
        case .moveLeft, .moveRight, .toggleThemeAxis, .quit, .previousEvent, .nextEvent, .previousLane, .nextLane, .zoomIn, .zoomOut, .openGoToDate, .confirm, .cancel, .insert, .deleteBackward:
            break
        }
        return []
    }

    static func show(_ pane: Pane, _ state: inout AppState) {
        state.view = .browse
        state.pane = pane
        state.focus = .list
        state.pinnedRecord = nil
        resetDetail(&state)
    }

    /// The detail opens at its top with no link chosen; Down chooses the first link.
    static func resetDetail(_ state: inout AppState) {
        state.detailLink = -1
        state.detailScroll = 0
    }

    private static func page(_ layout: Layout, _ state: AppState) -> Int {
        max(1, (state.focus == .detail ? layout.detailHeight : layout.listHeight(state.pane)) - 1)
    }

    private static func move(by delta: Int, layout: Layout, _ state: inout AppState) {
        switch state.focus {
        case .list where MembersByYear.isShown(state):
            MembersByYear.move(by: delta, &state)
        case .list:
            let count = state.rows(state.pane).count
            guard count > 0 else { return }
            let current = state.lists[state.pane.rawValue].selected
            state.lists[state.pane.rawValue].selected = clamp(current.addingReportingOverflow(delta).partialValue, 0, count - 1)
            state.pinnedRecord = nil
            resetDetail(&state)
        case .detail:
            let links = state.detail.links
            if abs(delta) == 1, !links.isEmpty {
                state.detailLink = clamp(state.detailLink + delta, -1, links.count - 1)
                if state.detailLink == -1 { state.detailScroll = 0 }
            } else {
                // Paging reads on; a chosen link would pull the view back to itself.
                state.detailLink = -1
                let maximum = max(0, state.detail.lines.count - layout.detailHeight)
                state.detailScroll = clamp(state.detailScroll.addingReportingOverflow(delta).partialValue, 0, maximum)
            }
        }
    }

    private static func open(_ state: inout AppState) -> [Command] {
        switch state.focus {
        case .list:
            if state.detailRecord != nil {
                state.focus = .detail
                resetDetail(&state)
            }
        case .detail:
            let links = state.detail.links
            guard let current = state.detailRecord, links.indices.contains(state.detailLink) else { return [] }
            switch links[state.detailLink] {
            case .record(let record):
                state.history.append(Location(pane: state.pane, record: current, focus: .detail))
                go(to: record, &state)
            case .source:
                return SourceOpening.open(&state)
            }
        }
        return []
    }

    /// Shows a record: its pane becomes active, its row is selected when the filter shows it,
    /// and the detail shows it either way.
    static func go(to record: RecordRef, _ state: inout AppState) {
        state.view = .browse
        state.pane = AppState.pane(of: record)
        let shownInList = state.select(record)
        state.pinnedRecord = shownInList ? nil : record
        state.focus = .detail
        resetDetail(&state)
    }

    /// Esc: members by year closed, else the timeline or the report a record was opened from, else
    /// the place before the last link followed, else the list, else the search cleared, else the
    /// themes matrix a cell was listed from.
    private static func back(_ state: inout AppState) {
        if state.focus == .list, MembersByYear.isShown(state) {
            state.membersByYear = nil
        } else if let location = state.history.last, let timeline = location.timeline {
            // Back to the timeline the record was opened from, as it was.
            state.history.removeLast()
            state.pane = location.pane
            state.view = .timeline
            state.timeline = timeline
            state.focus = .list
            state.pinnedRecord = nil
            resetDetail(&state)
        } else if let location = state.history.last, let report = location.report {
            // Back to the report the record was opened from, where it was left.
            state.history.removeLast()
            state.view = report
        } else if let location = state.history.popLast() {
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
            SearchUpdate.clear(&state)
        } else if state.themeCellFilter != nil {
            ThemesUpdate.show(&state)
        }
    }

    private static func finished(_ command: Command, _ state: inout AppState) {
        switch command {
        case .build(let index):
            state.building.remove(index)
            if index == .search { SearchUpdate.indexBuilt(&state) }
        // A launch reports as `linkOpened`, with its outcome.
        case .openLink: break
        }
    }

    // MARK: Mouse

    private static func handleMouse(x: Int, y: Int, button: MouseButton, _ state: inout AppState) {
        guard state.overlay == nil, state.view == .browse else { return }
        let layout = Layout(for: state)
        if let hit = layout.panes.first(where: { $0.rect.contains(x: x, y: y) }), hit.pane == .members, state.membersByYear != nil {
            state.pane = .members
            state.focus = .list
            MembersByYear.handleMouse(y: y, in: hit.rect.inner, button: button, &state)
        } else if let hit = layout.panes.first(where: { $0.rect.contains(x: x, y: y) }) {
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
                let maximum = max(0, state.detail.lines.count - layout.detailHeight)
                state.detailScroll = clamp(state.detailScroll + (button == .wheelUp ? -3 : 3), 0, maximum)
            }
        }
    }

    // MARK: Consistency and derived content

    /// After every change: selections in range and in view, and the detail's lines rebuilt when
    /// the record or the width they were built for changed.
    static func refreshDerived(_ state: inout AppState) {
        TimelineUpdate.keepCursorVisible(&state)
        ThemesUpdate.keepCursorVisible(&state)
        let layout = Layout(for: state)
        refreshReport(layout: layout, &state)
        for pane in Pane.allCases {
            let count = state.rows(pane).count
            var list = state.lists[pane.rawValue]
            list.selected = clamp(list.selected, 0, max(0, count - 1))
            let height = layout.listHeight(pane)
            if list.selected < list.offset { list.offset = list.selected }
            if list.selected >= list.offset + height { list.offset = list.selected - height + 1 }
            list.offset = clamp(list.offset, 0, max(0, count - height))
            state.lists[pane.rawValue] = list
            let inView = state.rows(pane).dropFirst(list.offset).prefix(max(0, height))
            state.rowNotes[pane.rawValue] = RowNotes.notes(pane, rows: inView, in: state)
        }
        MembersByYear.keepInView(layout: layout, &state)
        refreshDetail(layout: layout, &state)
        if state.focus == .detail {
            let content = state.detail
            state.detailLink = clamp(state.detailLink, -1, content.links.count - 1)
            // Scroll so the chosen link shows.
            let rows = content.rows(ofLink: state.detailLink)
            if let row = rows.first, let last = rows.last {
                if last >= state.detailScroll + layout.detailHeight { state.detailScroll = last - layout.detailHeight + 1 }
                if row < state.detailScroll { state.detailScroll = row }
            }
        }
    }

    /// The coverage or comparison lines, rebuilt when the view, the records or the width change.
    private static func refreshReport(layout: Layout, _ state: inout AppState) {
        guard let area = layout.report, state.view == .coverage || state.view == .comparison else { return }
        let width = max(1, area.width - 2)
        let source = ReportContent.Source(data: ObjectIdentifier(state.data), view: state.view, comparison: state.view == .comparison ? state.comparison.map {
            ComparisonState(first: $0.first, second: $0.second)
        } : nil, width: width, ascii: state.options.ascii,
           region: state.view == .coverage ? state.regionFilter : nil, dates: state.view == .coverage ? state.dateBounds : DateBounds())
        if source != state.reportSource {
            if let comparison = source.comparison {
                state.report = .comparison(comparison, dataset: state.dataset, width: width, options: state.options)
            } else {
                let filtered = source.region != nil || !source.dates.isUnbounded
                state.report = .coverage(state.coverageReport, width: width, ascii: state.options.ascii, filtered: filtered)
            }
            state.reportSource = source
        }
        if state.view == .coverage {
            ReportUpdate.keepCoverageCursorVisible(height: layout.reportHeight, &state)
        } else {
            ReportUpdate.keepComparisonInRange(height: layout.reportHeight, &state)
        }
    }

    private static func refreshDetail(layout: Layout, _ state: inout AppState) {
        guard let record = state.detailRecord, layout.detail != nil || state.focus == .detail else {
            state.detail = .empty
            state.detailSource = nil
            return
        }
        let width = max(1, (layout.detail?.width ?? state.size.columns) - 2)
        let source = AppState.DetailSource(record: record, width: width, ascii: state.options.ascii)
        guard source != state.detailSource else { return }
        state.detail = DetailContent(record: record, dataset: state.dataset, width: width, glyphs: state.options.glyphs)
        state.detailSource = source
    }
}

func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    min(max(value, low), max(low, high))
}
