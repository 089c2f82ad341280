import CoalitionModel

/// The printable timeline: the same chart the dashboard draws, without a cursor, and the events
/// as a chronological list.
public enum TimelineReport {
    /// The chart at the given width; narrower than the chart needs, the list grouped by year instead.
    public static func chart(_ model: TimelineModel, width: Int, filtered: Bool, options: DisplayOptions) -> [String] {
        let chart = TimelineChart(model: model, cursor: nil, filtered: filtered)
        if TimelineChart.isVertical(width: width) {
            return chart.verticalLines(glyphs: options.glyphs).map { TextWidth.truncate($0.text, to: width, ellipsis: options.glyphs.ellipsis) }
        }
        let size = TerminalSize(columns: width, rows: chart.chartHeight(withLabels: true) + 1)
        var painter = Painter(screen: ScreenBuffer(size: size), options: options)
        chart.draw(&painter, in: painter.screen.bounds)
        return painter.screen.lines
    }

    /// One line per event, in the order given (`TimelineModel.chronological`).
    public static func list(_ events: [TimelineEvent], glyphs: Glyphs) -> [String] {
        events.map { event in
            var line = "\(TextWidth.fit(event.date.description, to: 10)) \(TextWidth.fit(event.lane.title, to: 14)) \(event.headline)"
            line += glyphs.separator + event.place
            if !event.firsts.isEmpty { line += glyphs.separator + "first: " + event.firsts.joined(separator: "; ") }
            if !event.matchesFilter { line += glyphs.separator + "outside the region" }
            return line
        }
    }
}
