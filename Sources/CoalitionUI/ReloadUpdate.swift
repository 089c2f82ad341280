import CoalitionModel

/// What a reload of the data folder does to the dashboard (`Update` calls it for
/// `InputEvent.dataReloaded` and `.reloadFailed`). Valid new data replaces the old and the user
/// stays where they were as far as the records still exist: the pane and view, each list's
/// selection (by record id) and scroll, the filter, the search, the timeline's event, the year of
/// members by year, the detail.
/// What no longer exists is clamped or cleared, and said. A problem leaves the data as it was.
enum ReloadUpdate {
    static func reloaded(_ data: DashboardData, _ state: inout AppState) -> [Command] {
        let old = state
        let dataset = data.dataset
        state.data = data
        var changes: [String] = []
        if let region = old.regionFilter, !dataset.regions.isKnown(region), dataset.regions.grouping(region) == nil {
            state.regionFilter = nil
            changes.append("region filter \(old.dataset.regions.name(of: region)) cleared: not in the data any more")
        }
        // Builds under way are for the old data; the new data's indexes are built in the
        // background as after the first frame (the search's first, if a search waits for it).
        state.building = []
        // The matches first: filter-to-matches narrows the rows by them.
        let commands = refreshSearch(&state) + Update.firstFrameDrawn(&state)
        state.applyFilters()
        // The same record where it still shows; otherwise the same position, clamped by refreshDerived.
        for pane in Pane.allCases {
            state.lists[pane.rawValue] = old.lists[pane.rawValue]
            if let record = old.selectedRecord(in: pane) { state.select(record) }
        }
        state.pinnedRecord = old.pinnedRecord.flatMap { dataset.index(of: $0) == nil ? nil : $0 }
        state.detailLink = old.detailLink
        state.detailScroll = old.detailScroll
        state.history = old.history.filter { dataset.index(of: $0.record) != nil }
        keepTimelineEvent(of: old, &state)
        keepMembersYear(of: old, &state)
        keepRegionPicker(&state)

        // The detail's lines are rebuilt from the new data even for the same record.
        state.detailSource = nil
        if state.focus == .detail, state.detailRecord == nil { state.focus = .list }
        Update.refreshDerived(&state)
        let layout = Layout(for: state)
        state.detailScroll = clamp(state.detailScroll, 0, state.detail.lines.count - layout.detailHeight)

        // Members as the header counts them, with the named ones beside when the figures differ.
        let counts = Pane.allCases.map { $0 == .members ? MemberTotal(dataset).withNamed : "\(RecordRows.count($0, in: dataset)) \($0.noun)" }
            .joined(separator: ", ")
        state.reloadNotice = ReloadNotice(kind: .passing, text: TextSanitizer.clean((["reloaded: " + counts] + changes).joined(separator: "; ")))
        return commands
    }

    /// The data shown stays; the status line names the first problem until a later reload works.
    static func failed(_ problem: DataProblem, _ state: inout AppState) {
        var shown = problem
        // The folder is the one the dashboard shows; the file's name says which of its files.
        shown.file = problem.file.split(separator: "/").last.map(String.init) ?? problem.file
        state.reloadNotice = ReloadNotice(kind: .problem, text: TextSanitizer.clean("not reloaded: " + shown.description))
    }

    static func noticeExpired(_ state: inout AppState) {
        if state.reloadNotice?.kind == .passing { state.reloadNotice = nil }
    }

    /// The timeline stays on the same event when it still exists (`keepCursorVisible` clamps otherwise).
    private static func keepTimelineEvent(of old: AppState, _ state: inout AppState) {
        guard state.view == .timeline, let event = old.timelineEvent else { return }
        if let position = state.timelineModel.events(in: event.lane).firstIndex(where: { $0.record == event.record }) {
            state.timeline.lane = event.lane
            state.timeline.event = position
        }
    }

    /// Members by year stays on the same year when the new data still has it (`keepInView` clamps otherwise).
    private static func keepMembersYear(of old: AppState, _ state: inout AppState) {
        guard let list = old.membersByYear else { return }
        let years = old.data.membershipGrowth
        guard years.indices.contains(list.selected) else { return }
        let year = years[list.selected].year
        if let position = state.data.membershipGrowth.firstIndex(where: { $0.year == year }) { state.membersByYear?.selected = position }
    }

    /// An open region picker counts the new data's records, with the same text typed and entry chosen.
    private static func keepRegionPicker(_ state: inout AppState) {
        guard case .regionPicker(let picker)? = state.overlay else { return }
        var renewed = RegionPickerState(dataset: state.dataset)
        renewed.setQuery(picker.query)
        if picker.entries.indices.contains(picker.selected) {
            let chosen = picker.entries[picker.selected].id
            renewed.selected = renewed.entries.firstIndex { $0.id == chosen } ?? 0
        }
        state.overlay = .regionPicker(renewed)
    }

    /// The search's matches in the new data; on a large data set they wait for its index.
    private static func refreshSearch(_ state: inout AppState) -> [Command] {
        state.searchMatches = []
        state.searchMatchesQuery = ""
        guard !state.search.query.isEmpty else { return [] }
        guard state.data.canSearchNow else {
            state.building.insert(.search)
            return [.build(.search)]
        }
        state.searchMatches = state.data.matches(for: state.search.query)
        state.searchMatchesQuery = state.search.query
        return []
    }
}
