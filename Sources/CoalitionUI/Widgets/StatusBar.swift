import CoalitionModel

/// The bottom line: the search prompt when typing; else what the last key did (`message`), else
/// what the last reload did or why it failed (`reloadNotice`), else the key hints of the mode
/// that fit (generated from the key table); and on the right where the user is ("3 of 31 meetings").
struct StatusBar: Widget {
    let state: AppState

    func draw(_ painter: inout Painter, in rect: Rect) {
        painter.fill(rect, style: Style(reverse: true))
        let mode = KeyMode.of(state)
        var prompt = ""
        var info: String
        var problem: String?
        switch mode {
        case .prompt:
            guard case .prompt(let line)? = state.overlay else { return }
            prompt = line.kind.label + " " + line.text + "_"
            problem = line.error
            info = ""
        case .searchPrompt:
            prompt = "/" + state.search.query + "_"
            let all = Pane.allCases.reduce(0) { $0 + state.matchCount($1) }
            info = state.searchIsIndexing ? "indexing" + painter.glyphs.ellipsis : "\(state.matchCount(state.pane)) here, \(all) in all"
        case .timeline, .narrowTimeline:
            let events = state.timelineModel.events(in: state.timeline.lane)
            info = events.isEmpty ? "no events" : "\(state.timeline.event + 1) of \(events.count) \(state.timeline.lane.title)"
        case .themes:
            let matrix = state.themeMatrix
            info = "\(matrix.themes.count) themes \(painter.glyphs.times) \(matrix.columns.count) \(matrix.axis == .year ? "years" : "texts")"
        case .coverage:
            let records = state.report.recordLines
            info = records.isEmpty ? "no gaps" : "\(ReportUpdate.position(of: state.coverage.selected, in: records) + 1) of \(records.count) records"
        case .comparison:
            let lines = state.report.lines.count
            info = "line \(min(lines, (state.comparison?.scroll ?? 0) + 1)) of \(lines)"
        case .list, .detail, .regionPicker, .help:
            let rows = state.rows(state.pane).count
            let total = RecordRows.count(state.pane, in: state.dataset)
            info = rows == total ? "\(total) \(state.pane.noun)" : "\(rows) of \(total) \(state.pane.noun)"
            if let match = state.matchPosition { info = "match \(match.index) of \(match.count)" + painter.glyphs.separator + info }
        }
        let infoWidth = min(TextWidth.of(info) + 1, rect.width / 2)
        let leftWidth = rect.width - infoWidth - 1
        if !prompt.isEmpty {
            // A long entry shows its end, where the cursor is, and leaves room for its problem.
            let problemRoom = problem.map { min(TextWidth.of($0), leftWidth / 2) } ?? 0
            let room = max(1, leftWidth - 1 - TextWidth.of(KeyHelp.separator) - problemRoom)
            prompt = TextWidth.truncateFront(prompt, to: room, ellipsis: painter.glyphs.ellipsis)
        }
        let lead = " " + (prompt.isEmpty ? "" : prompt + KeyHelp.separator)
        if let problem {
            // Bad input is explained where the hints were; the prompt stays open to fix it.
            painter.write(lead, x: rect.x, y: rect.y, width: leftWidth, style: Style(reverse: true))
            let used = min(leftWidth, TextWidth.of(lead))
            painter.write(problem, x: rect.x + used, y: rect.y, width: leftWidth - used, style: Style(foreground: .red, bold: true, reverse: true))
        } else if prompt.isEmpty, state.message == nil, let notice = state.reloadNotice {
            let style = notice.kind == .problem ? Style(foreground: .red, bold: true, reverse: true) : Style(reverse: true)
            painter.write(lead + notice.text, x: rect.x, y: rect.y, width: leftWidth, style: style)
        } else {
            // A message (what `o` did) stands in for the hints until the next key.
            let hints = state.message ?? KeyHelp.hints(for: mode, width: max(0, leftWidth - TextWidth.of(lead)))
            painter.write(lead + hints, x: rect.x, y: rect.y, width: leftWidth, style: Style(bold: state.message != nil, reverse: true))
        }
        painter.write(info, x: rect.maxX - infoWidth, y: rect.y, width: infoWidth, style: Style(bold: true, reverse: true))
    }
}
