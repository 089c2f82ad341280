import CoalitionModel

/// What the keys do while the timeline shows.
enum TimelineUpdate {
    /// Handles the actions that mean something else on the timeline; false leaves the action to
    /// the lists (pane switches, region filter, help, quit).
    static func perform(_ action: Action, _ state: inout AppState) -> Bool {
        let vertical = TimelineChart.isVertical(width: state.size.columns)
        switch action {
        case .previousEvent: vertical ? stepChronologically(-1, &state) : step(-1, &state)
        case .nextEvent: vertical ? stepChronologically(1, &state) : step(1, &state)
        case .previousLane: changeLane(-1, &state)
        case .nextLane: changeLane(1, &state)
        case .top: state.timeline.event = 0
        case .bottom: state.timeline.event = max(0, state.timelineModel.events(in: state.timeline.lane).count - 1)
        case .zoomIn: zoom(1, &state)
        case .zoomOut: zoom(-1, &state)
        case .openGoToDate: PromptUpdate.open(.goToDate, &state)
        case .open:
            guard let event = state.timelineEvent else { break }
            // Esc from the record comes back to this lane, event and zoom.
            state.history.append(Location(returningTo: state.timeline, pane: state.pane, record: event.record))
            Update.go(to: event.record, &state)
        case .back, .toggleTimeline:
            state.view = .browse
        default:
            return false
        }
        return true
    }

    private static func step(_ delta: Int, _ state: inout AppState) {
        let count = state.timelineModel.events(in: state.timeline.lane).count
        state.timeline.event = clamp(state.timeline.event + delta, 0, max(0, count - 1))
    }

    /// Moves to the next lane that has events, onto its event nearest in time.
    private static func changeLane(_ delta: Int, _ state: inout AppState) {
        let model = state.timelineModel
        let lanes = model.lanes.filter { !model.events(in: $0).isEmpty }
        guard let current = lanes.firstIndex(of: state.timeline.lane) ?? lanes.first.map({ _ in 0 }) else { return }
        let target = lanes[clamp(current + delta, 0, lanes.count - 1)]
        guard target != state.timeline.lane else { return }
        let day = state.timelineEvent?.firstDay ?? model.firstDay
        let events = model.events(in: target)
        let nearest = events.indices.min { abs(events[$0].firstDay - day) < abs(events[$1].firstDay - day) } ?? 0
        state.timeline.lane = target
        state.timeline.event = nearest
    }

    /// In the vertical timeline every event is in one list, in time order.
    private static func stepChronologically(_ delta: Int, _ state: inout AppState) {
        let all = state.timelineModel.chronological
        guard !all.isEmpty else { return }
        let current = state.timelineEvent.flatMap { event in all.firstIndex { $0.record == event.record && $0.lane == event.lane } } ?? 0
        let target = all[clamp(current + delta, 0, all.count - 1)]
        state.timeline.lane = target.lane
        state.timeline.event = state.timelineModel.events(in: target.lane).firstIndex { $0.record == target.record } ?? 0
    }

    /// The go-to-date prompt's Enter: the cursor moves to the lane's first event on or after the
    /// date. Nil when it moved, else why it could not.
    static func goTo(_ typed: String, _ state: inout AppState) -> String? {
        let text = String(typed.filter { $0 != " " })
        guard let date = PartialDate(text) else {
            return DatePromptError.notADate(text).message
        }
        let events = state.timelineModel.events(in: state.timeline.lane)
        // Events are in time order, so the first on or after the day is found by halving.
        var low = 0
        var high = events.count
        while low < high {
            let middle = (low + high) / 2
            if events[middle].firstDay < date.earliestDayNumber { low = middle + 1 } else { high = middle }
        }
        guard low < events.count else { return "no \(state.timeline.lane.title) event on or after \(date.description)" }
        state.timeline.event = low
        return nil
    }

    private static func zoom(_ delta: Int, _ state: inout AppState) {
        let levels = TimelineZoom.allCases
        state.timeline.zoom = levels[clamp(state.timeline.zoom.rawValue + delta, 0, levels.count - 1)]
    }

    /// Keeps the cursor on an event that exists and the view window around it.
    static func keepCursorVisible(_ state: inout AppState) {
        // The timeline is built the first time it shows; until then there is nothing to keep.
        guard state.view == .timeline else { return }
        let model = state.timelineModel
        if model.events(in: state.timeline.lane).isEmpty, let lane = model.lanes.first(where: { !model.events(in: $0).isEmpty }) {
            state.timeline.lane = lane
            state.timeline.event = 0
        }
        let count = model.events(in: state.timeline.lane).count
        state.timeline.event = clamp(state.timeline.event, 0, max(0, count - 1))
        // The view is the calendar period of the zoom that holds the chosen event.
        state.timeline.window = state.timelineEvent.flatMap { state.timeline.zoom.period(containing: $0.markDay) }
    }
}
