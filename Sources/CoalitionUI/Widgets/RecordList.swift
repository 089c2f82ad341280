import CoalitionModel

/// One pane's list in its box: the rows the filter shows, the selection, search matches underlined.
struct RecordList: Widget {
    let state: AppState
    let pane: Pane

    func draw(_ painter: inout Painter, in rect: Rect) {
        let glyphs = painter.glyphs
        let rows = state.rows(pane)
        let total = RecordRows.count(pane, in: state.dataset)
        var title = "\(pane.digit) \(pane.title) "
        title += rows.count == total ? "(\(total))" : "(\(rows.count) of \(total))"
        if pane == .members, let stated = state.dataset.latestMemberCount?.count, stated > total {
            title.removeLast()
            title += ", \(stated) stated)"
        }
        if !state.search.query.isEmpty {
            let count = state.matchCount(pane)
            title += glyphs.separator + "\(count) \(count == 1 ? "match" : "matches")"
        }
        painter.box(rect, title: title, focused: pane == state.pane && state.focus == .list)
        let inner = rect.inner
        guard !inner.isEmpty else { return }
        if rows.isEmpty {
            painter.write(state.regionFilter == nil ? "nothing here" : "nothing in this region", x: inner.x + 1, y: inner.y, width: inner.width - 1, style: .dim)
            return
        }
        let list = state.lists[pane.rawValue]
        for line in 0..<inner.height {
            let position = list.offset + line
            guard position < rows.count else { break }
            let index = rows[position]
            let row = RecordRows.line(pane, index, in: state.dataset, width: inner.width, glyphs: glyphs)
            let y = inner.y + line
            let selected = position == list.selected
            let marker = selected ? (pane == state.pane ? ">" : "*") : " "
            painter.write(marker + row.text, x: inner.x, y: y, width: inner.width, style: Style(foreground: selected ? nil : row.accent))
            if state.isMatch(pane, row: index) { painter.highlight(state.search.query, y: y, from: inner.x + 1, width: inner.width - 1) }
            if selected {
                let focusedRow = pane == state.pane
                painter.screen.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { cellStyle in
                    cellStyle.reverse = focusedRow
                    cellStyle.bold = cellStyle.bold || !focusedRow
                }
            }
        }
    }
}
