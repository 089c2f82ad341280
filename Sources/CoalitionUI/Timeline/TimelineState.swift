import CoalitionModel

/// How much time the timeline shows across its width: everything, or the calendar year, quarter
/// or month that holds the chosen event (never a window centred on it, so the axis starts on a
/// boundary a reader knows).
public enum TimelineZoom: Int, CaseIterable, Hashable, Sendable {
    case whole, year, quarter, month

    public var label: String {
        switch self {
        case .whole: "whole span"
        case .year: "year"
        case .quarter: "quarter"
        case .month: "month"
        }
    }

    /// The calendar period of this zoom that holds `day`, as first and last day; nil for the whole span.
    public func period(containing day: Int) -> ClosedRange<Int>? {
        let date = CivilDay.date(day)
        let firstMonth: Int
        let months: Int
        switch self {
        case .whole: return nil
        case .year: (firstMonth, months) = (1, 12)
        case .quarter: (firstMonth, months) = ((date.month - 1) / 3 * 3 + 1, 3)
        case .month: (firstMonth, months) = (date.month, 1)
        }
        let first = CivilDay.day(year: date.year, month: firstMonth, day: 1)
        let after = firstMonth + months > 12
            ? CivilDay.day(year: date.year + 1, month: firstMonth + months - 12, day: 1)
            : CivilDay.day(year: date.year, month: firstMonth + months, day: 1)
        return first...(after - 1)
    }
}

/// The timeline's cursor and view: which lane and event are selected, the zoom, the days shown.
public struct TimelineState: Hashable, Sendable {
    public internal(set) var lane: TimelineLane = .ministerials
    /// Position in the current lane's events.
    public internal(set) var event = 0
    public internal(set) var zoom: TimelineZoom = .whole
    /// The calendar period shown when zoomed in (`TimelineZoom.period`), kept by `Update`.
    public internal(set) var window: ClosedRange<Int>?
    /// Scroll of the vertical (narrow) timeline.
    public internal(set) var listScroll = 0
}
