import CoalitionModel
@testable import CoalitionUI
import Testing

/// A timeline you can steer: zoom levels that are calendar periods, Esc back to it from a record.
@Suite struct TimelineZoomTests {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Int { CivilDay.day(year: year, month: month, day: day) }

    @Test(arguments: [
        // (day, zoom, first, last)
        (day(2017, 6, 15), TimelineZoom.year, day(2017, 1, 1), day(2017, 12, 31)),
        (day(2017, 12, 31), .year, day(2017, 1, 1), day(2017, 12, 31)),
        (day(2018, 1, 1), .year, day(2018, 1, 1), day(2018, 12, 31)),
        (day(2024, 2, 29), .year, day(2024, 1, 1), day(2024, 12, 31)),
        (day(2024, 2, 10), .quarter, day(2024, 1, 1), day(2024, 3, 31)),
        (day(2023, 3, 31), .quarter, day(2023, 1, 1), day(2023, 3, 31)),
        (day(2023, 4, 1), .quarter, day(2023, 4, 1), day(2023, 6, 30)),
        (day(2022, 12, 31), .quarter, day(2022, 10, 1), day(2022, 12, 31)),
        (day(2023, 1, 1), .quarter, day(2023, 1, 1), day(2023, 3, 31)),
        (day(2024, 2, 1), .month, day(2024, 2, 1), day(2024, 2, 29)),
        (day(2023, 2, 28), .month, day(2023, 2, 1), day(2023, 2, 28)),
        (day(2100, 2, 15), .month, day(2100, 2, 1), day(2100, 2, 28)),
        (day(2000, 2, 15), .month, day(2000, 2, 1), day(2000, 2, 29)),
        (day(2019, 12, 31), .month, day(2019, 12, 1), day(2019, 12, 31)),
        (day(2020, 1, 1), .month, day(2020, 1, 1), day(2020, 1, 31)),
    ])
    func periodsAreCalendarPeriods(_ day: Int, _ zoom: TimelineZoom, _ first: Int, _ last: Int) {
        #expect(zoom.period(containing: day) == first...last)
    }

    @Test func theWholeSpanIsNoPeriod() {
        #expect(TimelineZoom.whole.period(containing: Self.day(2020, 5, 5)) == nil)
    }

    @Test func eachZoomShowsThePeriodHoldingTheChosenEventNotAWindowAroundIt() throws {
        var state = TimelineTests.timeline()
        state.press(.end)
        let event = try #require(state.timelineEvent)
        let date = CivilDay.date(event.markDay)
        var windows: [ClosedRange<Int>?] = [state.timeline.window]
        for _ in 0..<3 {
            state.press(.character("+"))
            windows.append(state.timeline.window)
        }
        #expect(windows[0] == nil)
        #expect(windows[1]?.lowerBound == Self.day(date.year, 1, 1))
        #expect(windows[1]?.upperBound == Self.day(date.year, 12, 31))
        #expect(windows[2] == TimelineZoom.quarter.period(containing: event.markDay))
        #expect(windows[3]?.lowerBound == Self.day(date.year, date.month, 1))
        for window in windows.compactMap({ $0 }) { #expect(window.contains(event.markDay)) }
        // Moving to an event in another year moves the view to that year.
        state.press(.character("-"), .character("-"), .home)
        let first = try #require(state.timelineEvent)
        #expect(state.timeline.window == TimelineZoom.year.period(containing: first.markDay))
    }

    @Test func theYearZoomLabelsEveryMonth() {
        var state = TimelineTests.timeline(120, 40)
        state.press(.character("+"))
        let axis = state.screenText.split(separator: "\n")[2]
        for month in PartialDate.monthNames { #expect(axis.contains(month), "\(month) on \(axis)") }
    }

    @Test(arguments: [12, 20, 40, 60, 100])
    func axisLabelsNeverTouchAndTheMostImportantShowFirst(_ width: Int) {
        let periods = [
            (Self.day(2024, 2, 1), Self.day(2024, 2, 29), "1 Feb"), (Self.day(2023, 1, 1), Self.day(2023, 12, 31), "Jan"),
            (Self.day(2022, 10, 1), Self.day(2022, 12, 31), "Oct"), (Self.day(2014, 9, 1), Self.day(2026, 2, 9), "20"),
        ]
        for (first, last, leading) in periods {
            let labelled = TimelineAxis.marks(Scale(firstDay: first, lastDay: last, left: 5, width: width)).filter { $0.label != nil }
            #expect(labelled.first?.label?.hasPrefix(leading) == true, "\(leading) at \(width)")
            for (left, right) in zip(labelled, labelled.dropFirst()) {
                #expect(left.column + TextWidth.of(left.label ?? "") < right.column, "a blank between \(left) and \(right)")
            }
            #expect(labelled.allSatisfy { $0.column >= 5 && $0.column + TextWidth.of($0.label ?? "") <= 5 + width })
        }
    }

    @Test func aYearSixtyColumnsWideLabelsEveryMonthAndAMonthItsFifthDays() {
        let year = TimelineAxis.marks(Scale(firstDay: Self.day(2023, 1, 1), lastDay: Self.day(2023, 12, 31), left: 0, width: 60))
        #expect(year.compactMap(\.label) == PartialDate.monthNames)
        let month = TimelineAxis.marks(Scale(firstDay: Self.day(2023, 3, 1), lastDay: Self.day(2023, 3, 31), left: 0, width: 60))
        let labels = month.compactMap(\.label)
        for day in ["5", "10", "15", "20", "25", "30"] { #expect(labels.contains(day), "\(day) in \(labels)") }
    }

    @Test func escAndBackspaceFromAnOpenedEventReturnToTheSameLaneEventAndZoom() throws {
        for back in [Key.escape, .backspace] {
            var state = TimelineTests.timeline()
            state.press(.down, .right, .right, .character("+"), .character("+"))
            let before = state.timeline
            let chosen = try #require(state.timelineEvent)
            state.press(.enter)
            #expect(state.view == .browse)
            #expect(state.detailRecord == chosen.record)
            #expect(state.screenText.contains("Esc back"))
            state.press(back)
            #expect(state.view == .timeline)
            #expect(state.timeline == before)
            #expect(state.history.isEmpty)
            state.press(.escape)
            #expect(state.view == .browse, "Esc on the timeline goes back to the lists")
        }
    }

    @Test func aLinkFollowedFromTheOpenedEventComesBackThroughTheRecordToTheTimeline() throws {
        var state = TimelineTests.timeline()
        let before = state.timeline
        let chosen = try #require(state.timelineEvent)
        state.press(.enter)
        guard let first = state.detail.links.firstIndex(where: { if case .record = $0 { true } else { false } }) else { return }
        state.press(contentsOf: Array(repeating: .down, count: first + 1))
        state.press(.enter)
        #expect(state.detailRecord != chosen.record)
        state.press(.escape)
        #expect(state.detailRecord == chosen.record)
        state.press(.escape)
        #expect(state.view == .timeline && state.timeline == before)
    }

    @Test func anEventKeptOnlyForABroaderAreaSaysSo() throws {
        let dataset = Fixture.dataset
        for region in ["western-africa", "northern-africa", "sub-saharan-africa"] {
            let model = TimelineModel(dataset: dataset, region: region)
            for event in model.chronological {
                guard case .meeting(let id) = event.record, let meeting = dataset.meeting(id: id) else { continue }
                #expect(event.via == dataset.viaText(dataset.regionMatch(meeting, region: region)))
                if let via = event.via {
                    #expect(TimelineReport.list([event], glyphs: .ascii)[0].contains(via))
                }
            }
        }
    }
}

/// `y`: members by year in the Members pane, from the model's one definition.
@Suite struct MembersByYearTests {
    @Test func yShowsMembersByYearAsStatsCountsThemAndYGoesBack() {
        var state = AppState.fixture(120, 40)
        state.press(.character("y"))
        #expect(state.pane == .members)
        #expect(state.membersByYear != nil)
        let growth = Fixture.dataset.membershipGrowth()
        #expect(!growth.isEmpty)
        #expect(state.membersByYear?.selected == growth.count - 1, "opens on the latest year")
        let screen = state.screenText
        #expect(screen.contains(MembersByYear.heading))
        for year in growth { #expect(screen.contains(MembersByYear.line(year)), "\(year.year)") }
        state.press(.character("y"))
        #expect(state.membersByYear == nil)
        #expect(state.screenText.contains("4 Members · by name ("))
    }

    @Test func theRowsSayWhatEachYearHolds() {
        let row = MembersByYear.line(MembershipYear(year: 2018, joined: 3, knownBy: 2, total: 70, stated: 74))
        #expect(row == "2018       3         2     70      74")
        #expect(MembersByYear.line(MembershipYear(year: 2019, joined: 0, knownBy: 0, total: 70)).hasSuffix("-"))
    }

    @Test func upAndDownChooseAYearAndEscGoesBackToTheList() {
        var state = AppState.fixture(80, 24)
        state.press(.character("y"), .home)
        #expect(state.membersByYear?.selected == 0)
        state.press(.down)
        #expect(state.membersByYear?.selected == 1)
        let member = state.selectedID
        state.press(.escape)
        #expect(state.membersByYear == nil)
        #expect(state.selectedID == member, "the list's own selection did not move")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func membersByYearMatchesItsGolden(_ columns: Int, _ rows: Int) throws {
        var state = AppState.fixture(columns, rows)
        state.press(.character("y"))
        try Golden.check(Renderer.render(state), named: "members-by-year-\(columns)x\(rows)")
    }
}

/// `o`: the selected record's source in the browser, as a command the loop runs.
@Suite struct OpenSourceTests {
    static func firstWebSource(of record: RecordRef) -> WebLink? {
        RecordPresentation(record, in: Fixture.dataset)?.sources.compactMap { $0.url.flatMap(WebLink.init) }.first
    }

    @Test func oOpensTheSelectedRecordsFirstSourceWithXdgOpenWhenBrowserIsUnset() throws {
        var state = AppState.fixture()
        let record = try #require(state.detailRecord)
        let link = try #require(Self.firstWebSource(of: record))
        let commands = Update.apply(.key(.character("o")), to: &state)
        #expect(commands == [.openLink(LinkLaunch(link: link, browser: nil))])
        guard case .openLink(let launch)? = commands.first else { return }
        #expect(launch.arguments == ["xdg-open", link.url])
        #expect(state.screenText.contains("opening " + link.host))
    }

    @Test func browserIsACommandWithArgumentsAndPercentSTakesTheAddress() throws {
        let link = try #require(WebLink("https://www.state.gov/a-b?c=d&e=f"))
        #expect(LinkLaunch(link: link, browser: "firefox --new-tab").arguments == ["firefox", "--new-tab", link.url])
        #expect(LinkLaunch(link: link, browser: "w3m -o x=%s -N").arguments == ["w3m", "-o", "x=" + link.url, "-N"])
        #expect(LinkLaunch(link: link, browser: "   ").arguments == ["xdg-open", link.url])
        var state = AppState.fixture()
        Update.perform(.useBrowser("/tmp/my browser"), &state)
        let commands = Update.apply(.key(.character("o")), to: &state)
        guard case .openLink(let launch)? = commands.first else {
            Issue.record("o makes a command")
            return
        }
        #expect(launch.arguments.first == "/tmp/my" && launch.arguments.count == 3, "split at spaces, the address last and whole")
    }

    @Test func inTheDetailTheChosenSourceIsOpened() throws {
        var state = AppState.fixture()
        state.press(.enter)
        let sources = state.detail.links.enumerated().compactMap { index, link -> (Int, WebLink)? in
            if case .source(let web) = link { return (index, web) }
            return nil
        }
        let (position, link) = try #require(sources.last)
        state.press(contentsOf: Array(repeating: .down, count: position + 1))
        #expect(state.detailLink == position)
        #expect(Update.apply(.key(.character("o")), to: &state) == [.openLink(LinkLaunch(link: link, browser: nil))])
    }

    @Test func onTheTimelineTheChosenEventsSourceIsOpened() throws {
        var state = TimelineTests.timeline()
        state.press(.right)
        let event = try #require(state.timelineEvent)
        let link = try #require(Self.firstWebSource(of: event.record))
        #expect(Update.apply(.key(.character("o")), to: &state) == [.openLink(LinkLaunch(link: link, browser: nil))])
    }

    @Test func theOutcomeShowsOnTheStatusLineUntilTheNextKey() throws {
        var state = AppState.fixture()
        let link = try #require(WebLink("https://www.state.gov/x"))
        Update.apply(.linkOpened(LinkLaunch(link: link, browser: nil), problem: nil), to: &state)
        #expect(state.message == "opened www.state.gov")
        #expect(state.screenText.contains("opened www.state.gov"))
        state.press(.down)
        #expect(state.message == nil)
        let launch = LinkLaunch(link: link, browser: nil)
        Update.apply(.linkOpened(launch, problem: launch.problem(starting: .notFound)), to: &state)
        #expect(state.screenText.contains("BROWSER is not set and xdg-open is not on PATH"))
    }

    @Test(arguments: [
        "javascript:alert(1)", "ftp://example.org/x", "https://", "https://exa mple.org", "https://example.org/\u{1B}]8;;x\u{7}",
        "https://example.org/\u{7}", "file:///etc/passwd", "https://exämple.org", "",
    ])
    func onlySanitisedWebAddressesAreLinks(_ text: String) {
        #expect(WebLink(text) == nil)
    }

    @Test func aWebAddressKeepsItsTextAndNamesItsHost() throws {
        let link = try #require(WebLink("HTTPS://User@Www.Example.org:443/a?b#c"))
        #expect(link.url == "HTTPS://User@Www.Example.org:443/a?b#c")
        #expect(link.host == "www.example.org")
    }
}

/// The detail pane shows web addresses whole on lines of their own, broken after their parts,
/// and link titles uncut.
@Suite struct DetailAddressTests {
    @Test(arguments: [30, 44, 60, 100])
    func addressesStandOnTheirOwnLinesBrokenAfterTheirParts(_ width: Int) {
        for meeting in Fixture.dataset.meetings {
            let content = DetailContent(record: .meeting(meeting.id), dataset: Fixture.dataset, width: width, glyphs: .unicode)
            for source in meeting.sources {
                guard let url = source.url, let link = WebLink(url) else { continue }
                let rows = content.lines.indices.filter { content.lines[$0].link == .source(link) }
                #expect(!rows.isEmpty, "\(url)")
                guard let row = rows.first else { continue }
                let pieces = content.rows(ofLink: content.links.firstIndex(of: .source(link)) ?? -1).map {
                    content.lines[$0].text.trimmingPrefix("    ")
                }
                TextWidthTests.checkAddressLines(pieces.map(String.init), of: url, width: width - 4, "\(url) at \(width)")
                #expect(content.lines[row].text.hasPrefix("    "))
            }
        }
    }

    @Test func linkTitlesAreNotCut() {
        let content = DetailContent(record: .meeting(Fixture.dataset.meetings[0].id), dataset: Fixture.dataset, width: 40, glyphs: .unicode)
        #expect(!content.lines.contains { $0.text.contains("…") && $0.link != nil })
        let presentation = RecordPresentation(.meeting(Fixture.dataset.meetings[0].id), in: Fixture.dataset)
        let text = content.lines.map(\.text).joined(separator: " ")
        for group in presentation?.linkGroups ?? [] {
            for link in group.links {
                let words = link.title.split(separator: " ")
                #expect(words.allSatisfy { text.contains($0) }, "\(link.title)")
            }
        }
    }
}

/// OSC 8 over the drawn screen: the same cells again, inside a link, cursor saved and restored.
@Suite struct HyperlinkOverlayTests {
    @Test func addressesInTheDetailBecomeLinksOfTheSameText() throws {
        var state = AppState.fixture(120, 40)
        state.press(.character("4"))
        let screen = Renderer.render(state)
        let link = try #require(screen.hyperlinks.first)
        let text = (link.x..<(link.x + link.width)).map { screen[$0, link.y].text }.joined()
        #expect(text == link.link.url)
        let sequence = HyperlinkOverlay.sequence(for: screen, color: true)
        #expect(sequence.hasPrefix("\u{1B}7\u{1B}[\(link.y + 1);\(link.x + 1)H\u{1B}]8;id=coalition-1;\(link.link.url)\u{1B}\\"))
        #expect(sequence.contains(link.link.url + "\u{1B}]8;;\u{1B}\\"))
        #expect(sequence.hasSuffix("\u{1B}8"))
        #expect(!sequence.contains("\u{7}"))
    }

    @Test func aScreenWithoutAddressesWritesNothing() {
        let state = TimelineTests.timeline()
        #expect(HyperlinkOverlay.sequence(for: Renderer.render(state), color: true).isEmpty)
    }

    @Test func aLongAddressIsOneLinkOverItsLines() {
        for width in [30, 44] {
            var state = AppState.fixture(width + 10, 40)
            state.press(.character("4"), .enter, .end)
            let screen = Renderer.render(state)
            for link in screen.hyperlinks {
                #expect(link.x + link.width <= width + 10)
                #expect((link.x..<(link.x + link.width)).allSatisfy { link.link.url.contains(screen[$0, link.y].text) })
            }
        }
    }
}

extension MembersByYearTests {
    @Test func aClickChoosesTheYearUnderItAndTheWheelMovesThroughYears() throws {
        var state = AppState.fixture(120, 40)
        state.press(.character("y"))
        let box = try #require(Layout(for: state).panes.first { $0.pane == .members }).rect
        Update.apply(.mouse(x: box.x + 3, y: box.y + 3, button: .press), to: &state)
        #expect(state.membersByYear?.selected == 1, "row 1 of the table: the heading is above it")
        Update.apply(.mouse(x: box.x + 3, y: box.y + 3, button: .wheelDown), to: &state)
        #expect(state.membersByYear?.selected == min(4, Fixture.dataset.membershipGrowth().count - 1))
        #expect(state.membersByYear != nil && state.pane == .members)
    }
}

extension TimelineZoomTests {
    @Test func theDashboardsTimelineSaysViaWhichBroaderAreaAnEventIsShown() throws {
        var state = TimelineTests.timeline()
        Update.perform(.filterRegion("western-africa"), &state)
        let model = state.timelineModel
        let wanted = try #require(model.chronological.first { $0.via != nil }, "the fixture has an event about a broader area")
        for _ in TimelineLane.allCases where state.timeline.lane != wanted.lane { state.press(.down) }
        for _ in model.events(in: wanted.lane) where state.timelineEvent?.record != wanted.record { state.press(.right) }
        #expect(state.screenText.contains(try #require(wanted.via) + ": about the broader area as a whole"))
    }
}
