import CoalitionModel
import CoalitionOutput
import Foundation
import Testing

@Suite("coverage: texts not held, inexact join dates, weak sources, open disputes")
struct CoverageReportTests {
    private func ids(_ key: String, _ report: CoverageReport) -> [String] {
        report.section(key)?.entries.map(\.id) ?? []
    }

    /// The fixture with the Niamey session's text not published, Brussels' statement dropped and
    /// its text not found, the Marrakesh statement on weak sources only and Morocco's join dated.
    private func changedDataset() throws -> Dataset {
        let base = try Fixtures.dataset()
        var meetings = base.meetings
        meetings[0].textStatus = .notFound
        meetings[0].textNote = "the joint statement's page is gone"
        var sessions = base.sessions
        sessions[0].textStatus = .notPublished
        let resolutions = base.resolutions.filter { $0.meeting != meetings[0].id && $0.session != sessions[0].id }.map { resolution in
            var copy = resolution
            copy.sources = copy.sources.map { source in
                var weak = source
                weak.reliability = .weak
                return weak
            }
            return copy
        }
        var members = base.members
        members[0].joined = JoinDate(on: PartialDate("2014-12-03"))
        return Dataset(meetings: meetings, resolutions: resolutions, sessions: sessions, members: members,
                       memberCounts: [], areas: base.areas, countries: base.countries)
    }

    @Test func textsWithoutStatementsSplitByStatus() throws {
        let report = CoverageReport(try changedDataset())
        #expect(ids("textNotFound", report) == ["mtg-2014-12-03-brussels", "mtg-2022-12-political-directors"])
        #expect(report.section("textNotFound")?.entries.first?.detail == "the joint statement's page is gone")
        #expect(ids("textNotPublished", report) == ["afg-2023-03-01-niamey"])
        #expect(report.section("textNotPublished")?.entries.first?.kind == .session)
        #expect(report.section("textNotFound")?.entries.last?.detail == "Sought nowhere: a test record.")
    }

    @Test func membersWithoutAnExactDay() throws {
        let shipped = CoverageReport(try Fixtures.dataset())
        // A month, a range and no date at all are all inexact.
        #expect(ids("membersWithoutExactJoinDate", shipped) == ["MA", "NE", "CENSAD"])
        #expect(shipped.section("membersWithoutExactJoinDate")?.entries[2].detail == "joined: unknown")
        #expect(ids("membersWithoutExactJoinDate", CoverageReport(try changedDataset())) == ["NE", "CENSAD"])
    }

    @Test func weakSourcesAndDisputes() throws {
        #expect(ids("weakSourcesOnly", CoverageReport(try Fixtures.dataset())).isEmpty)
        let report = CoverageReport(try changedDataset())
        #expect(ids("weakSourcesOnly", report) == ["res-2022-05-11-marrakesh-01"])
        #expect(ids("openDisputes", report) == ["mtg-2022-05-11-marrakesh"])
        #expect(report.section("openDisputes")?.entries.first?.detail == "disputed: memberCount")
    }

    @Test func shippedDataAccountsForEveryTextlessRecord() throws {
        let dataset = try Fixtures.shipped()
        let report = CoverageReport(dataset)
        let textless = dataset.meetings.map(\.id).filter { dataset.resolutions(of: $0).isEmpty }
            + dataset.sessions.map(\.id).filter { dataset.resolutions(of: $0).isEmpty }
        let listed = ["textNotPublished", "textNotFound"].flatMap { ids($0, report) }
        #expect(Set(listed) == Set(textless) && listed.count == textless.count)
    }

    @Test func formatsCarryCountsAndIds() throws {
        let report = CoverageReport(try changedDataset())
        let text = CoverageReportText.text(report, width: nil, ascii: true)
        #expect(text.contains("Meetings and sessions whose text has not been found yet: 2"))
        #expect(text.contains("  mtg-2014-12-03-brussels          Brussels ministerial - the joint statement's page is gone"))
        #expect(CoverageReportText.text(report, width: 30, ascii: false).allSatisfy { TextWidth.of($0) <= 30 })

        let markdown = CoverageReportText.markdown(report)
        #expect(markdown.contains("## Records with disputes still open (1)"))
        #expect(markdown.contains("| afg-2023-03-01-niamey | session | Niamey plenary |  |"))

        let object = try #require(try JSONSerialization.jsonObject(with: Data(CoverageReportText.json(report).utf8)) as? [String: [String: Any]])
        #expect(object["weakSourcesOnly"]?["count"] as? Int == 1)
        #expect(Set(object.keys) == Set(report.sections.map(\.key)))
    }

    /// The dashboard opens the record a line names; a member count names none, and headings none.
    @Test func linesNameTheRecordsTheyList() throws {
        let report = CoverageReport(try changedDataset())
        let lines = CoverageReportText.lines(report, width: nil, ascii: false)
        #expect(lines.filter(\.isHeading).map(\.text) == report.sections.map { "\($0.title): \($0.entries.count)" })
        let named = lines.compactMap(\.record)
        let entries = report.sections.flatMap(\.entries)
        #expect(named.count == entries.filter { $0.kind != .memberCount }.count)
        #expect(named.contains(.meeting("mtg-2014-12-03-brussels")) && named.contains(.session("afg-2023-03-01-niamey")))
        #expect(lines.map(\.text) == CoverageReportText.text(report, width: nil, ascii: false))
        #expect(CoverageReportText.text(report, width: nil, ascii: false, boldTitles: true).filter { $0.hasPrefix("\u{1B}[1m") }.count == report.sections.count)
    }
}
