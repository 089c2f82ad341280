import CoalitionModel

/// The Members pane's second view (`y`): named members by year from the model's
/// `membershipGrowth`, the same rows `coalition stats` prints, with a year cursor.
enum MembersByYear {
    static func isShown(_ state: AppState) -> Bool {
        state.pane == .members && state.membersByYear != nil
    }

    /// From any pane, `y` shows the Members pane's table; there, it goes back to the list.
    static func toggle(_ state: inout AppState) {
        if isShown(state), state.view == .browse {
            state.membersByYear = nil
            return
        }
        Update.show(.members, &state)
        // Opens on the latest year, where the running total is the membership now.
        let years = state.data.membershipGrowth.count
        state.membersByYear = ListState(selected: max(0, years - 1), offset: 0)
    }

    static func move(by delta: Int, _ state: inout AppState) {
        guard var list = state.membersByYear else { return }
        let last = max(0, state.data.membershipGrowth.count - 1)
        list.selected = clamp(list.selected.addingReportingOverflow(delta).partialValue, 0, last)
        state.membersByYear = list
    }

    /// A click chooses the year under it (the first row is the heading); the wheel moves three years.
    static func handleMouse(y: Int, in inner: Rect, button: MouseButton, _ state: inout AppState) {
        guard let list = state.membersByYear else { return }
        switch button {
        case .press:
            let position = list.offset + (y - inner.y - 1)
            if y > inner.y, position < state.data.membershipGrowth.count { state.membersByYear?.selected = position }
        case .wheelUp: move(by: -3, &state)
        case .wheelDown: move(by: 3, &state)
        }
    }

    /// The selected year stays on screen, below the table's heading.
    static func keepInView(layout: Layout, _ state: inout AppState) {
        guard var list = state.membersByYear else { return }
        let count = state.data.membershipGrowth.count
        let height = max(1, layout.listHeight(.members) - 1)
        list.selected = clamp(list.selected, 0, max(0, count - 1))
        if list.selected < list.offset { list.offset = list.selected }
        if list.selected >= list.offset + height { list.offset = list.selected - height + 1 }
        list.offset = clamp(list.offset, 0, max(0, count - height))
        state.membersByYear = list
    }

    /// The table's columns, as `stats` names them.
    static let heading = "year  joined  known by  total  stated"

    /// One year's row: joined on a date a source gives, first known from a "by" bound, the
    /// running total of both, and the member count sources stated that year.
    static func line(_ year: MembershipYear) -> String {
        func column(_ value: Int?, _ width: Int) -> String {
            let text = value.map(String.init) ?? "-"
            return String(repeating: " ", count: max(0, width - text.count)) + text
        }
        return "\(year.year)  " + column(year.joined, 6) + "  " + column(year.knownBy, 8) + "  " + column(year.total, 5) + "  " + column(year.stated, 6)
    }
}
