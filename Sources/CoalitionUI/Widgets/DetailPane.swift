import CoalitionModel

/// The detail pane: the selected record's lines (built by `Update`), scrolled, the chosen link
/// in reverse video.
struct DetailPane: Widget {
    let state: AppState

    func draw(_ painter: inout Painter, in rect: Rect) {
        let glyphs = painter.glyphs
        let focused = state.focus == .detail
        let content = state.detail
        var title = switch state.detailRecord {
        case .meeting?: "Meeting"
        case .resolution?: "Resolution"
        case .session?: "Africa Focus Group session"
        case .member?: "Member"
        case nil: "Detail"
        }
        if state.pinnedRecord != nil { title += " (outside the filter)" }
        if !state.history.isEmpty { title += glyphs.separator + "Esc back" }
        // Says in words which link Enter follows; the reverse video alone is lost to a screen reader.
        if focused, state.detailLink >= 0 { title += glyphs.separator + "link \(state.detailLink + 1) of \(content.links.count)" }
        painter.box(rect, title: title, focused: focused)
        let inner = rect.inner
        guard !inner.isEmpty else { return }
        if state.detailRecord == nil {
            painter.write("Select a record to see its details.", x: inner.x + 1, y: inner.y, width: inner.width - 1, style: .dim)
            return
        }
        let selectedRows = content.rows(ofLink: state.detailLink)
        for offset in 0..<inner.height {
            let row = state.detailScroll + offset
            guard row < content.lines.count else { break }
            let line = content.lines[row]
            let y = inner.y + offset
            let isRecordLink = line.link != nil && line.address == nil
            painter.write(line.text, x: inner.x, y: y, width: inner.width, style: isRecordLink ? Style(foreground: .cyan) : line.style)
            if let address = line.address {
                // The address's own cells, after the indent, for a terminal that makes them a link.
                let indent = line.text.prefix { $0 == " " }.count
                painter.screen.addHyperlink(address, x: inner.x + indent, y: y, width: min(inner.width - indent, TextWidth.of(line.text) - indent))
            }
            if focused, selectedRows.contains(row) {
                painter.screen.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { $0.reverse = true }
            }
        }
        if content.lines.count > inner.height {
            let shown = "\(min(content.lines.count, state.detailScroll + inner.height))/\(content.lines.count)"
            painter.write(" \(shown) ", x: rect.maxX - TextWidth.of(shown) - 4, y: rect.maxY - 1, width: TextWidth.of(shown) + 2, style: .dim)
        }
    }
}
