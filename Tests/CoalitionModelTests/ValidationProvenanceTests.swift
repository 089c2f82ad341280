import CoalitionModel
import Testing

/// Labels of provenance follow the sources: "official-text" needs an official or verbatim source,
/// a copy on an archive, mirror or staging host is never official, and each meeting and session
/// says truly whether its text is recorded.
@Suite struct ValidationProvenanceTests {
    private static func secondary(verbatim: Bool? = nil) -> FixtureJSON {
        var source: FixtureJSON = ["publisher": "Fana", "title": "Report", "url": "https://www.fanabc.com/report", "reliability": "secondary"]
        if let verbatim { source["verbatim"] = .bool(verbatim) }
        return source
    }

    @Test func officialTextWithoutAnOfficialOrVerbatimSourceIsReported() throws {
        let problems = try problemsInFixture { $0.resolutions[0]["sources"] = [Self.secondary()] }
        #expect(problems.map(\.path) == ["resolutions[0].wording"])
        #expect(problems.first?.message.hasPrefix(#""official-text" needs a source that carries the official wording"#) == true)
    }

    @Test func officialTextFromAVerbatimCopyIsAccepted() throws {
        #expect(try problemsInFixture { $0.resolutions[0]["sources"] = [Self.secondary(verbatim: true)] } == [])
    }

    @Test func aMediaQuoteNeedsNoOfficialSource() throws {
        let problems = try problemsInFixture {
            $0.resolutions[0]["sources"] = [Self.secondary()]
            $0.resolutions[0]["wording"] = "media-quote"
        }
        #expect(problems == [])
    }

    @Test(arguments: [
        "https://megalodon.jp/ref/2015/www.state.gov/page.htm",
        "https://web.archive.org/web/2019/https://www.state.gov/x/",
        "https://public-preview-server.prod.cstreetsandbox.com/x/",
        "https://staging.state.gov/x/",
    ])
    func anOfficialLabelOnACopyHostIsReported(url: String) throws {
        let problems = try problemsInFixture {
            var source = DataFolderFixture.source()
            source["url"] = .string(url)
            $0.meetings[0]["sources"] = [source]
        }
        #expect(problems.map(\.path) == ["meetings[0].sources[0].reliability"])
        #expect(problems.first?.message.contains("holds a copy; mark it \"secondary\"") == true)
    }

    @Test func anOfficialLabelOnTheBodysOwnSiteIsAccepted() throws {
        #expect(try problemsInFixture { _ in } == [])
    }

    @Test func recordedWithoutStatementsIsReported() throws {
        let problems = try problemsInFixture { $0.resolutions = [DataFolderFixture.niameyResolution] }
        #expect(problems == [ReportedProblem(.meetings, "meetings[0].textStatus",
            #"is "recorded", but no statement in resolutions.json belongs to it"#)])
    }

    @Test func notFoundWithStatementsIsReported() throws {
        let problems = try problemsInFixture {
            $0.meetings[0]["textStatus"] = "not-found"
            $0.meetings[0]["textNote"] = "Sought on state.gov."
        }
        #expect(problems == [ReportedProblem(.meetings, "meetings[0].textStatus",
            #"is "not-found", but 1 statement in resolutions.json belongs to it; use "recorded""#)])
    }

    @Test func notFoundWithoutANoteIsReported() throws {
        let problems = try problemsInFixture {
            $0.resolutions = [DataFolderFixture.marrakeshResolution]
            $0.sessions[0]["textStatus"] = "not-found"
        }
        #expect(problems == [ReportedProblem(.sessions, "sessions[0].textNote", #"say in "textNote" where the text was sought"#)])
    }

    /// The rule is reported with the file and line through the command line's formatting too.
    @Test func theProblemNamesFileAndLine() throws {
        let report = try loadFixture { $0.resolutions[0]["sources"] = [Self.secondary()] }
        let description = try #require(report.problems.first?.description)
        #expect(description.contains("resolutions.json: resolutions[0].wording: "))
        #expect(description.hasSuffix(")") && description.contains("(line "))
    }
}
