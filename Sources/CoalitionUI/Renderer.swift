import CoalitionModel

/// Draws the whole frame from the state into a fresh screen buffer; nothing else draws.
public enum Renderer {
    public static func render(_ state: AppState) -> ScreenBuffer {
        var screen = ScreenBuffer(size: state.size)
        var painter = Painter(screen: screen, options: state.options)
        let layout = Layout(for: state)
        if layout.tooSmall {
            painter.tooSmall()
        } else {
            painter.header(state, layout.header)
            if let tabs = layout.tabs { painter.tabs(state, tabs) }
            for (pane, rect) in layout.panes { painter.list(state, pane: pane, rect: rect) }
            if let area = layout.timeline {
                TimelineChart(model: state.timelineModel, cursor: state.timeline, filtered: state.regionFilter != nil)
                    .draw(&painter, in: area)
            }
            if let detail = layout.detail { painter.detail(state, rect: detail, layout: layout) }
            painter.status(state, layout.status)
            switch state.overlay {
            case .help(let scroll)?: painter.help(scroll: scroll)
            case .regionPicker(let picker)?: painter.regionPicker(picker, current: state.regionFilter)
            case nil: break
            }
        }
        screen = painter.screen
        return screen
    }
}

/// Drawing helpers over one screen buffer, with the glyphs and colour choice of the session.
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

    // MARK: Frame parts

    mutating func tooSmall() {
        let size = screen.size
        let message = "terminal too small (needs \(Layout.minimum.columns)\(glyphs.times)\(Layout.minimum.rows))"
        let lines = TextWidth.wrap(message, to: max(1, size.columns))
        let top = max(0, (size.rows - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < size.rows {
            let x = max(0, (size.columns - TextWidth.of(line)) / 2)
            write(line, x: x, y: top + index, width: size.columns - x, style: .bold)
        }
    }

    mutating func header(_ state: AppState, _ rect: Rect) {
        screen.fill(rect, style: style(Style(reverse: true)))
        let dataset = state.dataset
        var filters: [String] = []
        if let region = state.regionFilter { filters.append("Region: " + dataset.regions.name(of: region)) }
        if !state.search.query.isEmpty { filters.append("Search: " + glyphs.openQuote + state.search.query + glyphs.closeQuote) }
        let right = filters.joined(separator: glyphs.separator)
        let members = dataset.latestMemberCount.map { "\($0.count) members" } ?? "\(dataset.members.count) members"
        let summary = [
            "\(dataset.meetings.count) meetings", "\(dataset.resolutions.count) resolutions",
            "\(dataset.sessions.count) Africa Focus Group sessions", members,
        ].joined(separator: glyphs.separator)
        let left = " Coalition" + glyphs.separator + summary
        let rightWidth = min(TextWidth.of(right), rect.width / 2)
        let leftWidth = rect.width - rightWidth - (right.isEmpty ? 0 : 2)
        write(left, x: rect.x, y: rect.y, width: leftWidth, style: Style(bold: true, reverse: true))
        if !right.isEmpty {
            write(right + " ", x: rect.maxX - rightWidth - 1, y: rect.y, width: rightWidth + 1, style: Style(foreground: .yellow, bold: true, reverse: true))
        }
    }

    mutating func tabs(_ state: AppState, _ rect: Rect) {
        var x = rect.x
        for pane in Pane.allCases {
            let label = " \(pane.rawValue + 1) \(pane.title) "
            let active = pane == state.pane
            let used = min(TextWidth.of(label), rect.maxX - x)
            guard used > 0 else { break }
            write(label, x: x, y: rect.y, width: used, style: active ? Style(bold: true, reverse: true) : .dim)
            x += used + 1
        }
    }

    mutating func box(_ rect: Rect, title: String, focused: Bool) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = style(focused ? Style(foreground: .cyan, bold: true) : .dim)
        let horizontal = String(repeating: glyphs.horizontal, count: rect.width - 2)
        screen.write(glyphs.topLeft + horizontal + glyphs.topRight, x: rect.x, y: rect.y, style: border)
        screen.write(glyphs.bottomLeft + horizontal + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, style: border)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            screen.write(glyphs.vertical, x: rect.x, y: row, style: border)
            screen.write(glyphs.vertical, x: rect.maxX - 1, y: row, style: border)
        }
        write(" \(title) ", x: rect.x + 2, y: rect.y, width: rect.width - 4, style: focused ? Style(bold: true) : .plain)
    }

    mutating func list(_ state: AppState, pane: Pane, rect: Rect) {
        let rows = state.rows(pane)
        let total = RecordRows.count(pane, in: state.dataset)
        var title = "\(pane.rawValue + 1) \(pane.title) "
        title += rows.count == total ? "(\(total))" : "(\(rows.count) of \(total))"
        if pane == .members, let stated = state.dataset.latestMemberCount?.count, stated > total {
            title.removeLast()
            title += ", \(stated) stated)"
        }
        if !state.search.query.isEmpty {
            let count = state.matchCount(pane)
            title += glyphs.separator + "\(count) \(count == 1 ? "match" : "matches")"
        }
        let focused = pane == state.pane && state.focus == .list
        box(rect, title: title, focused: focused)
        let inner = rect.inner
        guard !inner.isEmpty else { return }
        if rows.isEmpty {
            write(state.regionFilter == nil ? "nothing here" : "nothing in this region", x: inner.x + 1, y: inner.y, width: inner.width - 1, style: .dim)
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
            write(marker + row.text, x: inner.x, y: y, width: inner.width, style: Style(foreground: selected ? nil : row.accent))
            if state.isMatch(pane, row: index) { highlight(state.search.query, y: y, from: inner.x + 1, width: inner.width - 1) }
            if selected {
                let focusedRow = pane == state.pane
                screen.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { cellStyle in
                    cellStyle.reverse = focusedRow
                    cellStyle.bold = cellStyle.bold || !focusedRow
                }
            }
        }
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

    mutating func detail(_ state: AppState, rect: Rect, layout: Layout) {
        let focused = state.focus == .detail
        let content = Update.detailContent(state, layout: layout)
        let kind: String
        switch state.detailRecord {
        case .meeting?: kind = "Meeting"
        case .resolution?: kind = "Resolution"
        case .session?: kind = "Africa Focus Group session"
        case .member?: kind = "Member"
        case nil: kind = "Detail"
        }
        var title = kind
        if state.pinnedRecord != nil { title += " (outside the filter)" }
        if !state.history.isEmpty { title += glyphs.separator + "Esc back" }
        box(rect, title: title, focused: focused)
        let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
        guard !inner.isEmpty else { return }
        if state.detailRecord == nil {
            write("Select a record to see its details.", x: inner.x + 1, y: inner.y, width: inner.width - 1, style: .dim)
            return
        }
        var linkNumber = -1
        var selectedRow: Int?
        for (row, line) in content.lines.enumerated() where line.link != nil {
            linkNumber += 1
            if linkNumber == state.detailLink { selectedRow = row }
        }
        for offset in 0..<inner.height {
            let row = state.detailScroll + offset
            guard row < content.lines.count else { break }
            let line = content.lines[row]
            let y = inner.y + offset
            write(line.text, x: inner.x, y: y, width: inner.width, style: line.link != nil ? Style(foreground: .cyan) : line.style)
            if focused, row == selectedRow {
                screen.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { $0.reverse = true }
            }
        }
        if content.lines.count > inner.height {
            let shown = "\(min(content.lines.count, state.detailScroll + inner.height))/\(content.lines.count)"
            write(" \(shown) ", x: rect.maxX - TextWidth.of(shown) - 4, y: rect.maxY - 1, width: TextWidth.of(shown) + 2, style: .dim)
        }
    }

    mutating func status(_ state: AppState, _ rect: Rect) {
        screen.fill(rect, style: style(Style(reverse: true)))
        let rows = state.rows(state.pane).count
        let total = RecordRows.count(state.pane, in: state.dataset)
        var right = rows == total ? "\(total) \(state.pane.noun)" : "\(rows) of \(total) \(state.pane.noun)"
        let left: String
        if state.search.editing {
            let all = Pane.allCases.reduce(0) { $0 + state.matchCount($1) }
            left = " /" + state.search.query + "_"
            right = "\(state.matchCount(state.pane)) here, \(all) in all" + glyphs.separator + "Enter keep  Esc cancel"
        } else if case .regionPicker? = state.overlay {
            left = " type to narrow  Up/Down choose  Enter apply  Esc close"
        } else if state.view == .timeline {
            left = TimelineChart.isVertical(width: state.size.columns)
                ? " Up/Down events  Enter open  r region  t back  ? help  q quit"
                : " Left/Right events  Up/Down lanes  +/- zoom  Enter open  r region  t back  ? help"
            let events = state.timelineModel.events(in: state.timeline.lane)
            right = events.isEmpty ? "no events" : "\(state.timeline.event + 1) of \(events.count) \(state.timeline.lane.title)"
        } else if state.focus == .detail {
            left = state.detailLink >= 0 ? " Up/Down links  Enter follow  PgUp/PgDn scroll  Esc back  ? help  q quit"
                                         : " Down choose a link  PgUp/PgDn scroll  Esc back  ? help  q quit"
        } else {
            left = " Tab pane  Up/Down move  Enter open  r region  / search  ? help  q quit"
        }
        let rightWidth = min(TextWidth.of(right) + 1, rect.width / 2)
        write(left, x: rect.x, y: rect.y, width: rect.width - rightWidth - 1, style: Style(reverse: true))
        write(right, x: rect.maxX - rightWidth, y: rect.y, width: rightWidth, style: Style(bold: true, reverse: true))
    }

    // MARK: Overlays

    mutating func overlayBox(width wantedWidth: Int, height wantedHeight: Int, title: String) -> Rect {
        let size = screen.size
        let width = min(wantedWidth, size.columns - 2)
        let height = min(wantedHeight, size.rows - 2)
        let rect = Rect(x: (size.columns - width) / 2, y: max(1, (size.rows - height) / 2), width: width, height: height)
        screen.fill(rect, style: .plain)
        box(rect, title: title, focused: true)
        return rect.inner
    }

    mutating func help(scroll: Int) {
        var lines: [(keys: String, summary: String)] = []
        for context in KeyContext.allCases {
            if !lines.isEmpty { lines.append(("", "")) }
            lines.append((context.title, ""))
            for binding in KeyTable.bindings where binding.context == context {
                lines.append(("  " + binding.keys.map(\.label).joined(separator: ", "), binding.summary))
            }
        }
        lines.append(("", ""))
        lines.append(("In the region picker", "type to narrow, Enter applies, Esc closes"))
        lines.append(("While searching", "type to search, Enter keeps, Esc cancels"))
        let keyWidth = min(28, (lines.map { TextWidth.of($0.keys) }.max() ?? 10) + 2)
        let inner = overlayBox(width: 76, height: lines.count + 2, title: "Keys (Esc closes)")
        guard !inner.isEmpty else { return }
        let first = clamp(scroll, 0, max(0, lines.count - inner.height))
        for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            write(line.keys, x: inner.x + 1, y: inner.y + offset, width: keyWidth, style: .bold)
            write(line.summary, x: inner.x + 1 + keyWidth, y: inner.y + offset, width: inner.width - keyWidth - 1)
        }
        if first + inner.height < lines.count {
            let more = " Down: \(lines.count - first - inner.height) more "
            write(more, x: inner.maxX - TextWidth.of(more) - 1, y: inner.maxY, width: TextWidth.of(more), style: .dim)
        }
    }

    mutating func regionPicker(_ picker: RegionPickerState, current: String?) {
        let entries = picker.entries
        let inner = overlayBox(width: 56, height: screen.size.rows - 4, title: "Filter by region")
        guard inner.height >= 2 else { return }
        write("Region: " + picker.query + "_", x: inner.x + 1, y: inner.y, width: inner.width - 1, style: .bold)
        let listHeight = inner.height - 1
        let top = clamp(picker.selected - listHeight / 2, 0, max(0, entries.count - listHeight))
        if entries.isEmpty {
            write("no region matches", x: inner.x + 1, y: inner.y + 1, width: inner.width - 1, style: .dim)
        }
        for (offset, entry) in entries.dropFirst(top).prefix(listHeight).enumerated() {
            let y = inner.y + 1 + offset
            let count = "\(entry.count)"
            let indent = String(repeating: "  ", count: entry.depth)
            let mark = entry.id == current ? "* " : "  "
            let nameWidth = inner.width - TextWidth.of(count) - 3
            write(mark + indent + entry.name, x: inner.x, y: y, width: nameWidth, style: entry.count == 0 ? .dim : .plain)
            write(count, x: inner.maxX - TextWidth.of(count) - 1, y: y, width: TextWidth.of(count), style: .dim)
            if top + offset == picker.selected {
                screen.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { $0.reverse = true }
            }
        }
    }
}
