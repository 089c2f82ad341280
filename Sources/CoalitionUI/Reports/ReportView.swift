import CoalitionModel

/// The coverage report or a comparison in a box: the lines `Update` laid out at the box's width,
/// scrolled; headings bold; in the coverage, the chosen record's line in reverse video.
struct ReportView: Widget {
    let state: AppState

    func draw(_ painter: inout Painter, in rect: Rect) {
        let content = state.report
        let cursor = state.view == .coverage ? state.coverage.selected : nil
        let scroll = state.view == .coverage ? state.coverage.scroll : state.comparison?.scroll ?? 0
        painter.box(rect, title: content.title, focused: true)
        let inner = rect.inner
        guard !inner.isEmpty else { return }
        for offset in 0..<inner.height {
            let row = scroll + offset
            guard content.lines.indices.contains(row) else { break }
            let line = content.lines[row]
            let y = inner.y + offset
            let style: Style = line.isHeading ? .bold : line.record != nil ? Style(foreground: .cyan) : .plain
            painter.write(line.text, x: inner.x, y: y, width: inner.width, style: style)
            if row == cursor { painter.screen.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { $0.reverse = true } }
        }
        if content.lines.count > inner.height {
            let shown = "\(min(content.lines.count, scroll + inner.height))/\(content.lines.count)"
            painter.write(" \(shown) ", x: rect.maxX - TextWidth.of(shown) - 4, y: rect.maxY - 1, width: TextWidth.of(shown) + 2, style: .dim)
        }
    }
}
