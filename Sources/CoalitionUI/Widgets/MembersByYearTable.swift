import CoalitionModel

/// The Members pane as a table of members by year (`y`), the selected year in reverse video.
struct MembersByYearTable: Widget {
    let state: AppState

    func draw(_ painter: inout Painter, in rect: Rect) {
        let growth = state.data.membershipGrowth
        let list = state.membersByYear ?? ListState()
        let title = "\(Pane.members.digit) Members by year" + painter.glyphs.separator + "y: the list"
        painter.box(rect, title: title, focused: state.pane == .members && state.focus == .list)
        let inner = rect.inner
        guard !inner.isEmpty else { return }
        guard !growth.isEmpty else {
            painter.write("no member has a join date", x: inner.x + 1, y: inner.y, width: inner.width - 1, style: .dim)
            return
        }
        painter.write(" " + MembersByYear.heading, x: inner.x, y: inner.y, width: inner.width, style: Style(bold: true, underline: true))
        for line in 0..<(inner.height - 1) {
            let position = list.offset + line
            guard position < growth.count else {
                // Below the table, when there is room: what the columns mean.
                if line == growth.count - list.offset + 1 {
                    let undated = state.dataset.undatedMembers
                    painter.write(" known by: only a \"by\" date; \(undated) undated", x: inner.x, y: inner.y + 1 + line, width: inner.width, style: .dim)
                }
                continue
            }
            let y = inner.y + 1 + line
            let selected = position == list.selected
            painter.write((selected ? ">" : " ") + MembersByYear.line(growth[position]), x: inner.x, y: y, width: inner.width,
                          style: selected ? Style(reverse: true) : .plain)
        }
    }
}
