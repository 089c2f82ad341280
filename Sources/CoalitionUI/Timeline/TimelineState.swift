import CoalitionModel

/// How much time the timeline shows across its width.
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

    /// Days across the chart, or nil for the whole span.
    var windowDays: Int? {
        switch self {
        case .whole: nil
        case .year: 366
        case .quarter: 92
        case .month: 31
        }
    }
}

/// The timeline's cursor and view: which lane and event are selected, the zoom, where the view starts.
public struct TimelineState: Hashable, Sendable {
    public var lane: TimelineLane = .ministerials
    /// Position in the current lane's events.
    public var event = 0
    public var zoom: TimelineZoom = .whole
    /// First day shown, when zoomed in.
    public var viewStart: Int?
    /// Scroll of the vertical (narrow) timeline.
    public var listScroll = 0
}
