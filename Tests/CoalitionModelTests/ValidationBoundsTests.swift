import CoalitionModel
import Foundation
import Testing

/// The documented bounds (DataBounds, docs/data-format.md): every value outside them is rejected
/// with its place, so views never meet a year 2200 or a member count near Int.max.
@Suite struct ValidationBoundsTests {
    @Test(arguments: ["2200", "1989-12-31", "2101-01"])
    func aRecordYearOutsideTheRangeIsReported(date: String) throws {
        let problems = try problemsInFixture { $0.meetings[0]["date"] = .string(date) }
        let year = date.prefix(4)
        #expect(problems.contains(ReportedProblem(.meetings, "meetings[0].date",
            "the year \(year) is outside the range the data covers (1990 to 2100); is it a typo?")))
    }

    @Test func aJoinDateOutsideTheRangeIsReported() throws {
        let problems = try problemsInFixture { $0.members[0]["joined"] = ["by": "2200"] }
        #expect(problems == [ReportedProblem(.members, "members[0].joined.by",
            "the year 2200 is outside the range the data covers (1990 to 2100); is it a typo?")])
    }

    @Test(arguments: [0, 1_000_001, Int.max])
    func countsOutsideTheBoundsAreReported(count: Int) throws {
        let problems = try problemsInFixture {
            $0.sessions[0]["attendanceCount"] = .number(String(count))
            $0.memberCounts[0]["count"] = .number(String(count))
        }
        let message = "must be a whole number from 1 to 1000000, found \(count)"
        #expect(Set(problems) == [
            ReportedProblem(.sessions, "sessions[0].attendanceCount", message),
            ReportedProblem(.members, "memberCounts[0].count", message),
        ])
    }

    @Test func aTitleOverTheShortLimitIsReported() throws {
        let problems = try problemsInFixture { $0.meetings[0]["title"] = .string(String(repeating: "é", count: 1_001)) }
        #expect(problems == [ReportedProblem(.meetings, "meetings[0].title", "is 1001 characters long; the limit here is 1000")])
    }

    @Test func aSummaryAtTheLimitIsAccepted() throws {
        let problems = try problemsInFixture { $0.resolutions[0]["summary"] = .string(String(repeating: "a", count: 5_000)) }
        #expect(problems == [])
    }

    @Test(arguments: ["\u{200B}\u{200B}", "\u{202E}", " \u{2066}\u{2069} ", "\u{200D}", "\u{1}\u{2}", "\u{301}", "\u{FE0F}\u{200B}"])
    func aTitleWithNothingVisibleIsReported(title: String) throws {
        let problems = try problemsInFixture { $0.meetings[0]["title"] = .string(title) }
        #expect(problems.map(\.path) == ["meetings[0].title"])
        #expect(problems.first?.message.hasPrefix("has no visible character") == true)
    }

    @Test(arguments: ["Marrakesh\u{200B}", "\u{202E}abc", "^Caret", "\\u{41} literally", "é", "🛠"])
    func aTitleWithSomethingVisibleIsAccepted(title: String) throws {
        #expect(try problemsInFixture { $0.meetings[0]["title"] = .string(title) } == [])
    }

    @Test func aRegionListedTwiceIsReported() throws {
        let problems = try problemsInFixture { $0.meetings[0]["regions"] = ["africa", "IQ", "africa"] }
        #expect(problems == [ReportedProblem(.meetings, "meetings[0].regions[2]", #""africa" is listed twice"#)])
    }

    @Test func aCoChairListedTwiceIsReported() throws {
        let problems = try problemsInFixture { $0.sessions[0]["coChairs"] = ["MA", "MA"] }
        #expect(problems == [ReportedProblem(.sessions, "sessions[0].coChairs[1]", #""MA" is listed twice"#)])
    }

    @Test func aSourceDateOutsideItsRangeIsReported() throws {
        let problems = try problemsInFixture {
            var source = DataFolderFixture.source()
            source["date"] = "2101"
            $0.meetings[0]["sources"] = [source]
        }
        #expect(problems == [ReportedProblem(.meetings, "meetings[0].sources[0].date",
            "the year 2101 is outside the range the data covers (1900 to 2100); is it a typo?")])
    }
}
