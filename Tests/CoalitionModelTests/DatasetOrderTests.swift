@testable import CoalitionModel
import CoalitionTestSupport
import Testing

/// `Dataset.init` orders records and builds its lookups in place; these tests hold it to the plain
/// definitions, on records in any order, with ties, duplicate ids, statements whose text is
/// unknown or missing, and arrays shared with the caller.
@Suite struct DatasetOrderTests {
    private let shipped: Dataset

    init() throws {
        shipped = try #require(DatasetLoader.load(directory: shippedDataFolder).dataset)
    }

    /// Shipped records shuffled, with awkward ones added: a meeting and (if asked) a statement
    /// that repeat an id, statements of unknown texts and of none, and the same first day at every precision
    /// for most meetings and every session, so that ties are many.
    private func awkwardRecords(seed: UInt64, duplicateStatement: Bool = true) -> (meetings: [Meeting], sessions: [FocusGroupSession], resolutions: [Resolution]) {
        var generator = SeededGenerator(seed: seed)
        var meetings = shipped.meetings
        var sessions = shipped.sessions
        var resolutions = shipped.resolutions
        var twin = meetings[0]
        twin.title += " (again)"
        twin.date = meetings[meetings.count / 2].date
        meetings.append(twin)
        // The same first day at each precision: a more precise date comes first.
        let year = meetings[0].date.year
        let sameFirstDay = [PartialDate(year: year), PartialDate(year: year, month: 1), PartialDate(year: year, month: 1, day: 1)]
        for index in meetings.indices where index % 4 != 0 { meetings[index].date = sameFirstDay[index % 4 - 1]! }
        for index in sessions.indices { sessions[index].date = sameFirstDay[index % 3]! }
        for index in stride(from: 0, to: resolutions.count, by: 7) {
            var orphan = resolutions[index]
            orphan.id += "-orphan"
            orphan.meeting = index % 2 == 0 ? "mtg-no-such-meeting-\(index % 3)" : nil
            orphan.session = nil
            resolutions.append(orphan)
        }
        if duplicateStatement {
            var duplicate = resolutions[3]
            duplicate.order += 1000
            duplicate.summary += " (duplicate)"
            resolutions.append(duplicate)
        }
        meetings.shuffle(using: &generator)
        sessions.shuffle(using: &generator)
        resolutions.shuffle(using: &generator)
        return (meetings, sessions, resolutions)
    }

    /// Sorted the plain way: records that compare equal keep the order they came in.
    private func stablySorted<Record>(_ records: [Record], by areInIncreasingOrder: (Record, Record) -> Bool) -> [Record] {
        records.indices.sorted { a, b in
            areInIncreasingOrder(records[a], records[b]) || (!areInIncreasingOrder(records[b], records[a]) && a < b)
        }.map { records[$0] }
    }

    @Test(arguments: [1, 2, 3] as [UInt64], [true, false])
    func recordsComeInTheOrderTheDefinitionsGive(seed: UInt64, duplicateStatement: Bool) {
        let (meetings, sessions, resolutions) = awkwardRecords(seed: seed, duplicateStatement: duplicateStatement)
        let dataset = Dataset(
            meetings: meetings, resolutions: resolutions, sessions: sessions, members: shipped.members,
            memberCounts: shipped.memberCounts, areas: shipped.areas, countries: shipped.countries
        )

        // Meetings and sessions by date as `<` orders dates; the same date keeps the given order.
        let meetingsByDate = stablySorted(meetings) { $0.date < $1.date }
        let sessionsByDate = stablySorted(sessions) { $0.date < $1.date }
        #expect(dataset.meetings == meetingsByDate)
        #expect(dataset.sessions == sessionsByDate)

        // Statements by their text's date (a meeting's before a session's of the same id, the
        // first of the sorted records with that id), then by the order in which the statements
        // first name their texts, then by their order; statements of no text last.
        var firstNamed: [String] = []
        for statement in resolutions {
            if let parent = statement.parentID, !firstNamed.contains(parent) { firstNamed.append(parent) }
        }
        func day(of parent: String) -> Int {
            meetingsByDate.first { $0.id == parent }?.date.earliestDayNumber
                ?? sessionsByDate.first { $0.id == parent }?.date.earliestDayNumber ?? Int.max
        }
        let keys = resolutions.indices.map { position -> (Int, Int, Int, Int) in
            let statement = resolutions[position]
            guard let parent = statement.parentID else { return (Int.max, Int.max, statement.order, position) }
            return (day(of: parent), firstNamed.firstIndex(of: parent)!, statement.order, position)
        }
        let expected = keys.sorted { $0 < $1 }.map { resolutions[$0.3] }
        #expect(dataset.resolutions == expected)
        #expect(dataset.resolutions.last?.parentID == nil)

        // Lookups: the first record of an id in the data set's order, a text's statements in order.
        for (position, statement) in dataset.resolutions.enumerated() {
            let first = dataset.resolutions.firstIndex { $0.id == statement.id }
            #expect(dataset.index(of: .resolution(statement.id)) == first)
            if position == first { #expect(dataset.resolution(id: statement.id) == statement) }
        }
        for meeting in dataset.meetings {
            #expect(dataset.meeting(id: meeting.id) == dataset.meetings.first { $0.id == meeting.id })
        }
        for parent in firstNamed + ["mtg-never-named"] {
            #expect(dataset.resolutions(of: parent) == dataset.resolutions.filter { $0.parentID == parent }, "\(parent)")
        }
        #expect(dataset.resolutions(of: "mtg-no-such-meeting-0").count > 0)
    }

    /// Arrays the caller still holds are left as they were: the data set orders its own copy.
    @Test func theCallersArraysAreNotReordered() {
        let (meetings, sessions, resolutions) = awkwardRecords(seed: 4)
        let (keptMeetings, keptSessions, keptResolutions) = (meetings, sessions, resolutions)
        let dataset = Dataset(
            meetings: meetings, resolutions: resolutions, sessions: sessions, members: shipped.members,
            memberCounts: shipped.memberCounts, areas: shipped.areas, countries: shipped.countries
        )
        #expect(dataset.resolutions != resolutions)
        #expect(meetings == keptMeetings && sessions == keptSessions && resolutions == keptResolutions)
        #expect(Set(dataset.resolutions.map(\.id)) == Set(resolutions.map(\.id)))
    }

    /// Records already in order are taken as they are.
    @Test func recordsInOrderStayAsTheyAre() {
        let again = Dataset(
            meetings: shipped.meetings, resolutions: shipped.resolutions, sessions: shipped.sessions, members: shipped.members,
            memberCounts: shipped.memberCounts, areas: shipped.areas, countries: shipped.countries
        )
        #expect(again.meetings == shipped.meetings)
        #expect(again.sessions == shipped.sessions)
        #expect(again.resolutions == shipped.resolutions)
    }
}
