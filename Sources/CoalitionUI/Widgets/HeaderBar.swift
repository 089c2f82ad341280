import CoalitionModel

/// The top line: what the data holds, the filters in force, and the record marked for comparing.
struct HeaderBar: Widget {
    let state: AppState

    func draw(_ painter: inout Painter, in rect: Rect) {
        let glyphs = painter.glyphs
        painter.fill(rect, style: Style(reverse: true))
        let dataset = state.dataset
        var filters: [String] = []
        if let region = state.regionFilter { filters.append("Region: " + dataset.regions.name(of: region)) }
        if !state.dateBounds.isUnbounded { filters.append("Dates: " + DateRangeSyntax.text(of: state.dateBounds)) }
        if let cell = state.themeCellFilter { filters.append("Themes: " + cell.theme.label + " " + glyphs.times + " " + cell.column) }
        if !state.search.query.isEmpty { filters.append("Search: " + glyphs.openQuote + state.search.query + glyphs.closeQuote) }
        if state.isFilteringToMatches { filters.append("matches only") }
        if let marked = state.marked { filters.append("Marked: " + ReportUpdate.markedName(marked, in: dataset)) }
        let right = filters.joined(separator: glyphs.separator)
        let members = dataset.latestMemberCount.map { "\($0.count) members" } ?? "\(dataset.members.count) members"
        let summary = [
            "\(dataset.meetings.count) meetings", "\(dataset.resolutions.count) resolutions",
            "\(dataset.sessions.count) Africa Focus Group sessions", members,
        ].joined(separator: glyphs.separator)
        let left = " Coalition" + glyphs.separator + summary
        // The filters in force matter more than the totals: they may take all but the title's first words.
        let rightWidth = min(TextWidth.of(right), max(rect.width / 2, rect.width - 30))
        let leftWidth = rect.width - rightWidth - (right.isEmpty ? 0 : 2)
        painter.write(left, x: rect.x, y: rect.y, width: leftWidth, style: Style(bold: true, reverse: true))
        if !right.isEmpty {
            painter.write(right + " ", x: rect.maxX - rightWidth - 1, y: rect.y, width: rightWidth + 1,
                          style: Style(foreground: .yellow, bold: true, reverse: true))
        }
    }
}
