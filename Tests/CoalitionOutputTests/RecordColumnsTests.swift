import CoalitionModel
import CoalitionOutput
import Testing

@Suite("Full exports: every field as a column, chosen with --columns")
struct RecordColumnsTests {
    let dataset: Dataset

    init() throws { dataset = try Fixtures.dataset() }

    @Test func sessionsCarryCoChairsHostAttendanceMeetingAndSources() {
        let names = RecordColumns.names(for: .sessions)
        for field in ["co-chairs", "host", "attendance", "attendance-count", "meeting", "sources", "end-date", "outcomes"] {
            #expect(names.contains(field), "sessions lack \(field)")
        }
        let table = RecordColumns.table(.sessions(dataset.sessions), columns: ["id", "co-chairs", "end-date", "sources"], in: dataset)
        let source = dataset.sessions[0].sources[0]
        #expect(table.rows == [["afg-2023-03-01-niamey", "MA; NE", "2023-03-02", "\(source.publisher) <\(source.url!)>"]])
    }

    @Test func meetingsAndSessionsCarryWhetherTheirTextIsRecordedAndWhy() {
        for type in [RecordType.meetings, .sessions] {
            #expect(RecordColumns.names(for: type).contains("text-status"), "\(type) lacks text-status")
            #expect(RecordColumns.names(for: type).contains("text-note"), "\(type) lacks text-note")
        }
        let meetings = RecordColumns.table(.meetings(dataset.meetings), columns: ["text-status", "text-note"], in: dataset)
        #expect(meetings.rows == dataset.meetings.map { [$0.textStatus.rawValue, $0.textNote ?? ""] })
        let sessions = RecordColumns.table(.sessions(dataset.sessions), columns: ["text-status", "text-note"], in: dataset)
        #expect(sessions.rows == dataset.sessions.map { [$0.textStatus.rawValue, $0.textNote ?? ""] })
    }

    @Test func everyColumnOfEveryKindHasAValueForEveryRecord() {
        let lists: [RecordList] = [.meetings(dataset.meetings), .resolutions(dataset.resolutions), .sessions(dataset.sessions), .members(dataset.members)]
        for list in lists {
            let table = RecordColumns.table(list, columns: RecordColumns.names(for: list.type), in: dataset)
            #expect(table.columns.map(\.header) == RecordColumns.names(for: list.type))
            #expect(table.rows.count == list.count)
        }
    }

    @Test func columnsAreReadInOrderAndAnUnknownOneIsNamedWithTheNearest() throws {
        #expect(try RecordColumns.named("title, DATE", for: .meetings) == ["title", "date"])
        #expect(throws: UsageProblem.unknown("column for meetings", "dat", valid: RecordColumns.names(for: .meetings))) {
            try RecordColumns.named("id,dat", for: .meetings)
        }
        #expect(throws: UsageProblem.self) { try RecordColumns.named("co-chairs", for: .meetings) }
    }

    @Test func aRegionFilterAddsAViaColumnNamingTheBroaderArea() throws {
        let filter = try RecordFilter(for: .resolutions, in: dataset, region: "Western Africa")
        let listed = filter.records(.resolutions, in: dataset)
        let table = RecordColumns.table(listed, columns: ["id"], in: dataset, region: filter.region)
        #expect(table.columns.map(\.header) == ["id", "via"])
        #expect(table.rows == [["res-2022-05-11-marrakesh-01", "via Africa"], ["res-afg-2023-03-01-niamey-01", ""]])
    }

    @Test func sortOrdersAreDefinedPerKind() throws {
        #expect(try RecordType.members.order(named: "Joining") == .joining)
        #expect(throws: UsageProblem.self) { try RecordType.members.order(named: "date") }
        let byPlace = RecordList.meetings(dataset.meetings).ordered(by: .place, in: dataset)
        let places = RecordColumns.table(byPlace, columns: ["place"], in: dataset).rows.map { $0[0].lowercased() }
        #expect(places == places.sorted())
    }

    @Test func anEmptyResultSaysWhyAndSuggestsTheNearestFilterWithRecords() throws {
        // No meeting is dated 2023 or later anywhere, so neither a broader region nor none helps;
        // without the dates, Marrakesh shows under Niger because it is about Africa.
        let filter = try RecordFilter(for: .meetings, in: dataset, region: "NE", from: "2023")
        #expect(filter.records(.meetings, in: dataset).count == 0)
        #expect(EmptyResult.lines(.meetings, filter: filter, in: dataset) == [
            "coalition: no meetings match region Niger, from 2023",
            "nearest with results: without --from and --to (1 meeting)",
        ])
    }
}
