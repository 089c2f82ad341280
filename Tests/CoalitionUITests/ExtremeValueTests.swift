import CoalitionModel
@testable import CoalitionUI
import Testing

/// Views must not trap on any value the model's types can hold, whatever bounds `validate` sets:
/// dates at both ends of what `PartialDate` accepts, member counts at the ends of `Int`.
@Suite struct ExtremeValueTests {
    /// The fixture with a meeting moved to the last day `PartialDate` takes, one before the
    /// Coalition was founded, and member counts at Int.max and Int.min.
    static let dataset: Dataset = {
        let base = Fixture.dataset
        var meetings = base.meetings
        meetings[0].date = PartialDate(year: 2200, month: 12, day: 31)!
        meetings[1].date = PartialDate(year: 1900, month: 1, day: 1)!
        meetings[1].endDate = PartialDate(year: 1900, month: 2)!
        var counts = base.memberCounts
        if counts.count >= 2 {
            counts[0].count = Int.max
            counts[1].count = Int.min
        }
        return Dataset(meetings: meetings, resolutions: base.resolutions, sessions: base.sessions, members: base.members,
                       memberCounts: counts, areas: base.areas, countries: base.countries)
    }()

    @Test(arguments: [40, 59, 60, 80, 120, 200])
    func theTimelineDrawsEveryZoomWithoutTrapping(_ columns: Int) {
        var state = AppState(dataset: Self.dataset, size: TerminalSize(columns: columns, rows: 30))
        state.press(.character("t"))
        for _ in 0..<4 {
            // Walk every lane and event at this zoom, drawing each frame.
            for _ in 0..<8 {
                for _ in 0..<8 {
                    _ = Renderer.render(state)
                    state.press(.right)
                }
                state.press(.down)
            }
            state.press(.character("+"))
        }
        #expect(state.view == .timeline)
    }

    @Test func thePrintedTimelineCoversEventsFrom1900To2200() {
        let model = TimelineModel(dataset: Self.dataset, region: nil)
        for width in [20, 60, 100, 1000] {
            let lines = TimelineReport.chart(model, width: width, filtered: false, options: DisplayOptions())
            #expect(!lines.isEmpty)
        }
        let list = TimelineReport.list(model.chronological, glyphs: DisplayOptions().glyphs)
        #expect(list.count == model.chronological.count)
        #expect(list.first?.hasPrefix("1900-01-01") == true)
        #expect(list.last?.hasPrefix("2200-12-31") == true)
    }

    @Test func anEventBeforeTheFoundingIsShownNotDropped() {
        let model = TimelineModel(dataset: Self.dataset, region: nil)
        #expect(model.firstDay <= PartialDate(year: 1900, month: 1, day: 1)!.earliestDayNumber)
        #expect(model.outsideCount == 0)
        let chart = TimelineReport.chart(model, width: 120, filtered: false, options: DisplayOptions()).joined(separator: "\n")
        #expect(chart.contains("1 Jan 1900"))
        // --from cuts the start on purpose: the chart starts there, events before are left out of the model.
        let cut = TimelineModel(dataset: Self.dataset, region: nil, from: PartialDate(year: 2020))
        #expect(cut.chronological.allSatisfy { $0.lastDay >= PartialDate(year: 2020)!.earliestDayNumber })
    }

    @Test func levelsAndColumnsHoldForAnyInt() {
        for (value, low, high) in [(Int.max, Int.min, Int.max), (Int.min, Int.min, Int.max), (0, Int.min, Int.max), (5, 5, 5), (Int.max, 0, Int.max)] {
            let level = Scale.level(value, low: low, high: high, levels: 8)
            #expect((0..<8).contains(level))
        }
        let scale = Scale(firstDay: Int.min, lastDay: Int.max, left: 10, width: 80)
        for day in [Int.min, -1, 0, 1, Int.max] {
            _ = scale.column(day)
            _ = scale.day(atColumn: day == Int.min ? -1000 : 1000)
        }
    }

    @Test func calendarArithmeticAgreesWithPartialDate() {
        for year in [1900, 1999, 2000, 2014, 2024, 2100, 2200] {
            for month in 1...12 {
                let date = PartialDate(year: year, month: month, day: 1)!
                #expect(CivilDay.day(year: year, month: month, day: 1) == date.earliestDayNumber)
                let back = CivilDay.date(date.earliestDayNumber)
                #expect(back.year == year && back.month == month && back.day == 1)
            }
        }
        // Far outside PartialDate's years it still answers, without trapping.
        _ = CivilDay.readable(Int.max)
        _ = CivilDay.readable(Int.min)
    }
}
