import CoalitionModel

/// Draws the timeline: a time axis with ticks and labels, a lane of marks per kind of event, the
/// member count as a sparkline, and the chosen event's details. Narrow areas get a vertical list
/// grouped by year instead of a squeezed chart.
struct TimelineChart {
    static let minimumChartWidth = 60
    static let gutterWidth = 19

    let model: TimelineModel
    /// nil when printing: no cursor, every label competes equally.
    let cursor: TimelineState?
    let filtered: Bool

    static func isVertical(width: Int) -> Bool { width < minimumChartWidth }

    /// The selected event, if any.
    var selected: TimelineEvent? {
        guard let cursor else { return nil }
        let events = model.events(in: cursor.lane)
        return events.indices.contains(cursor.event) ? events[cursor.event] : nil
    }

    /// Rows the chart needs for its lanes and axis (without the details below).
    func chartHeight(withLabels: Bool) -> Int {
        3 + model.lanes.reduce(0) { $0 + ($1 == .membership ? 1 : 0) + (withLabels ? 2 : 1) }
    }

    // MARK: Drawing

    func draw(_ painter: inout Painter, in rect: Rect) {
        guard !rect.isEmpty else { return }
        if TimelineChart.isVertical(width: rect.width) {
            drawVertical(&painter, in: rect)
            return
        }
        let withLabels = rect.height >= chartHeight(withLabels: true) + (cursor == nil ? 0 : 3)
        let window = visibleWindow()
        let chartLeft = rect.x + TimelineChart.gutterWidth
        let chartWidth = rect.width - TimelineChart.gutterWidth - 1
        let scale = Scale(firstDay: window.first, lastDay: window.last, left: chartLeft, width: chartWidth)

        var y = rect.y
        drawTitle(&painter, rect: rect, y: y, window: window)
        y += 1
        drawAxis(&painter, scale: scale, y: y, rect: rect)
        y += 2
        for lane in model.lanes {
            guard y < rect.maxY else { break }
            y = drawLane(lane, &painter, scale: scale, y: y, rect: rect, withLabels: withLabels)
        }
        if cursor != nil, y + 1 < rect.maxY { drawSelection(&painter, rect: Rect(x: rect.x, y: y + 1, width: rect.width, height: rect.maxY - y - 1)) }
    }

    /// The days the chart spans: everything, or the calendar period the zoom shows.
    func visibleWindow() -> (first: Int, last: Int) {
        guard let window = cursor?.window else { return (model.firstDay, model.lastDay) }
        return (window.lowerBound, window.upperBound)
    }

    private func drawTitle(_ painter: inout Painter, rect: Rect, y: Int, window: (first: Int, last: Int)) {
        let range = CivilDay.readable(window.first) + " \(painter.glyphs.rangeDash) " + CivilDay.readable(window.last)
        var title = "Timeline" + painter.glyphs.separator + range
        if cursor == nil || cursor?.zoom == .whole, model.outsideCount > 0 {
            title += painter.glyphs.separator + "\(model.outsideCount) outside the dates shown"
        }
        if let cursor { title += painter.glyphs.separator + "zoom: " + cursor.zoom.label }
        if filtered { title += painter.glyphs.separator + "events outside the region are dimmed" }
        painter.write(title, x: rect.x + 1, y: y, width: rect.width - 1, style: .bold)
    }

    /// The axis: a tick and a label for each tick that fits, placed by `TimelineAxis`.
    private func drawAxis(_ painter: inout Painter, scale: Scale, y: Int, rect: Rect) {
        let line = String(repeating: painter.glyphs.horizontal, count: scale.width)
        painter.write(line, x: scale.left, y: y + 1, width: scale.width, style: .dim)
        for mark in TimelineAxis.marks(scale) {
            painter.write(painter.options.ascii ? "+" : "┼", x: mark.column, y: y + 1, width: 1, style: .dim)
            if let label = mark.label {
                painter.write(label, x: mark.column, y: y, width: TextWidth.of(label), style: .plain)
            }
        }
    }

    private func drawLane(_ lane: TimelineLane, _ painter: inout Painter, scale: Scale, y start: Int, rect: Rect, withLabels: Bool) -> Int {
        var y = start
        let events = model.events(in: lane)
        let shown = events.filter(\.matchesFilter).count
        let count = filtered ? "\(shown)/\(events.count)" : "\(events.count)"
        let isCurrent = cursor?.lane == lane
        let title = TextWidth.fit(lane.title, to: TimelineChart.gutterWidth - TextWidth.of(count) - 2, ellipsis: painter.glyphs.ellipsis) + " " + count
        painter.write(title, x: rect.x + 1, y: y, width: TimelineChart.gutterWidth - 1, style: isCurrent ? Style(bold: true, underline: true) : .plain)
        if lane == .membership {
            drawSparkline(&painter, scale: scale, y: y)
            y += 1
        }
        var occupied = Array(repeating: false, count: painter.screen.size.columns + 2)
        let selectedRecord = isCurrent ? selected?.record : nil
        // The chosen event is drawn last so it stays on top; its label is placed first so it always shows.
        let ordered = events.filter { $0.record != selectedRecord } + events.filter { $0.record == selectedRecord }
        for event in ordered { drawMark(event, &painter, scale: scale, y: y, selected: event.record == selectedRecord) }
        if withLabels {
            for event in ordered.reversed() where event.matchesFilter || event.record == selectedRecord {
                placeLabel(event, &painter, scale: scale, y: y + 1, occupied: &occupied, selected: event.record == selectedRecord)
            }
        }
        return y + (withLabels ? 2 : 1)
    }

    private func drawMark(_ event: TimelineEvent, _ painter: inout Painter, scale: Scale, y: Int, selected: Bool) {
        let first = scale.column(event.markDay)
        let last = max(first, scale.column(event.barEndDay))
        guard last >= scale.left, first < scale.left + scale.width else { return }
        let ascii = painter.options.ascii
        var style = Style(foreground: event.lane.color)
        if !event.matchesFilter { style = .dim }
        if selected { style = Style(bold: true, reverse: true) }
        let glyph: String
        if !event.matchesFilter && !selected { glyph = ascii ? "." : "·" }
        else if !event.firsts.isEmpty { glyph = ascii ? "!" : "★" }
        else if event.isExactDay { glyph = ascii ? "*" : "●" }
        else { glyph = ascii ? "o" : "○" }
        if last > first + 1 {
            let bar = String(repeating: ascii ? "=" : "━", count: last - first + 1)
            let from = max(first, scale.left)
            painter.write(bar, x: from, y: y, width: min(last, scale.left + scale.width - 1) - from + 1, style: style)
        }
        if first >= scale.left { painter.write(glyph, x: first, y: y, width: 1, style: style) }
    }

    /// Puts a label right of its mark if the cells are free; otherwise leaves it out.
    private func placeLabel(_ event: TimelineEvent, _ painter: inout Painter, scale: Scale, y: Int, occupied: inout [Bool], selected: Bool) {
        let column = scale.column(event.markDay)
        let right = scale.left + scale.width
        guard column >= scale.left, column < right else { return }
        let text = TextWidth.truncate(event.label, to: 14, ellipsis: painter.glyphs.ellipsis)
        let width = TextWidth.of(text)
        let start = min(column, right - width)
        guard start >= scale.left else { return }
        let span = max(0, start - 1)...min(occupied.count - 1, start + width)
        if span.contains(where: { occupied[$0] }) { return }
        for index in span { occupied[index] = true }
        painter.write(text, x: start, y: y, width: width, style: selected ? Style(bold: true) : .dim)
    }

    private func drawSparkline(_ painter: inout Painter, scale: Scale, y: Int) {
        let counts = model.memberCounts.map(\.count)
        guard let low = counts.min(), let high = counts.max() else { return }
        let levels = painter.options.ascii ? Array(" .:-=+*#") : Array("▁▂▃▄▅▆▇█")
        for offset in 0..<max(0, scale.width) {
            let day = scale.day(atColumn: scale.left + offset)
            guard let count = model.memberCount(onDay: day) else { continue }
            let level = Scale.level(count, low: low, high: high, levels: levels.count)
            painter.write(String(levels[level]), x: scale.left + offset, y: y, width: 1, style: Style(foreground: .blue))
        }
        if let latest = model.memberCounts.last {
            painter.write("\(low)\(painter.glyphs.rangeDash)\(latest.count)", x: 2, y: y + 1, width: TimelineChart.gutterWidth - 3, style: .dim)
        }
    }

    private func drawSelection(_ painter: inout Painter, rect: Rect) {
        guard let event = selected else {
            painter.write("No events here.", x: rect.x + 1, y: rect.y, width: rect.width - 1, style: .dim)
            return
        }
        let date = event.endDate.map { "\(event.date.readable) to \($0.readable)" } ?? event.date.readable
        let line = date + painter.glyphs.separator + event.place + painter.glyphs.separator + event.headline
        painter.write(painter.glyphs.arrowRight + " " + line, x: rect.x + 1, y: rect.y, width: rect.width - 1, style: .bold)
        var y = rect.y + 1
        for first in event.firsts where y < rect.maxY {
            painter.write((painter.options.ascii ? "! " : "★ ") + first, x: rect.x + 3, y: y, width: rect.width - 3, style: Style(foreground: .yellow))
            y += 1
        }
        if !event.matchesFilter, y < rect.maxY {
            painter.write("outside the region filter", x: rect.x + 3, y: y, width: rect.width - 3, style: .dim)
            y += 1
        }
        if let via = event.via, y < rect.maxY {
            painter.write(via + ": about the broader area as a whole", x: rect.x + 3, y: y, width: rect.width - 3, style: .dim)
            y += 1
        }
        if y + 1 < rect.maxY { drawLegend(&painter, x: rect.x + 1, y: y + 1, width: rect.width - 1) }
    }

    /// What the marks mean, so the chart reads without colour.
    private func drawLegend(_ painter: inout Painter, x: Int, y: Int, width: Int) {
        let ascii = painter.options.ascii
        let entries = [
            (ascii ? "*" : "●") + " exact day", (ascii ? "o" : "○") + " month or year only", (ascii ? "!" : "★") + " a first",
            (ascii ? "===" : "━━━") + " several days", (ascii ? "." : "·") + " outside the region",
            (ascii ? ".:=#" : "▁▃▅█") + " member count",
        ]
        painter.write(entries.joined(separator: "   "), x: x, y: y, width: width, style: .dim)
    }

    // MARK: Vertical fallback

    private func drawVertical(_ painter: inout Painter, in rect: Rect) {
        let lines = verticalLines(glyphs: painter.glyphs)
        let selectedLine = lines.firstIndex { $0.event != nil && $0.event?.record == selected?.record && $0.event?.lane == selected?.lane }
        var top = cursor?.listScroll ?? 0
        if let selectedLine {
            if selectedLine < top { top = selectedLine }
            if selectedLine >= top + rect.height { top = selectedLine - rect.height + 1 }
        }
        for (offset, line) in lines.dropFirst(top).prefix(rect.height).enumerated() {
            let y = rect.y + offset
            var style: Style = line.event.map { $0.matchesFilter ? .plain : .dim } ?? .bold
            if let event = line.event, event.record == selected?.record, event.lane == selected?.lane { style = Style(bold: true, reverse: true) }
            painter.write(line.text, x: rect.x + 1, y: y, width: rect.width - 1, style: style)
        }
    }

    func verticalLines(glyphs: Glyphs) -> [(text: String, event: TimelineEvent?)] {
        var lines: [(String, TimelineEvent?)] = []
        var year: Int?
        for event in model.chronological {
            if event.date.year != year {
                year = event.date.year
                lines.append((String(event.date.year), nil))
            }
            let day = event.date.day.map { "\($0) " } ?? ""
            let month = event.date.month.map(CivilDay.monthName) ?? "   "
            let mark = event.firsts.isEmpty ? " " : (glyphs.bullet == "*" ? "!" : "★")
            let via = event.via.map { glyphs.separator + $0 } ?? ""
            lines.append(("\(mark)\(TextWidth.fit(day + month, to: 7)) \(TextWidth.fit(event.lane.title, to: 14)) \(event.headline)\(via)", event))
        }
        return lines
    }
}

/// Maps days to columns and back for one chart.
struct Scale {
    let firstDay: Int
    let lastDay: Int
    let left: Int
    let width: Int

    /// In Double, and clamped well off the screen, so no day number can overflow or trap.
    func column(_ day: Int) -> Int {
        let span = max(1, Double(lastDay) - Double(firstDay) + 1)
        let offset = (Double(day) - Double(firstDay)) * Double(width) / span
        let limit = 1_000_000.0
        return left + Int(min(limit, max(-limit, offset.rounded(.down))))
    }

    func day(atColumn column: Int) -> Int {
        let span = max(1, Double(lastDay) - Double(firstDay) + 1)
        let day = Double(firstDay) + (Double(column) - Double(left)) * span / Double(max(1, width))
        return Int(min(Double(Int.max / 2), max(Double(Int.min / 2), day.rounded(.down))))
    }

    /// Which of `levels` steps a value reaches between low and high, for any Int values.
    static func level(_ value: Int, low: Int, high: Int, levels: Int) -> Int {
        guard levels > 0 else { return 0 }
        guard high > low else { return levels - 1 }
        let fraction = (Double(value) - Double(low)) / (Double(high) - Double(low))
        return min(levels - 1, max(0, Int((fraction * Double(levels - 1)).rounded(.down))))
    }
}

extension TimelineLane {
    /// The lane's colour, the one definition of a meeting kind's colour (`RecordRows.color(for:)`).
    var color: Color {
        switch self {
        case .ministerials: .yellow
        case .smallGroup: .cyan
        case .defence: .red
        case .politicalDirectors: .green
        case .focusGroup: .magenta
        case .membership: .blue
        }
    }
}

/// Day numbers to calendar dates and back, on the same day numbers as `PartialDate` (days since
/// 1 March of year 0, proleptic Gregorian), for any day number: the chart's window and ticks can
/// reach past the years `PartialDate` accepts, and must never trap there.
extension CivilDay {
    static func monthName(_ month: Int) -> String {
        PartialDate.monthNames[min(12, max(1, month)) - 1]
    }

    /// "11 May 2022", as `PartialDate.readable` writes a day.
    static func readable(_ number: Int) -> String {
        let date = date(number)
        return "\(date.day) \(monthName(date.month)) \(date.year)"
    }
}
