import CoalitionModel

/// The top line: what the data holds, the filters in force, and the record marked for comparing.
struct HeaderBar: Widget {
    let state: AppState

    func draw(_ painter: inout Painter, in rect: Rect) {
        let glyphs = painter.glyphs
        painter.fill(rect, style: Style(reverse: true))
        let dataset = state.dataset
        let summary = [
            "\(dataset.meetings.count) meetings", "\(dataset.resolutions.count) resolutions",
            "\(dataset.sessions.count) Africa Focus Group sessions", MemberTotal(dataset).text,
        ].joined(separator: glyphs.separator)
        let title = " Coalition"
        let left = title + glyphs.separator + summary
        // The filters in force matter more than the totals: in full they may take all but the
        // title's first words; when that is too little they are abbreviated and may take all but the title.
        var right = filterText(glyphs, short: false)
        var rightWidth = min(TextWidth.of(right), max(rect.width / 2, rect.width - 30))
        if rightWidth < TextWidth.of(right) {
            right = filterText(glyphs, short: true)
            rightWidth = min(TextWidth.of(right), max(0, rect.width - TextWidth.of(title) - 3))
        }
        let leftWidth = rect.width - rightWidth - (right.isEmpty ? 0 : 2)
        painter.write(left, x: rect.x, y: rect.y, width: leftWidth, style: Style(bold: true, reverse: true))
        if !right.isEmpty {
            painter.write(right + " ", x: rect.maxX - rightWidth - 1, y: rect.y, width: rightWidth + 1,
                          style: Style(foreground: .yellow, bold: true, reverse: true))
        }
    }

    /// "Region: Sahel (UN Integrated Strategy) · Dates: 2022.. · Search: “terror” · matches only",
    /// or short: "Sahel · 2022– · /terror (f)".
    private func filterText(_ glyphs: Glyphs, short: Bool) -> String {
        var filters: [String] = []
        if let region = state.regionFilter {
            let name = state.dataset.regions.name(of: region)
            // Short, the region's name without its parenthesised qualifier: "Sahel".
            let bare = String(name.prefix { $0 != "(" }.reversed().drop { $0 == " " }.reversed())
            filters.append(short ? (bare.isEmpty ? name : bare) : "Region: " + name)
        }
        let bounds = state.dateBounds
        if !bounds.isUnbounded {
            if !short {
                filters.append("Dates: " + DateRangeSyntax.text(of: bounds))
            } else if let from = bounds.from, from == bounds.to {
                filters.append(from.description)
            } else {
                filters.append((bounds.from?.description ?? "") + glyphs.rangeDash + (bounds.to?.description ?? ""))
            }
        }
        if let cell = state.themeCellFilter {
            filters.append((short ? "" : "Themes: ") + cell.theme.label + " " + glyphs.times + " " + cell.column)
        }
        let query = state.search.query
        if short {
            if !query.isEmpty { filters.append("/" + query + (state.isFilteringToMatches ? " (f)" : "")) }
        } else {
            if !query.isEmpty { filters.append("Search: " + glyphs.openQuote + query + glyphs.closeQuote) }
            if state.isFilteringToMatches { filters.append("matches only") }
        }
        if let marked = state.marked { filters.append((short ? "m: " : "Marked: ") + ReportUpdate.markedName(marked, in: state.dataset)) }
        return filters.joined(separator: glyphs.separator)
    }
}
