import CoalitionModel

/// Draws a frame: lays the widgets out in the regions `Layout` gives and lets each draw there.
/// It reads the state and what `Update` derived from it; it never changes the state.
public enum Renderer {
    public static func render(_ state: AppState) -> ScreenBuffer {
        var painter = Painter(screen: ScreenBuffer(size: state.size), options: state.options)
        let layout = Layout(for: state)
        let screen = painter.screen.bounds
        if layout.tooSmall {
            TooSmallMessage().draw(&painter, in: screen)
            return painter.screen
        }
        HeaderBar(state: state).draw(&painter, in: layout.header)
        if let tabs = layout.tabs { PaneTabs(active: state.pane).draw(&painter, in: tabs) }
        for (pane, rect) in layout.panes {
            if pane == .members, state.membersByYear != nil {
                MembersByYearTable(state: state).draw(&painter, in: rect)
            } else {
                RecordList(state: state, pane: pane).draw(&painter, in: rect)
            }
        }
        if let area = layout.timeline {
            TimelineChart(model: state.timelineModel, cursor: state.timeline, filtered: state.regionFilter != nil).draw(&painter, in: area)
        }
        if let area = layout.report {
            if state.view == .themes { ThemesView(state: state).draw(&painter, in: area) } else { ReportView(state: state).draw(&painter, in: area) }
        }
        if let detail = layout.detail { DetailPane(state: state).draw(&painter, in: detail) }
        StatusBar(state: state).draw(&painter, in: layout.status)
        switch state.overlay {
        case .help(let scroll)?: HelpOverlay(scroll: scroll).draw(&painter, in: screen)
        case .regionPicker(let picker)?: RegionPickerOverlay(picker: picker, current: state.regionFilter, regions: state.dataset.regions).draw(&painter, in: screen)
        // A prompt draws on the status line.
        case .prompt?, nil: break
        }
        return painter.screen
    }
}

/// What widgets draw with: one screen buffer, the session's glyphs and colour choice.
struct Painter {
    var screen: ScreenBuffer
    let options: DisplayOptions
    var glyphs: Glyphs { options.glyphs }

    init(screen: ScreenBuffer, options: DisplayOptions) {
        self.screen = screen
        self.options = options
    }

    /// Drops colour when colour is off; emphasis stays.
    func style(_ style: Style) -> Style { options.color ? style : style.withoutColor }

    mutating func write(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain) {
        let clip = Rect(x: x, y: y, width: width, height: 1)
        screen.write(TextWidth.truncate(text, to: width, ellipsis: glyphs.ellipsis), x: x, y: y, style: self.style(style), clip: clip)
    }

    mutating func fill(_ rect: Rect, style: Style) {
        screen.fill(rect, style: self.style(style))
    }

    mutating func box(_ rect: Rect, title: String, focused: Bool) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = style(focused ? Style(foreground: .cyan, bold: true) : .dim)
        // Each corner is one column, so the edges are drawn piece by piece as one text would be.
        for (y, left, right) in [(rect.y, glyphs.topLeft, glyphs.topRight), (rect.maxY - 1, glyphs.bottomLeft, glyphs.bottomRight)] {
            screen.write(left, x: rect.x, y: y, style: border)
            screen.write(repeating: glyphs.horizontal, count: rect.width - 2, x: rect.x + 1, y: y, style: border)
            screen.write(right, x: rect.maxX - 1, y: y, style: border)
        }
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            screen.write(glyphs.vertical, x: rect.x, y: row, style: border)
            screen.write(glyphs.vertical, x: rect.maxX - 1, y: row, style: border)
        }
        write(" \(title) ", x: rect.x + 2, y: rect.y, width: rect.width - 4, style: focused ? Style(bold: true) : .plain)
    }

    /// A box centred in `area`, cleared, for an overlay; returns its inside.
    mutating func overlayBox(in area: Rect, width wantedWidth: Int, height wantedHeight: Int, title: String) -> Rect {
        let width = min(wantedWidth, area.width - 2)
        let height = min(wantedHeight, area.height - 2)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - height) / 2), width: width, height: height)
        screen.fill(rect, style: .plain)
        box(rect, title: title, focused: true)
        return rect.inner
    }

    /// Underlines each occurrence of the query on one screen row: Knuth–Morris–Pratt over the
    /// row's cells, so the work is linear in the row and the query, however repetitive.
    mutating func highlight(_ query: String, y: Int, from x: Int, width: Int) {
        guard !query.isEmpty, width > 0, y >= 0, y < screen.size.rows else { return }
        var columns: [(column: Int, character: Character)] = []
        var column = max(0, x)
        while column < x + width && column < screen.size.columns {
            let cell = screen[column, y]
            if !cell.isContinuation, let character = cell.text.lowercased().first { columns.append((column, character)) }
            column += 1
        }
        // A query longer than the row cannot match on it; it is not even lowercased.
        guard query.utf8.count <= 4 * columns.count + 64 else { return }
        let wanted = Array(query.lowercased())
        guard !wanted.isEmpty, columns.count >= wanted.count else { return }
        var failure = Array(repeating: 0, count: wanted.count)
        var length = 0
        for index in wanted.indices.dropFirst() {
            while length > 0 && wanted[index] != wanted[length] { length = failure[length - 1] }
            if wanted[index] == wanted[length] { length += 1 }
            failure[index] = length
        }
        var state = 0
        var underlined = Array(repeating: false, count: columns.count)
        for (position, entry) in columns.enumerated() {
            while state > 0 && entry.character != wanted[state] { state = failure[state - 1] }
            if entry.character == wanted[state] { state += 1 }
            if state == wanted.count {
                // Marks back over the match only until a cell already marked: linear in all.
                var back = position
                while back > position - wanted.count, !underlined[back] {
                    underlined[back] = true
                    back -= 1
                }
                state = failure[state - 1]
            }
        }
        for (position, entry) in columns.enumerated() where underlined[position] {
            screen[entry.column, y].style.underline = true
            screen[entry.column, y].style.bold = true
            if options.color { screen[entry.column, y].style.foreground = .yellow }
        }
    }
}
