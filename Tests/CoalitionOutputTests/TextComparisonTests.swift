import CoalitionModel
import CoalitionOutput
import Foundation
import Testing

@Suite("compare: two texts by theme, members and Africa")
struct TextComparisonTests {
    let brussels = "mtg-2014-12-03-brussels"
    let marrakesh = "mtg-2022-05-11-marrakesh"
    let niamey = "afg-2023-03-01-niamey"

    /// The fixture with some members' join dates changed.
    private func dataset(joined: [String: String] = [:]) throws -> Dataset {
        let base = try Fixtures.dataset()
        let members = base.members.map { member in
            var copy = member
            if let date = joined[member.id] { copy.joined = JoinDate(on: PartialDate(date)) }
            return copy
        }
        return Dataset(meetings: base.meetings, resolutions: base.resolutions, sessions: base.sessions, members: members,
                       memberCounts: base.memberCounts, areas: base.areas, countries: base.countries)
    }

    @Test func themesInBothAndInOne() throws {
        let apart = try TextComparison(dataset: try dataset(), first: brussels, second: marrakesh)
        #expect(apart.themesInBoth.isEmpty)
        #expect(apart.themesOnlyInFirst == [.foreignTerroristFighters])
        #expect(apart.themesOnlyInSecond == [.africa, .coordination])

        let close = try TextComparison(dataset: try dataset(), first: marrakesh, second: niamey)
        #expect(close.themesInBoth == [.africa])
        #expect(close.themesOnlyInFirst == [.coordination] && close.themesOnlyInSecond.isEmpty)
        #expect(close.pairs.map(\.theme) == [.africa, .coordination])
        #expect(close.pairs[0].first.map(\.id) == ["res-2022-05-11-marrakesh-01"])
        #expect(close.pairs[0].second.map(\.id) == ["res-afg-2023-03-01-niamey-01"])
        #expect(close.pairs[1].second.isEmpty)
    }

    /// Africa is the theme or a place within Africa: Niamey's statement is about Niger only.
    @Test func africaByThemeOrPlace() throws {
        let dataset = try dataset()
        var resolutions = dataset.resolutions
        let niameyIndex = resolutions.firstIndex { $0.id == "res-afg-2023-03-01-niamey-01" }!
        resolutions[niameyIndex].themes = [.prevention]
        let placeOnly = Dataset(meetings: dataset.meetings, resolutions: resolutions, sessions: dataset.sessions, members: dataset.members,
                                memberCounts: [], areas: dataset.areas, countries: dataset.countries)
        let comparison = try TextComparison(dataset: placeOnly, first: brussels, second: niamey)
        #expect(comparison.first.africaStatements.isEmpty)
        #expect(comparison.second.africaStatements.map(\.id) == ["res-afg-2023-03-01-niamey-01"])
    }

    @Test func membersCountedAndJoined() throws {
        let joined = try dataset(joined: ["MA": "2022-05-11", "NE": "2023-03-02", "CENSAD": "2022-05"])
        let comparison = try TextComparison(dataset: joined, first: marrakesh, second: niamey)
        // A member joining on the meeting's day, or on any day of a two-day session; a month-only
        // date is not placed on a day.
        #expect(comparison.first.membersJoined.map(\.id) == ["MA"])
        #expect(comparison.second.membersJoined.map(\.id) == ["NE"])
        let withCount = try TextComparison(dataset: joined, first: brussels, second: marrakesh)
        #expect(withCount.first.memberCount?.count == 60 && withCount.first.memberCount?.statedByTheRecord == true)
        #expect(withCount.first.memberCount?.date == PartialDate("2014-12-03"))
        #expect(withCount.second.memberCount == nil)
    }

    @Test func theLatestStatedCountStandsInForAMeetingWithout() throws {
        let base = try Fixtures.dataset()
        let source = #"{ "publisher": "p", "reliability": "official" }"#
        let counts = try Fixtures.decode([MemberCount].self, """
            [{ "date": "2022-01", "count": 83, "sources": [\(source)] }, { "date": "2022-06", "count": 84, "sources": [\(source)] },
             { "date": "2023-04", "count": 85, "sources": [\(source)] }]
            """)
        let dataset = Dataset(meetings: base.meetings, resolutions: base.resolutions, sessions: base.sessions, members: base.members,
                              memberCounts: counts, areas: base.areas, countries: base.countries)
        let comparison = try TextComparison(dataset: dataset, first: marrakesh, second: niamey)
        #expect(comparison.first.memberCount?.count == 83 && comparison.first.memberCount?.statedByTheRecord == false)
        #expect(comparison.second.memberCount?.count == 84 && comparison.second.memberCount?.date == PartialDate("2022-06"))
    }

    @Test func problemsNameWhatIsWrong() throws {
        let dataset = try dataset()
        #expect(throws: TextComparison.Problem.unknown(id: "mtg-2022-05-11-marakesh", suggestion: marrakesh)) {
            _ = try TextComparison(dataset: dataset, first: "mtg-2022-05-11-marakesh", second: niamey)
        }
        #expect(throws: TextComparison.Problem.unknown(id: "nothing-like-it", suggestion: nil)) {
            _ = try TextComparison(dataset: dataset, first: marrakesh, second: "nothing-like-it")
        }
        #expect(throws: TextComparison.Problem.notAText(id: "MA", kind: "a member")) {
            _ = try TextComparison(dataset: dataset, first: "MA", second: niamey)
        }
        #expect(throws: TextComparison.Problem.notAText(id: "res-2022-05-11-marrakesh-01", kind: "a statement")) {
            _ = try TextComparison(dataset: dataset, first: marrakesh, second: "res-2022-05-11-marrakesh-01")
        }
        #expect(throws: TextComparison.Problem.noStatements(id: "mtg-2022-12-political-directors", status: .notFound, note: "Sought nowhere: a test record.")) {
            _ = try TextComparison(dataset: dataset, first: marrakesh, second: "mtg-2022-12-political-directors")
        }
        #expect(throws: TextComparison.Problem.sameRecord(id: niamey)) {
            _ = try TextComparison(dataset: dataset, first: niamey, second: niamey)
        }
    }

    @Test func textFitsTheWidthAndAsciiStaysAscii() throws {
        let comparison = try TextComparison(dataset: try dataset(), first: marrakesh, second: niamey)
        for width in [40, 80, 132] {
            let lines = TextComparisonReport.text(comparison, width: width, ascii: false)
            for line in lines { #expect(TextWidth.of(line) <= width, "\(width): \(line)") }
            #expect(lines.contains("Themes") && lines.contains("Statements by theme") && lines.contains("Members") && lines.contains("Africa"))
        }
        let ascii = TextComparisonReport.text(comparison, width: 80, ascii: true)
        #expect(ascii.joined().unicodeScalars.allSatisfy { $0.isASCII })
        // The two statements on Africa share lines, one each side of the divider.
        #expect(ascii.contains { $0.contains("* Ministers welcomed") && $0.contains("| * Participants endorsed") })
    }

    @Test func markdownAndJSON() throws {
        let comparison = try TextComparison(dataset: try dataset(), first: brussels, second: marrakesh)
        let markdown = TextComparisonReport.markdown(comparison)
        #expect(markdown[0] == "# Brussels ministerial (2014-12-03) and Marrakesh ministerial, \"first in Africa\" \\| 84 (2022-05-11)")
        #expect(markdown.contains("- **Only in the second (2):** Africa, coordination"))
        #expect(markdown.contains("### foreign terrorist fighters"))

        let json = try TextComparisonReport.json(comparison)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let themes = try #require(object["themes"] as? [String: [String]])
        #expect(themes["onlyFirst"] == ["foreign-terrorist-fighters"] && themes["onlySecond"] == ["africa", "coordination"])
        let second = try #require(object["second"] as? [String: Any])
        #expect(second["africaStatements"] as? [String] == ["res-2022-05-11-marrakesh-01"])
        #expect((object["byTheme"] as? [[String: Any]])?.count == 3)
    }

    /// Below `sideBySideFrom` the two texts' statements stand one after the other, each under its label.
    @Test func narrowWidthsStackTheTexts() throws {
        let comparison = try TextComparison(dataset: try dataset(), first: marrakesh, second: niamey)
        let narrow = TextComparisonReport.text(comparison, width: TextComparisonReport.sideBySideFrom - 1, ascii: true)
        // Side by side, a statement starts two columns in and the second text's after a divider.
        #expect(!narrow.contains { $0.hasPrefix("  * ") || $0.contains(" | * ") })
        let first = try #require(narrow.firstIndex(of: "    first (1):"))
        let second = try #require(narrow.firstIndex(of: "    second (1):"))
        #expect(first < second && narrow[first + 1].hasPrefix("    * Ministers welcomed"))
        for line in narrow { #expect(TextWidth.of(line) < TextComparisonReport.sideBySideFrom, "\(line)") }
        let wide = TextComparisonReport.text(comparison, width: TextComparisonReport.sideBySideFrom, ascii: true)
        #expect(wide.contains { $0.hasPrefix("  * ") && $0.contains(" | * ") })
    }

    @Test func headingsAreMarkedForBoldAndPrintedPlainInAPipe() throws {
        let comparison = try TextComparison(dataset: try dataset(), first: marrakesh, second: niamey)
        let lines = TextComparisonReport.lines(comparison, width: 100, ascii: false)
        #expect(lines.filter(\.isHeading).map(\.text).suffix(4) == ["Themes", "Statements by theme", "Members", "Africa"])
        #expect(TextComparisonReport.text(comparison, width: 100, ascii: false) == lines.map(\.text))
    }
}
