import CoalitionModel
import Testing

/// Rules on meetings, sessions and resolutions. Each test breaks one rule of the minimal fixture.
@Suite struct ValidationRecordRuleTests {
    @Test func orderUsedTwiceInOneTextIsReported() throws {
        let problems = try problemsInFixture { data in
            var copy = DataFolderFixture.marrakeshResolution
            copy["id"] = "res-2022-05-11-marrakesh-02"
            data.resolutions.append(copy)
        }
        #expect(problems == [ReportedProblem(
            .resolutions, "resolutions[2].order", "order 1 is used twice in the same text (also resolutions[0])")])
    }

    @Test func theSameOrderInDifferentTextsIsFine() throws {
        let report = try loadFixture()
        #expect(report.dataset?.resolutions.map(\.order) == [1, 1])
    }

    @Test func aQuoteOverTheLimitIsReported() throws {
        let quote = String(repeating: "é", count: 161)
        let problems = try problemsInFixture { $0.resolutions[0]["quote"] = .string(quote) }
        #expect(problems == [ReportedProblem(
            .resolutions, "resolutions[0].quote", "is 161 characters long; the limit here is 160")])
    }

    @Test func aQuoteOfExactlyTheLimitIsFine() throws {
        let problems = try problemsInFixture { $0.resolutions[0]["quote"] = .string(String(repeating: "é", count: 160)) }
        #expect(problems == [])
    }

    @Test func emptyThemesAreReported() throws {
        let problems = try problemsInFixture { $0.resolutions[1]["themes"] = [] }
        #expect(problems == [ReportedProblem(.resolutions, "resolutions[1].themes", "needs at least one theme")])
    }

    @Test func anUnknownRegionIsReportedWithAHint() throws {
        let problems = try problemsInFixture { $0.meetings[0]["regions"] = ["africa", "afrika"] }
        #expect(problems == [ReportedProblem(
            .meetings, "meetings[0].regions[1]", #"unknown region or country "afrika" (did you mean "africa"?)"#)])
    }

    @Test func emptyRegionsOfAResolutionAreReported() throws {
        let problems = try problemsInFixture { $0.resolutions[0]["regions"] = [] }
        #expect(problems == [ReportedProblem(.resolutions, "resolutions[0].regions", "needs at least one region or country")])
    }

    @Test func anUnknownCountryCodeIsReported() throws {
        let problems = try problemsInFixture { $0.meetings[0]["country"] = "XX" }
        #expect(problems.map(\.path) == ["meetings[0].country"])
        #expect(problems.allSatisfy { $0.message.hasPrefix(#"unknown country code "XX" (not in regions.json)"#) })
    }

    @Test func anEndDateBeforeTheDateIsReported() throws {
        let problems = try problemsInFixture { $0.meetings[0]["endDate"] = "2022-05-10" }
        #expect(problems == [ReportedProblem(.meetings, "meetings[0].endDate", "ends (2022-05-10) before it starts (2022-05-11)")])
    }

    @Test func anEndDateEqualToTheDateIsReported() throws {
        let problems = try problemsInFixture { $0.sessions[0]["endDate"] = "2023-03-01" }
        #expect(problems == [ReportedProblem(
            .sessions, "sessions[0].endDate", #"equals "date"; leave "endDate" out for a one-day event"#)])
    }

    @Test func aLessPreciseEndDateThatMayFollowTheDateIsFine() throws {
        let problems = try problemsInFixture { $0.meetings[0]["endDate"] = "2022-05" }
        #expect(problems == [])
    }

    @Test func aVirtualMeetingWithACityIsReported() throws {
        let problems = try problemsInFixture {
            $0.meetings[0]["virtual"] = true
            $0.meetings[0]["country"] = nil
        }
        #expect(problems == [ReportedProblem(.meetings, "meetings[0].city", "a virtual event has no city")])
    }

    @Test func aVirtualSessionWithACountryIsReported() throws {
        let problems = try problemsInFixture {
            $0.sessions[0]["virtual"] = true
            $0.sessions[0]["city"] = nil
        }
        #expect(problems == [ReportedProblem(.sessions, "sessions[0].country", "a virtual event has no country")])
    }

    @Test func aSessionNumberUsedTwiceIsReported() throws {
        let problems = try problemsInFixture { data in
            var copy = DataFolderFixture.niameySession
            copy["id"] = "afg-2023-11-15-cotonou"
            copy["textStatus"] = "not-found"
            copy["textNote"] = "Sought nowhere: a test record."
            data.sessions.append(copy)
        }
        #expect(problems == [ReportedProblem(.sessions, "sessions[1].number", "number 1 is used twice (also sessions[0])")])
    }

    @Test func aBlankTitleIsReported() throws {
        let problems = try problemsInFixture { $0.meetings[0]["title"] = " \t " }
        #expect(problems == [ReportedProblem(.meetings, "meetings[0].title", "must not be empty")])
    }
}
