import CoalitionModel

/// One pane's list in its box, titled with its order: the rows the filters show, the selection,
/// search matches underlined, and on the right why a row shows when its columns do not say.
struct RecordList: Widget {
    let state: AppState
    let pane: Pane

    func draw(_ painter: inout Painter, in rect: Rect) {
        let glyphs = painter.glyphs
        let rows = state.rows(pane)
        let total = RecordRows.count(pane, in: state.dataset)
        var title = "\(pane.digit) \(pane.title)" + glyphs.separator + "by \(state.sortOrders[pane.rawValue].rawValue) "
        if state.sortDescending[pane.rawValue] { title += glyphs.descending + " " }
        title += rows.count == total ? "(\(total))" : "(\(rows.count) of \(total))"
        if pane == .members, let stated = MemberTotal(state.dataset).stated, stated > total {
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
            let filtered = state.regionFilter != nil || !state.dateBounds.isUnbounded || state.isFilteringToMatches
            var text = filtered ? "nothing under these filters; x clears them" : "nothing here"
            if let advice = state.emptyAdvice[pane.rawValue] { text = "nothing here; try \(advice); x clears filters" }
            painter.write(text, x: inner.x + 1, y: inner.y, width: inner.width - 1, style: .dim)
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
            let note = state.rowNotes[pane.rawValue][index].map { TextWidth.truncate($0, to: inner.width / 2, ellipsis: glyphs.ellipsis) }
            let noteWidth = note.map { TextWidth.of($0) + 1 } ?? 0
            let textWidth = inner.width - noteWidth
            painter.write(marker + row.text, x: inner.x, y: y, width: textWidth, style: Style(foreground: selected ? nil : row.accent))
            if state.isMatch(pane, row: index) { painter.highlight(state.search.query, y: y, from: inner.x + 1, width: textWidth - 1) }
            if let note { painter.write(note, x: inner.maxX - noteWidth + 1, y: y, width: noteWidth - 1, style: .dim) }
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
