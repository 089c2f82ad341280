import CoalitionModel
import Testing

/// The shape of each file: the top-level lists the loader expects.
@Suite struct LoaderFileStructureTests {
    @Test func anUnknownTopLevelKeyIsReportedWithAHint() throws {
        let problems = try problemsInFixture { $0.files[.meetings]!["meeting"] = [] }
        #expect(problems == [ReportedProblem(.meetings, "meeting", #"unknown top-level field "meeting" (did you mean "meetings"?)"#)])
    }

    @Test func aMissingListIsReported() throws {
        let report = try loadFixture { $0.files[.members]!["memberCounts"] = nil }
        #expect(report.problems.map(ReportedProblem.init) == [
            ReportedProblem(.members, "memberCounts", #"missing required list "memberCounts""#),
        ])
        #expect(report.problems.map(\.kind) == [.meaning])
    }

    @Test func aListThatIsNotAnArrayIsReported() throws {
        let problems = try problemsInFixture { $0.files[.sessions]!["sessions"] = .object([]) }
        #expect(problems == [ReportedProblem(.sessions, "sessions", "expected an array, found an object")])
    }

    @Test func aFileWhoseTopLevelIsNotAnObjectIsReportedOnce() throws {
        let problems = try problemsInFixture { $0.files[.meetings] = [] }
        #expect(problems == [ReportedProblem(.meetings, "(top level)", #"expected an object with "meetings", found an array"#)])
    }

    @Test func countsReportTheRecordsOfEveryKind() throws {
        let report = try loadFixture {
            $0.meetings.append(DataFolderFixture.marrakeshMeeting)
            $0.meetings[1]["id"] = "mtg-2023-rome"
        }
        #expect(report.counts.map(\.kind) == [
            "meetings", "resolutions", "Africa Focus Group sessions", "members", "member counts", "regions", "countries", "analyst regions",
        ])
        // Analyst regions are optional: the fixture's regions.json has none.
        #expect(report.counts.map(\.count) == [2, 2, 1, 2, 2, 9, 4, 0])
    }
}
