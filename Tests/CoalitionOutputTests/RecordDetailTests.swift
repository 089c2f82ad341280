import CoalitionModel
import CoalitionOutput
import Testing

@Suite("show: one record with what links to it and its sources")
struct RecordDetailTests {
    let dataset: Dataset

    init() throws { dataset = try Fixtures.dataset() }

    @Test func meetingTextListsFieldsLinksDisputesAndSources() throws {
        let detail = try #require(RecordPresentation(id: "mtg-2022-05-11-marrakesh", in: dataset))
        let lines = RecordDetailText.lines(detail, width: nil)
        #expect(lines[0] == "Marrakesh ministerial, \"first in Africa\" | 84")
        #expect(lines.contains("Date        11 May 2022"))
        #expect(lines.contains("Place       Marrakesh, Morocco"))
        #expect(lines.contains("Resolutions (1)"))
        #expect(lines.contains("→ res-2022-05-11-marrakesh-01: #1 Ministers welcomed the Africa Focus Group."))
        #expect(lines.contains("Disputed: memberCount"))
        #expect(lines.contains("  84  U.S. Department of State"))
        #expect(lines.contains("[1] U.S. Department of State [official]"))
        #expect(lines.contains("    https://www.state.gov/a/b"))
    }

    @Test func textWrapsUnderItsLabelOnATerminalAndNeverInAPipe() throws {
        let detail = try #require(RecordPresentation(id: "res-2014-12-03-brussels-01", in: dataset))
        #expect(RecordDetailText.lines(detail, width: nil).contains("Partners resolved to stop foreign terrorist fighters."))
        let narrow = RecordDetailText.lines(detail, width: 30)
        #expect(narrow.allSatisfy { TextWidth.of($0) <= 30 })
        #expect(narrow.contains("Themes      foreign terrorist"))
        #expect(narrow.contains("            fighters"))
    }

    @Test func asciiMarkersAndNoEscapeSequences() throws {
        let detail = try #require(RecordPresentation(id: "mtg-2022-12-political-directors", in: dataset))
        let lines = RecordDetailText.lines(detail, width: nil, ascii: true)
        #expect(lines[0] == "Political directors^[[31m")
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII && $0.value != 0x1B } })
        #expect(RecordDetailText.lines(detail, width: nil, boldTitle: true)[0].hasPrefix("\u{1B}[1m"))
    }

    @Test func membersShowTheSessionsTheyCoChaired() throws {
        let detail = try #require(RecordPresentation(id: "NE", in: dataset))
        #expect(detail.fields.first { $0.label == "Joined" }?.value == "between 2018 and Feb 2019")
        #expect(detail.linkGroups.map(\.heading) == ["Co-chaired Africa Focus Group sessions"])
    }

    @Test func markdownUsesHeadingsListsAndEscapes() throws {
        let detail = try #require(RecordPresentation(id: "mtg-2022-05-11-marrakesh", in: dataset))
        let lines = RecordDetailMarkdown.lines(detail)
        #expect(lines[0] == "# Marrakesh ministerial, \"first in Africa\" \\| 84")
        #expect(lines.contains("- **Date:** 11 May 2022"))
        #expect(lines.contains("## Resolutions (1)"))
        #expect(lines.contains("- `res-2022-05-11-marrakesh-01` #1 Ministers welcomed the Africa Focus Group."))
        #expect(lines.contains("1. U.S. Department of State \\[official\\] <https://www.state.gov/a/b>"))
    }

    @Test func unknownIdsSuggestTheNearestAndCaseIsForgiven() throws {
        #expect(throws: UsageProblem.self) { try RecordPresentation.named("nothing", in: dataset) }
        do {
            _ = try RecordPresentation.named("mtg-2022-05-11-marakesh", in: dataset)
            Issue.record("expected a problem")
        } catch {
            #expect(error.suggestion == "mtg-2022-05-11-marrakesh")
            #expect(error.lines == [
                "coalition: no record has the id \"mtg-2022-05-11-marakesh\" (did you mean \"mtg-2022-05-11-marrakesh\"?)",
                "ids are in the first column of: coalition list meetings|resolutions|sessions|members",
            ])
        }
        #expect(try RecordPresentation.named("censad", in: dataset).title == "Community of Sahel-Saharan States")
    }

    @Test func everyShippedRecordHasADetailWithSources() throws {
        let shipped = try Fixtures.shipped()
        let ids = shipped.meetings.map(\.id) + shipped.resolutions.map(\.id) + shipped.sessions.map(\.id) + shipped.members.map(\.id)
        for id in ids {
            let detail = try #require(RecordPresentation(id: id, in: shipped))
            #expect(!detail.sources.isEmpty)
            #expect(RecordDetailText.lines(detail, width: nil).contains("Sources"))
        }
        let marrakesh = try #require(RecordPresentation(id: "mtg-2022-05-11-marrakesh", in: shipped))
        #expect(marrakesh.linkGroups.first?.links.count == shipped.resolutions(of: "mtg-2022-05-11-marrakesh").count)
    }
}
