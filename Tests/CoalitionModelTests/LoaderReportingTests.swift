import CoalitionModel
import CoalitionTestSupport
import Testing

/// How problems are located and that one run reports all of them.
@Suite struct LoaderReportingTests {
    @Test func invalidJSONIsReportedAsFileLineColumn() throws {
        try withTemporaryFolder { folder in
            var fixture = DataFolderFixture()
            fixture.rawText[.meetings] = "{\n  \"meetings\": [],\n}\n"
            try fixture.write(to: folder)
            let report = DatasetLoader.load(directory: folder)
            #expect(report.problems.map(\.description) == ["\(folder)/meetings.json:3:1: trailing comma before '}'"])
            #expect(report.problems.map(\.kind) == [.syntax])
            #expect(!report.hasUnreadableInput)
        }
    }

    @Test func aSyntaxErrorColumnCountsCharactersNotBytes() throws {
        try withTemporaryFolder { folder in
            var fixture = DataFolderFixture()
            fixture.rawText[.sessions] = "{\"sessions\": [\"Niamey – Niger\" \"x\"]}"
            try fixture.write(to: folder)
            let report = DatasetLoader.load(directory: folder)
            #expect(report.problems.map(\.description) == [
                "\(folder)/sessions.json:1:32: expected ',' or ']' in an array, found '\"'",
            ])
        }
    }

    @Test func aProblemOfMeaningNamesTheLineOfTheField() throws {
        try withTemporaryFolder { folder in
            var fixture = DataFolderFixture()
            fixture.meetings[0]["endDate"] = "2022-05-10"
            try fixture.write(to: folder)
            let text = fixture.files[.meetings]!.serialized()
            let line = text.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.contains("\"endDate\"") }! + 1
            let report = DatasetLoader.load(directory: folder)
            #expect(report.problems.map(\.description) == [
                "\(folder)/meetings.json: meetings[0].endDate: ends (2022-05-10) before it starts (2022-05-11) (line \(line))",
            ])
        }
    }

    @Test func problemsInSeveralFilesAreAllReported() throws {
        let report = try loadFixture {
            $0.rawText[.sessions] = "{\"sessions\": [01]}"
            $0.meetings[0]["virtual"] = true
            $0.meetings[0]["country"] = nil
            $0.resolutions[0]["quote"] = .string(String(repeating: "q", count: 200))
            $0.members[0]["country"] = nil
            $0.areas[1]["m49"] = "2"
        }
        #expect(Set(report.problems.map(ReportedProblem.init)) == [
            ReportedProblem(.sessions, nil, "invalid number: leading zeros are not allowed"),
            ReportedProblem(.meetings, "meetings[0].city", "a virtual event has no city"),
            ReportedProblem(.resolutions, "resolutions[0].quote", "is 200 characters long; the limit here is 160"),
            ReportedProblem(.members, "members[0].country", #"a state needs its "country" code"#),
            ReportedProblem(.regions, "areas[1].m49", #"an M49 code has three digits, found "2""#),
        ])
        #expect(report.problems.count == 5)
        #expect(report.dataset == nil)
    }

    @Test func linksAreNotCheckedWhileAFileIsBroken() throws {
        let problems = try problemsInFixture {
            $0.rawText[.meetings] = "{"
            $0.resolutions[0]["meeting"] = "mtg-2099-nowhere"
        }
        #expect(problems == [ReportedProblem(.meetings, nil, "unexpected end of file inside an object")])
    }
}
