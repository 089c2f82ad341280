import CoalitionModel
import Testing

/// Ids and the links between records. Each test breaks one rule of the minimal fixture.
@Suite struct ValidationIDAndLinkTests {
    @Test func aDuplicateIDInOneFileIsReported() throws {
        let problems = try problemsInFixture { $0.meetings.append(DataFolderFixture.marrakeshMeeting) }
        #expect(problems == [ReportedProblem(
            .meetings, "meetings[1].id", #"duplicate id "mtg-2022-05-11-marrakesh" (also at meetings.json meetings[0])"#)])
    }

    @Test func aDuplicateIDAcrossFilesIsReported() throws {
        let problems = try problemsInFixture { data in
            var copy = DataFolderFixture.niameySession
            copy["id"] = "mtg-2022-05-11-marrakesh"
            copy["number"] = 2
            data.sessions.append(copy)
        }
        #expect(problems.contains(ReportedProblem(
            .sessions, "sessions[1].id", #"duplicate id "mtg-2022-05-11-marrakesh" (also at meetings.json meetings[0])"#)))
        #expect(problems.allSatisfy { $0.path == "sessions[1].id" })
    }

    @Test(arguments: ["mtg-", "meeting-2022-rome", "mtg-2022-05-11-Rome", "mtg-2022_05", "mtg-2022-rome-", "mtg-rome rome", "mtg-café"])
    func aMeetingIDOutsideThePatternIsReported(id: String) throws {
        let problems = try problemsInFixture { data in
            var copy = DataFolderFixture.marrakeshMeeting
            copy["id"] = .string(id)
            copy["textStatus"] = "not-found"
            copy["textNote"] = "Sought nowhere: a test record."
            data.meetings.append(copy)
        }
        #expect(problems == [ReportedProblem(
            .meetings, "meetings[1].id", #"id "\#(id)" must start with "mtg-" and use only lowercase letters, digits and hyphens"#)])
    }

    @Test(arguments: ["Ma", "M", "ABCDEFGHIJKLM", "EU-1", "ÉU"])
    func aMemberIDOutsideThePatternIsReported(id: String) throws {
        let problems = try problemsInFixture { data in
            var copy = DataFolderFixture.morocco
            copy["id"] = .string(id)
            data.members.append(copy)
        }
        #expect(problems == [ReportedProblem(
            .members, "members[2].id", #"id "\#(id)" must be a member code of 2 to 12 capital letters or digits"#)])
    }

    @Test func aResolutionLinkToAnUnknownMeetingIsReported() throws {
        let problems = try problemsInFixture { $0.resolutions[0]["meeting"] = "mtg-2022-05-12-marrakesh" }
        #expect(problems == [ReportedProblem(
            .resolutions, "resolutions[0].meeting",
            #"no meeting has the id "mtg-2022-05-12-marrakesh" (did you mean "mtg-2022-05-11-marrakesh"?)"#)])
    }

    @Test func aResolutionLinkToAnUnknownSessionIsReported() throws {
        let problems = try problemsInFixture { $0.resolutions[1]["session"] = "afg-2023-03-01-nyamey" }
        #expect(problems == [ReportedProblem(
            .resolutions, "resolutions[1].session",
            #"no Africa Focus Group session has the id "afg-2023-03-01-nyamey" (did you mean "afg-2023-03-01-niamey"?)"#)])
    }

    @Test func aSessionHeldBesideAnUnknownMeetingIsReported() throws {
        let problems = try problemsInFixture { $0.sessions[0]["meeting"] = "mtg-1999-nowhere-at-all" }
        #expect(problems == [ReportedProblem(.sessions, "sessions[0].meeting", #"no meeting has the id "mtg-1999-nowhere-at-all""#)])
    }

    @Test func aResolutionWithBothMeetingAndSessionIsReported() throws {
        let problems = try problemsInFixture { $0.resolutions[0]["session"] = "afg-2023-03-01-niamey" }
        #expect(problems == [ReportedProblem(
            .resolutions, "resolutions[0].session", #"has both a "meeting" and a "session"; give only one"#)])
    }

    @Test func aResolutionWithNeitherMeetingNorSessionIsReported() throws {
        let problems = try problemsInFixture { $0.resolutions[0]["meeting"] = nil }
        #expect(problems == [ReportedProblem(.resolutions, "resolutions[0]", #"needs a "meeting" or a "session" it belongs to"#)])
    }

    @Test func aSessionCoChairThatIsNotAMemberIsReported() throws {
        let problems = try problemsInFixture { $0.sessions[0]["coChairs"] = ["MA", "NG"] }
        #expect(problems.map(\.path) == ["sessions[0].coChairs[1]"])
        #expect(problems.allSatisfy { $0.message.hasPrefix(#"no member has the id "NG""#) })
    }
}
