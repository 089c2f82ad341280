import CoalitionModel
import CoalitionTestSupport
@testable import CoalitionUI
import Testing

/// The timeline: its cursor, its zoom, the region filter, and golden screens at several widths.
@Suite struct TimelineTests {
    static func timeline(_ columns: Int = 120, _ rows: Int = 40, options: DisplayOptions = DisplayOptions()) -> AppState {
        var state = AppState.fixture(columns, rows, options: options)
        state.press(.character("t"))
        return state
    }

    @Test func tOpensTheTimelineAndEscReturnsToTheLists() {
        var state = Self.timeline()
        #expect(state.view == .timeline)
        #expect(state.screenText.contains("Timeline"))
        state.press(.escape)
        #expect(state.view == .browse)
    }

    @Test func rightAndLeftMoveThroughALanesEventsInTimeOrder() throws {
        var state = Self.timeline()
        let lane = state.timeline.lane
        let events = state.timelineModel.events(in: lane)
        try #require(events.count >= 2)
        #expect(events.map(\.firstDay) == events.map(\.firstDay).sorted())
        var seen: [RecordRef] = []
        for _ in events {
            seen.append(try #require(state.timelineEvent).record)
            state.press(.right)
        }
        #expect(seen == events.map(\.record))
        state.press(.right)
        #expect(state.timelineEvent?.record == events.last?.record, "Right stops at the last event")
        state.press(.left)
        #expect(state.timelineEvent?.record == events[events.count - 2].record)
    }

    @Test func upAndDownMoveBetweenLanesToTheNearestEventInTime() throws {
        var state = Self.timeline()
        let startLane = state.timeline.lane
        state.press(.down)
        #expect(state.timeline.lane != startLane)
        let lanes = state.timelineModel.lanes.filter { !state.timelineModel.events(in: $0).isEmpty }
        #expect(lanes.firstIndex(of: state.timeline.lane) == lanes.firstIndex(of: startLane).map { $0 + 1 })
        state.press(.up)
        #expect(state.timeline.lane == startLane)
    }

    @Test func plusAndMinusStepThroughTheZoomLevels() {
        var state = Self.timeline()
        var levels = [state.timeline.zoom]
        for _ in 0..<4 {
            state.press(.character("+"))
            levels.append(state.timeline.zoom)
        }
        #expect(levels == [.whole, .year, .quarter, .month, .month])
        #expect(state.screenText.contains("zoom: month"))
        state.press(.character("-"))
        #expect(state.timeline.zoom == .quarter)
    }

    @Test func zoomingInKeepsTheChosenEventInView() throws {
        var state = Self.timeline()
        state.press(.end)
        let chosen = try #require(state.timelineEvent)
        state.press(.character("+"), .character("+"))
        let window = try #require(state.timeline.window)
        #expect(window.contains(chosen.markDay))
    }

    @Test func enterOpensTheEventsRecordInTheDetailPane() throws {
        var state = Self.timeline()
        let chosen = try #require(state.timelineEvent)
        state.press(.enter)
        #expect(state.view == .browse)
        #expect(state.focus == .detail)
        #expect(state.detailRecord == chosen.record)
    }

    @Test func aRegionFilterDimsTheEventsOutsideItAndEachLaneSaysHowManyItShows() {
        var state = Self.timeline()
        Update.perform(.filterRegion("africa"), &state)
        let meetings = state.timelineModel.events(in: .ministerials)
        #expect(meetings.contains { $0.matchesFilter })
        #expect(meetings.contains { !$0.matchesFilter })
        let shown = meetings.filter(\.matchesFilter).count
        #expect(state.screenText.contains("\(shown)/\(meetings.count)"))
        #expect(state.screenText.contains("events outside the region are dimmed"))
    }

    @Test func firstsAreMarkedAndExplained() {
        let state = Self.timeline()
        #expect(state.screenText.contains("★"))
        #expect(state.screenText.contains("a first"))
        let ascii = Self.timeline(options: DisplayOptions(ascii: true))
        #expect(!ascii.screenText.contains("★"))
        #expect(ascii.screenText.contains("! a first"))
    }

    @Test func aNarrowTerminalGetsAListByYearAndItsCursorFollowsTime() {
        var state = Self.timeline(50, 30)
        #expect(state.screenText.contains("\n 2014"))
        let first = state.timelineEvent?.firstDay ?? 0
        state.press(.down)
        #expect((state.timelineEvent?.firstDay ?? 0) >= first)
    }

    @Test(arguments: [
        (120, 40, TimelineZoom.whole), (120, 40, .year), (120, 40, .quarter), (120, 40, .month),
        (80, 24, .whole), (80, 24, .year), (80, 24, .quarter), (80, 24, .month), (60, 20, .whole), (50, 24, .whole),
    ])
    func timelineMatchesItsGolden(_ columns: Int, _ rows: Int, _ zoom: TimelineZoom) throws {
        var state = Self.timeline(columns, rows)
        for _ in 0..<zoom.rawValue { state.press(.character("+")) }
        try Golden.check(Renderer.render(state), named: "timeline-\(columns)x\(rows)-\(zoom.label.replacingOccurrences(of: " ", with: "-"))")
    }

    @Test func printedTimelineMatchesItsGolden() throws {
        let model = TimelineModel(dataset: Fixture.dataset, region: "africa")
        let lines = TimelineReport.chart(model, width: 100, filtered: true, options: DisplayOptions(ascii: true, color: false))
            + [""] + TimelineReport.list(model.chronological, glyphs: Glyphs.ascii)
        var screen = ScreenBuffer(size: TerminalSize(columns: 200, rows: lines.count))
        for (row, line) in lines.enumerated() { screen.write(line, x: 0, y: row) }
        try Golden.check(screen, named: "timeline-printed-africa-100-ascii")
    }

    /// `coalition timeline` reads only `TimelineModel.dataFiles`: the timeline built from those
    /// files alone must be the one built from the whole data set, with and without a region.
    @Test func timelineNeedsOnlyItsDataFiles() throws {
        let whole = try #require(DatasetLoader.load(directory: shippedDataFolder).dataset)
        let part = try #require(DatasetLoader.load(directory: shippedDataFolder, showing: TimelineModel.dataFiles).dataset)
        #expect(part.resolutions.isEmpty)
        for region in [nil, "africa", "IQ"] as [String?] {
            let fromWhole = TimelineModel(dataset: whole, region: region)
            let fromPart = TimelineModel(dataset: part, region: region)
            #expect(fromPart.events == fromWhole.events, "\(region ?? "no region")")
            #expect(fromPart.memberCounts == fromWhole.memberCounts)
            #expect(fromPart.firstDay == fromWhole.firstDay && fromPart.lastDay == fromWhole.lastDay)
        }
    }

    /// A lane is printed only when it has something to draw: every lane left out has no event,
    /// every lane kept has one (or, for the members' lane, a member count), and the chart of the
    /// occupied lanes names no lane left out.
    @Test func thePrintedTimelineLeavesOutLanesWithNothingToDraw() throws {
        let dataset = Fixture.dataset
        for (region, from) in [(nil, nil), ("africa", nil), (nil, PartialDate(year: 2022)), ("IQ", PartialDate(year: 2016))] as [(String?, PartialDate?)] {
            var model = TimelineModel(dataset: dataset, region: region, from: from)
            let occupied = model.occupiedLanes
            for lane in TimelineLane.allCases {
                let drawable = !model.events(in: lane).isEmpty || (lane == .membership && model.memberCount(onDay: model.lastDay) != nil)
                #expect(occupied.contains(lane) == drawable, "\(lane) in \(region ?? "everywhere") from \(from?.description ?? "the start")")
            }
            model.lanes = occupied
            let chart = TimelineReport.chart(model, width: 120, filtered: region != nil, options: DisplayOptions(ascii: true, color: false))
            for lane in TimelineLane.allCases where !occupied.contains(lane) {
                #expect(!chart.contains { $0.hasPrefix(" " + lane.title) }, "\(lane) is drawn though empty")
            }
        }
        let kinds: [TimelineLane] = [.ministerials, .defence]
        let later = TimelineModel(dataset: dataset, region: nil, lanes: kinds, from: PartialDate(year: 2100))
        #expect(later.occupiedLanes == kinds.filter { !later.events(in: $0).isEmpty })
    }

    /// With nothing listed, `timeline` says so in `list`'s words and names the nearest filter
    /// with events, counted as the timeline counts them.
    @Test func anEmptyTimelineSaysWhyAndNamesTheNearestFilterWithEvents() throws {
        let dataset = Fixture.dataset
        let future = try #require(PartialDate("2150"))
        let everything = TimelineReport.listed(TimelineModel(dataset: dataset, region: nil), context: false)
        try #require(!everything.isEmpty)
        #expect(TimelineReport.listed(TimelineModel(dataset: dataset, region: nil, from: future), context: false).isEmpty)
        #expect(TimelineReport.emptyResult(dataset: dataset, region: nil, lanes: TimelineLane.allCases, from: future, to: nil, context: false) == [
            "coalition: no events match from 2150",
            "nearest with results: without --from and --to (\(everything.count) events)",
        ])
        let lanes: [TimelineLane] = [.defence, .focusGroup]
        let inLanes = TimelineReport.listed(TimelineModel(dataset: dataset, region: nil, lanes: lanes), context: false)
        try #require(!inLanes.isEmpty)
        #expect(TimelineReport.emptyResult(dataset: dataset, region: nil, lanes: lanes, from: future, to: future, context: false) == [
            "coalition: no events match kind defence or africa-focus-group, from 2150, to 2150",
            "nearest with results: without --from and --to (\(inLanes.count) event\(inLanes.count == 1 ? "" : "s"))",
        ])
    }
}
