import CoalitionModel
import CoalitionOutput

/// The printable timeline: the same chart the dashboard draws, without a cursor, and the events
/// as a chronological list.
public enum TimelineReport {
    /// The chart at the given width; narrower than the chart needs, the list grouped by year instead.
    public static func chart(_ model: TimelineModel, width: Int, filtered: Bool, options: DisplayOptions) -> [String] {
        chartScreen(model, width: width, filtered: filtered, options: options).lines
    }

    /// The chart drawn on a screen of its own, for text, colour or SVG.
    public static func chartScreen(_ model: TimelineModel, width: Int, filtered: Bool, options: DisplayOptions) -> ScreenBuffer {
        let chart = TimelineChart(model: model, cursor: nil, filtered: filtered)
        if TimelineChart.isVertical(width: width) {
            let lines = chart.verticalLines(glyphs: options.glyphs)
            var screen = ScreenBuffer(size: TerminalSize(columns: width, rows: lines.count))
            for (row, line) in lines.enumerated() {
                screen.write(TextWidth.truncate(line.text, to: width, ellipsis: options.glyphs.ellipsis), x: 0, y: row, style: line.event.map { $0.matchesFilter ? .plain : .dim } ?? .bold)
            }
            return screen
        }
        let size = TerminalSize(columns: width, rows: chart.chartHeight(withLabels: true) + 1)
        var painter = Painter(screen: ScreenBuffer(size: size), options: options)
        chart.draw(&painter, in: painter.screen.bounds)
        return painter.screen
    }

    /// The events `timeline` lists: those the region filter keeps, or with `context` every one.
    public static func listed(_ model: TimelineModel, context: Bool) -> [TimelineEvent] {
        model.chronological.filter { context || $0.matchesFilter }
    }

    /// What `timeline` says when its filters keep no event, in the words `list` uses
    /// (`EmptyResult`): the conditions set, and the nearest loosening of one that lists events.
    public static func emptyResult(dataset: Dataset, region: String?, lanes: [TimelineLane], from: PartialDate?, to: PartialDate?, context: Bool) -> [String] {
        let everyLane = Set(lanes) == Set(TimelineLane.allCases)
        var conditions: [String] = []
        if let region { conditions.append("region \(dataset.regions.name(of: region))") }
        if !everyLane { conditions.append("kind " + lanes.map(\.commandName).joined(separator: " or ")) }
        if let from { conditions.append("from \(from)") }
        if let to { conditions.append("to \(to)") }

        func count(region: String?, lanes: [TimelineLane], from: PartialDate?, to: PartialDate?) -> () -> Int {
            { listed(TimelineModel(dataset: dataset, region: region, lanes: lanes, from: from, to: to), context: context).count }
        }
        var loosenings: [(advice: String, count: () -> Int)] = []
        if let region {
            for area in dataset.regions.broaderAreas(of: region) {
                loosenings.append(("--region \"\(dataset.regions.name(of: area))\"", count(region: area, lanes: lanes, from: from, to: to)))
            }
            loosenings.append(("without --region", count(region: nil, lanes: lanes, from: from, to: to)))
        }
        if from != nil || to != nil {
            loosenings.append(("without --from and --to", count(region: region, lanes: lanes, from: nil, to: nil)))
        }
        if !everyLane {
            loosenings.append(("without --kind", count(region: region, lanes: TimelineLane.allCases, from: from, to: to)))
        }
        return EmptyResult.lines(plural: "events", singular: "event", conditions: conditions, nearest: EmptyResult.firstWithResults(loosenings))
    }

    /// The events as a table, for Markdown: with a region filter, a last column says whether each
    /// is within it, kept via a broader area, or outside (with `--context`).
    public static func table(_ events: [TimelineEvent], filtered: Bool) -> Table {
        var columns: [Table.Column] = [.init("Date"), .init("Lane"), .init("Event", shrinks: true), .init("Place", shrinks: true), .init("Firsts", shrinks: true)]
        if filtered { columns.append(.init("Region")) }
        return Table(columns: columns, rows: events.map { event in
            var cells = [event.date.description, event.lane.title, event.headline, event.place, event.firsts.joined(separator: "; ")]
            if filtered { cells.append(event.via ?? (event.matchesFilter ? "within" : "outside")) }
            return cells
        })
    }

    /// One line per event, in the order given (`TimelineModel.chronological`).
    public static func list(_ events: [TimelineEvent], glyphs: Glyphs) -> [String] {
        events.map { event in
            var line = "\(TextWidth.fit(event.date.description, to: 10)) \(TextWidth.fit(event.lane.title, to: 14)) \(event.headline)"
            line += glyphs.separator + event.place
            if !event.firsts.isEmpty { line += glyphs.separator + "first: " + event.firsts.joined(separator: "; ") }
            if let via = event.via { line += glyphs.separator + via }
            if !event.matchesFilter { line += glyphs.separator + "outside the region" }
            return line
        }
    }
}
