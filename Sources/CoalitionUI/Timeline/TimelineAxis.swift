import CoalitionModel

/// The timeline's axis: which days get a tick and which ticks get a label, for any window.
///
/// Ticks follow the window's length: years (and months between them) over a long span, months
/// (abbreviated names) over a year or a quarter, days over a month. Every tick has a rank, and
/// labels are placed in rank order, then left to right: a label is dropped when it would touch
/// one already placed (a blank cell must separate them) or run past the chart's right edge. So
/// years win over months, a quarter's first month over the others, the 1st and every fifth day
/// over the days between, and every label that fits shows.
enum TimelineAxis {
    struct Mark: Equatable {
        var column: Int
        var label: String?
    }

    private struct Tick {
        var day: Int
        var label: String
        /// 0 is the most important; labels are placed in rank order.
        var rank: Int
    }

    /// The ticks in time order, each with its label if it has room.
    static func marks(_ scale: Scale) -> [Mark] {
        let ticks = self.ticks(scale)
        let right = scale.left + scale.width
        var occupied = Array(repeating: false, count: max(0, scale.width) + 2)
        var labels: [Int: String] = [:]
        let order = ticks.indices.sorted { (ticks[$0].rank, ticks[$0].day) < (ticks[$1].rank, ticks[$1].day) }
        for index in order {
            let tick = ticks[index]
            let column = scale.column(tick.day)
            let width = TextWidth.of(tick.label)
            guard column >= scale.left, column + width <= right else { continue }
            // Cells from one before the label to one after it, relative to the chart's left edge.
            let span = (column - scale.left)...(column - scale.left + width + 1)
            if span.contains(where: { occupied[$0] }) { continue }
            for cell in span.dropFirst().dropLast() { occupied[cell] = true }
            labels[index] = tick.label
        }
        // Every tick is marked while they stand at least two columns apart; else only the labelled.
        let markAll = ticks.count * 2 <= scale.width
        return ticks.indices.sorted { ticks[$0].day < ticks[$1].day }.compactMap { index in
            let column = scale.column(ticks[index].day)
            guard column >= scale.left, column < right, markAll || labels[index] != nil || ticks[index].rank == 0 else { return nil }
            return Mark(column: column, label: labels[index])
        }
    }

    /// Every loop is bounded by the chart's width, whatever dates the window holds.
    private static func ticks(_ scale: Scale) -> [Tick] {
        let first = CivilDay.date(scale.firstDay)
        let last = CivilDay.date(scale.lastDay)
        let span = scale.lastDay - scale.firstDay
        let width = max(1, scale.width)
        guard last.year >= first.year else { return [] }
        if span <= 45 { return dayTicks(scale) }
        var ticks: [Tick] = []
        let years = last.year - first.year + 1
        if span > 2 * 366 {
            let step = max(1, (years + width - 1) / width)
            for year in stride(from: first.year, through: last.year + 1, by: step) {
                ticks.append(Tick(day: CivilDay.day(year: year, month: 1, day: 1), label: String(year), rank: 0))
            }
        }
        // Months while there are not many more than columns; only those that fit get a label.
        guard years * 12 <= 4 * width else { return ticks }
        let longSpan = span > 2 * 366
        let crossesYears = first.year != last.year
        for year in first.year...last.year {
            for month in 1...12 {
                let day = CivilDay.day(year: year, month: month, day: 1)
                guard day >= scale.firstDay, day <= scale.lastDay, !(longSpan && month == 1) else { continue }
                let name = CivilDay.monthName(month)
                let rank = month == 1 ? 0 : (month % 3 == 1 ? 1 : 2)
                ticks.append(Tick(day: day, label: month == 1 && crossesYears ? "\(name) \(year)" : name, rank: longSpan ? rank + 1 : rank))
            }
        }
        if span <= 100 {
            // A quarter: the weeks' days between the months, least important of all.
            var day = scale.firstDay
            while day <= scale.lastDay {
                let date = CivilDay.date(day)
                if [8, 15, 22].contains(date.day) { ticks.append(Tick(day: day, label: String(date.day), rank: 3)) }
                day += 1
            }
        }
        return ticks
    }

    /// A month or less: a tick a day; the 1st first, then every fifth day, then the rest.
    private static func dayTicks(_ scale: Scale) -> [Tick] {
        var ticks: [Tick] = []
        var day = scale.firstDay
        while day <= scale.lastDay {
            let date = CivilDay.date(day)
            let rank = date.day == 1 ? 0 : (date.day % 5 == 0 ? 1 : 2)
            ticks.append(Tick(day: day, label: date.day == 1 ? "1 \(CivilDay.monthName(date.month))" : String(date.day), rank: rank))
            day += 1
        }
        return ticks
    }
}
