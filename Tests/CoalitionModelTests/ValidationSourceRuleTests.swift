import CoalitionModel
import Testing

/// Rules on sources and disputes, which every kind of record shares.
@Suite struct ValidationSourceRuleTests {
    private static let twoValues: FixtureJSON = [
        ["value": "84", "sources": [DataFolderFixture.source("MAP")]],
        ["value": "83", "sources": [DataFolderFixture.source("The Sun")]],
    ]

    @Test func aSourceWithNeitherTitleNorURLIsReported() throws {
        let problems = try problemsInFixture {
            $0.meetings[0]["sources"]![0]["title"] = nil
            $0.meetings[0]["sources"]![0]["url"] = nil
        }
        #expect(problems == [ReportedProblem(.meetings, "meetings[0].sources[0]", #"a source needs a "title" or a "url""#)])
    }

    @Test(arguments: ["www.state.gov/statement", "ftp://example.org/file", "https://", "https://exa mple.org/x", "javascript:alert(1)"])
    func aURLThatIsNotAWebAddressIsReported(url: String) throws {
        let problems = try problemsInFixture { $0.members[1]["sources"]![0]["url"] = .string(url) }
        #expect(problems == [ReportedProblem(
            .members, "members[1].sources[0].url", #"not a web address: "\#(url)" (expected https://…)"#)])
    }

    @Test(arguments: ["meetings", "resolutions", "sessions", "members", "memberCounts", "areas"])
    func emptySourcesAreReportedForEveryKind(list: String) throws {
        let file = try #require(DataFile.allCases.first { DataFolderFixture().files[$0]![list] != nil })
        let problems = try problemsInFixture { $0.files[file]![list]![0]["sources"] = [] }
        #expect(problems == [ReportedProblem(file, "\(list)[0].sources", "every record needs at least one source")])
    }

    @Test func emptyFileLevelSourcesOfRegionsAreReported() throws {
        let problems = try problemsInFixture { $0.files[.regions]!["sources"] = [] }
        #expect(problems == [ReportedProblem(.regions, "sources", "every record needs at least one source")])
    }

    @Test func aValidDisputeIsAccepted() throws {
        let report = try loadFixture { $0.meetings[0]["disputes"] = [["field": "memberCount", "values": Self.twoValues]] }
        #expect(report.problems.isEmpty)
        #expect(report.dataset?.meetings[0].disputes?[0].values.map(\.value) == ["84", "83"])
    }

    @Test(arguments: ["membercount", "colour", "id", "sources", "disputes", "notes"])
    func aDisputeOnAFieldThatCannotBeDisputedIsReported(field: String) throws {
        let problems = try problemsInFixture { $0.meetings[0]["disputes"] = [["field": .string(field), "values": Self.twoValues]] }
        #expect(problems == [ReportedProblem(
            .meetings, "meetings[0].disputes[0].field", #""\#(field)" is not a field this record can dispute"#)])
    }

    @Test func aDisputeWithOneValueIsReported() throws {
        let problems = try problemsInFixture {
            $0.resolutions[0]["disputes"] = [["field": "quote", "values": [Self.twoValues[0]]]]
        }
        #expect(problems == [ReportedProblem(.resolutions, "resolutions[0].disputes[0].values", "a dispute lists at least two values")])
    }
}
