import CoalitionModel
import CoalitionTestSupport
import CoalitionUI
import Foundation
import Testing

/// Live reload as `Update` sees it: `.dataReloaded` keeps the user where they were by record id
/// and clamps or clears what is gone; `.reloadFailed` keeps the data and shows the problem until a
/// later reload works.
@Suite struct ReloadTests {
    /// The fixture's files after `change`, loaded as the watcher loads a folder that was edited.
    static func edited(_ change: (inout [String: [String: Any]]) -> Void) throws -> DashboardData {
        var objects: [String: [String: Any]] = [:]
        for file in Fixture.files {
            objects[file.name] = try #require(JSONSerialization.jsonObject(with: Data(file.text.utf8)) as? [String: Any])
        }
        change(&objects)
        let files = try objects.map { name, object in
            (name: name, text: String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        let report = try loadDataFolder(files)
        let dataset = try #require(report.dataset, "the edited fixture loads: \(report.problems.map(\.description))")
        return DashboardData(dataset: dataset)
    }

    /// Drops the records with these ids from every list of every file.
    static func removing(_ ids: Set<String>) -> (inout [String: [String: Any]]) -> Void {
        { objects in
            for (name, object) in objects {
                var kept = object
                for (key, value) in object {
                    guard let records = value as? [[String: Any]] else { continue }
                    kept[key] = records.filter { !ids.contains(($0["id"] as? String) ?? "") }
                }
                objects[name] = kept
            }
        }
    }

    /// The first problem of a broken meetings file, as the watcher would deliver it.
    static func brokenMeetingsProblem(message extra: String = "") throws -> DataProblem {
        let broken = "{\"meetings\": [\n  {\"id\": }\(extra)\n]}\n"
        let files = Fixture.files.map { $0.name == "meetings.json" ? (name: $0.name, text: broken) : $0 }
        return try #require(try loadDataFolder(files).problems.first)
    }

    /// The Marrakesh meeting and its statements gone; the session held beside it stays.
    static func withoutMarrakesh(_ objects: inout [String: [String: Any]]) {
        removing(["mtg-2022-05-11-marrakesh", "res-2022-05-11-marrakesh-01", "res-2022-05-11-marrakesh-02"])(&objects)
        var sessions = objects["sessions.json"]!["sessions"] as! [[String: Any]]
        sessions[0].removeValue(forKey: "meeting")
        objects["sessions.json"]!["sessions"] = sessions
    }

    static let brussels: Set<String> = ["mtg-2014-12-03-brussels", "res-2014-12-03-brussels-01", "res-2014-12-03-brussels-02"]

    @Test func theSelectionStaysOnTheSameRecordWhenRowsAboveItGo() throws {
        var state = AppState.fixture()
        state.press(.down, .down, .down)
        #expect(state.selectedID == "mtg-2022-05-11-marrakesh")
        let data = try Self.edited(Self.removing(Self.brussels))
        Update.apply(.dataReloaded(data), to: &state)
        #expect(state.data == data)
        #expect(state.selectedID == "mtg-2022-05-11-marrakesh")
        #expect(state.selectedPosition == 2)

        // The same as a dashboard opened on the new data and moved to the same record.
        var fresh = AppState(data: data, size: state.size)
        Update.apply(.resize(fresh.size), to: &fresh)
        fresh.press(.down, .down)
        Update.apply(.dataReloaded(data), to: &fresh)
        #expect(state == fresh)
        #expect(state.reloadNotice?.kind == .passing)
        #expect(state.reloadNotice?.text == "reloaded: 5 meetings, 4 resolutions, 2 Africa Focus Group sessions, 84 members (7 named)")
    }

    /// The notice gives the members as the header does (the latest total a source states), and the
    /// named members beside it only when the two differ: one figure for one data set.
    @Test func theNoticeCountsMembersAsTheHeaderDoes() throws {
        for stated in [nil, 7, 84] as [Int?] {
            var state = AppState.fixture(200, 30)
            // The latest total a source states set to `stated`, or no total stated at all.
            let data = try Self.edited { objects in
                var members = objects["members.json"] ?? [:]
                let counts = (members["memberCounts"] as? [[String: Any]]) ?? []
                members["memberCounts"] = stated.map { count in counts.map { var entry = $0; entry["count"] = count; return entry } } ?? []
                objects["members.json"] = members
            }
            Update.apply(.dataReloaded(data), to: &state)
            let named = data.dataset.members.count
            let shown = stated ?? named
            let header = try #require(state.screenText.split(separator: "\n").first.map(String.init))
            #expect(header.contains("· \(shown) members"), "\(header)")
            let notice = try #require(state.reloadNotice?.text)
            #expect(notice.hasSuffix(shown == named ? ", \(named) members" : ", \(shown) members (\(named) named)"), "\(notice)")
        }
    }

    @Test func theListsAndTheDetailKeepTheirScroll() throws {
        var state = AppState.fixture(80, 10)
        state.press(.end)
        try #require(state.lists[Pane.meetings.rawValue].offset > 0, "the meetings list scrolls at this size")
        state.press(.enter, .pageDown)
        try #require(state.detailScroll > 0, "the detail scrolls at this size")
        let before = state
        Update.apply(.dataReloaded(try Self.edited { _ in }), to: &state)
        #expect(state.lists == before.lists)
        #expect(state.detailScroll == before.detailScroll)
        #expect(state.focus == .detail)
    }

    @Test func theDetailShowsTheNewTextOfTheSameRecord() throws {
        var state = AppState.fixture()
        state.press(.down, .down, .down, .enter)
        let data = try Self.edited { objects in
            var meetings = objects["meetings.json"]!["meetings"] as! [[String: Any]]
            meetings[3]["title"] = "Marrakesh ministerial, retitled"
            objects["meetings.json"]!["meetings"] = meetings
        }
        Update.apply(.dataReloaded(data), to: &state)
        #expect(state.focus == .detail)
        #expect(state.detailRecord == .meeting("mtg-2022-05-11-marrakesh"))
        #expect(state.detail.lines.contains { $0.text.contains("Marrakesh ministerial, retitled") })
    }

    @Test func aRemovedSelectedRecordIsClampedToTheLastRow() throws {
        var state = AppState.fixture()
        state.press(.end)
        #expect(state.selectedID == "mtg-2024-02-01-baghdad")
        let data = try Self.edited(Self.removing(["mtg-2024-02-01-baghdad"]))
        Update.apply(.dataReloaded(data), to: &state)
        #expect(state.rows(.meetings).count == 5)
        #expect(state.selectedPosition == 4)
        #expect(state.selectedID == "mtg-2023-06-08-tokyo")
    }

    @Test func aFollowedLinkToARemovedRecordIsDroppedWithItsHistory() throws {
        var state = AppState.fixture()
        Update.perform(.show(.resolution("res-2014-12-03-brussels-01")), &state)
        state.press(.down, .enter)
        #expect(state.detailRecord == .meeting("mtg-2014-12-03-brussels"))
        #expect(!state.history.isEmpty)
        let data = try Self.edited(Self.removing(Self.brussels))
        Update.apply(.dataReloaded(data), to: &state)
        #expect(state.history.isEmpty)
        #expect(state.detailRecord == state.selectedRecord(in: state.pane))
        #expect(state.detailRecord != nil)
    }

    @Test func aRegionFilterTheDataNoLongerHasIsClearedAndSaid() throws {
        var state = AppState.fixture()
        Update.perform(.filterRegion("eastern-asia"), &state)
        #expect(state.rows(.meetings).count == 1)
        #expect(state.selectedID == "mtg-2023-06-08-tokyo")
        let data = try Self.edited { objects in
            var regions = objects["regions.json"]!
            regions["areas"] = (regions["areas"] as! [[String: Any]]).filter { $0["id"] as? String != "eastern-asia" }
            regions["countries"] = (regions["countries"] as! [[String: Any]]).map { country in
                var country = country
                if country["code"] as? String == "JP" { country["area"] = "asia" }
                return country
            }
            objects["regions.json"] = regions
        }
        Update.apply(.dataReloaded(data), to: &state)
        #expect(state.regionFilter == nil)
        #expect(state.rows(.meetings).count == 6)
        #expect(state.selectedID == "mtg-2023-06-08-tokyo")
        #expect(state.reloadNotice?.kind == .passing)
        #expect(state.reloadNotice?.text.hasSuffix("; region filter Eastern Asia cleared: not in the data any more") == true)
    }

    @Test func aRegionFilterThatStillExistsStaysWithTheNewRows() throws {
        var state = AppState.fixture()
        Update.perform(.filterRegion("africa"), &state)
        let before = state.rows(.meetings).count
        let data = try Self.edited(Self.withoutMarrakesh)
        Update.apply(.dataReloaded(data), to: &state)
        #expect(state.regionFilter == "africa")
        #expect(state.rows(.meetings).count == before - 1)
    }

    @Test func anAnalystRegionFilterStays() throws {
        let report = DatasetLoader.load(directory: shippedDataFolder)
        let dataset = try #require(report.dataset)
        var state = AppState(dataset: dataset, size: TerminalSize(columns: 120, rows: 40))
        Update.perform(.filterRegion("g5-sahel"), &state)
        let rows = state.visibleRows
        #expect(rows[Pane.meetings.rawValue].count < dataset.meetings.count)
        Update.apply(.dataReloaded(DashboardData(dataset: dataset)), to: &state)
        #expect(state.regionFilter == "g5-sahel")
        #expect(state.visibleRows == rows)
    }

    @Test func theSearchIsKeptAndMatchesTheNewData() throws {
        var state = AppState.fixture()
        state.press(.character("/"))
        state.type("ministerial")
        state.press(.enter)
        let matchesBefore = state.matchCount(.meetings)
        let data = try Self.edited { objects in
            var meetings = objects["meetings.json"]!["meetings"] as! [[String: Any]]
            meetings[2]["title"] = "Virtual ministerial"
            objects["meetings.json"]!["meetings"] = meetings
        }
        Update.apply(.dataReloaded(data), to: &state)
        #expect(state.search.query == "ministerial")
        #expect(state.matchCount(.meetings) == matchesBefore + 1)
        #expect(state.isMatch(.meetings, row: 2))
    }

    @Test func onALargeDataSetTheSearchWaitsForTheNewDataIndex() throws {
        var state = AppState.fixture()
        state.press(.character("/"))
        state.type("ministerial")
        state.press(.enter)
        let matches = state.matchCount(.meetings)
        let large = DashboardData(dataset: Fixture.dataset, inlineSearchIndexLimit: 0)
        let commands = Update.apply(.dataReloaded(large), to: &state)
        #expect(commands.first == .build(.search))
        #expect(state.searchIsIndexing)
        // A build for the old data finishing changes nothing: the new data's index is on its way.
        Update.apply(.finished(.build(.search)), to: &state)
        #expect(state.searchIsIndexing)
        for command in commands { Update.apply(command.run(with: state.data), to: &state) }
        #expect(!state.searchIsIndexing)
        #expect(state.matchCount(.meetings) == matches)
    }

    @Test func theTimelineStaysOnTheSameEvent() throws {
        var state = AppState.fixture()
        state.press(.character("t"))
        let lane = state.timeline.lane
        state.press(.end)
        let event = try #require(state.timelineEvent)
        let data = try Self.edited(Self.removing(Self.brussels))
        Update.apply(.dataReloaded(data), to: &state)
        #expect(state.view == .timeline)
        #expect(state.timeline.lane == lane)
        #expect(state.timelineEvent?.record == event.record)
    }

    @Test func membersByYearStaysOnTheSameYear() throws {
        var state = AppState.fixture()
        state.press(.character("y"))
        let years = state.dataset.membershipGrowth().map(\.year)
        try #require(years.count >= 2)
        state.press(.up)
        let year = years[try #require(state.membersByYear).selected]
        // Nobody joined in 2014 any more: every later year moves up a row, the cursor stays on its year.
        let data = try Self.edited { objects in
            var members = objects["members.json"]!["members"] as! [[String: Any]]
            for index in members.indices where "\(members[index]["joined"] ?? "")".contains("2014") { members[index]["joined"] = ["on": "2015-06"] }
            objects["members.json"]!["members"] = members
        }
        let newYears = data.dataset.membershipGrowth().map(\.year)
        try #require(newYears.firstIndex(of: year) != years.firstIndex(of: year), "the year moved: \(years) -> \(newYears)")
        Update.apply(.dataReloaded(data), to: &state)
        let list = try #require(state.membersByYear)
        #expect(newYears[list.selected] == year, "\(years) -> \(newYears), \(list)")
    }

    @Test func aProblemKeepsTheDataAndShowsUntilAReloadWorks() throws {
        var state = AppState.fixture()
        state.press(.down)
        let data = state.data
        let problem = try Self.brokenMeetingsProblem()
        Update.apply(.reloadFailed(problem), to: &state)
        #expect(state.data == data)
        #expect(state.selectedPosition == 1)
        #expect(state.reloadNotice?.kind == .problem)
        // The file's name, line and column, not the temporary folder's path.
        #expect(state.reloadNotice?.text.hasPrefix("not reloaded: meetings.json:2:10: ") == true)
        #expect(state.screenText.contains("not reloaded: meetings.json:2:10"))

        // Keys and time do not clear it: only a reload that works does.
        state.press(.down)
        Update.apply(.noticeExpired, to: &state)
        #expect(state.reloadNotice?.kind == .problem)
        #expect(state.selectedPosition == 2)

        Update.apply(.dataReloaded(try Self.edited { _ in }), to: &state)
        #expect(state.reloadNotice?.kind == .passing)
        #expect(state.reloadNotice?.text.hasPrefix("reloaded: 6 meetings") == true)
        #expect(state.selectedPosition == 2)
        Update.apply(.noticeExpired, to: &state)
        #expect(state.reloadNotice == nil)
        #expect(!state.screenText.contains("reloaded"))
    }

    @Test func aProblemIsOneSanitisedLineThatFitsTheStatusLine() throws {
        var state = AppState.fixture(60, 20)
        let problem = DataProblem(kind: .unreadable, file: "/tmp/x/members.json",
                                  message: "cannot be read:\n\u{1B}[31mpermission denied\u{202E}" + String(repeating: " and more", count: 100))
        Update.apply(.reloadFailed(problem), to: &state)
        let text = try #require(state.reloadNotice?.text)
        #expect(text.hasPrefix("not reloaded: members.json: cannot be read: "))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{7F}" || $0 == "\u{202E}" })
        let statusLine = try #require(state.screenText.split(separator: "\n", omittingEmptySubsequences: false).last)
        #expect(statusLine.contains("not reloaded: members.json"))
        #expect(TextWidth.of(String(statusLine)) <= 60)
    }

    @Test func anOpenRegionPickerCountsTheNewRecords() throws {
        var state = AppState.fixture()
        state.press(.character("r"))
        state.type("west")
        state.press(.down)
        let data = try Self.edited(Self.withoutMarrakesh)
        guard case .regionPicker(let before)? = state.overlay else { throw PickerClosed() }
        Update.apply(.dataReloaded(data), to: &state)
        guard case .regionPicker(let after)? = state.overlay else { throw PickerClosed() }
        #expect(after.query == "west")
        #expect(after.selected == before.selected)
        #expect(after.entries.map(\.id) == before.entries.map(\.id))
        let westernAsia = { (picker: RegionPickerState) in picker.entries.first { $0.id == "western-asia" }?.tally.within ?? -1 }
        #expect(westernAsia(after) < westernAsia(before))
    }

    struct PickerClosed: Error {}
}
