import CoalitionModel
import Testing

/// Rules on members and member counts. Each test breaks one rule of the minimal fixture.
@Suite struct ValidationMemberRuleTests {
    @Test func aStateWithoutACountryIsReported() throws {
        let problems = try problemsInFixture { $0.members[0]["country"] = nil }
        #expect(problems == [ReportedProblem(.members, "members[0].country", #"a state needs its "country" code"#)])
    }

    @Test func aStateWithAnUnknownCountryIsReported() throws {
        let problems = try problemsInFixture { $0.members[0]["country"] = "QQ" }
        #expect(problems == [ReportedProblem(.members, "members[0].country", #"unknown country code "QQ" (not in regions.json)"#)])
    }

    @Test func anOrganisationWithACountryIsReported() throws {
        let problems = try problemsInFixture { $0.members[1]["country"] = "NE" }
        #expect(problems == [ReportedProblem(.members, "members[1].country", #"an organisation has no "country"; use "regions""#)])
    }

    @Test func joinedOnCombinedWithByIsReported() throws {
        let problems = try problemsInFixture { $0.members[0]["joined"]!["by"] = "2015" }
        #expect(problems == [ReportedProblem(.members, "members[0].joined", #""on" cannot be combined with "after" or "by""#)])
    }

    @Test func joinedByBeforeAfterIsReported() throws {
        let problems = try problemsInFixture { $0.members[1]["joined"] = ["after": "2019-02", "by": "2018-02"] }
        #expect(problems == [ReportedProblem(.members, "members[1].joined.by", #""by" (2018-02) is before "after" (2019-02)"#)])
    }

    @Test func anEmptyJoinedIsReported() throws {
        let problems = try problemsInFixture { $0.members[0]["joined"] = .object([]) }
        #expect(problems == [ReportedProblem(
            .members, "members[0].joined", #"give "on", "by", or "after" and "by"; leave "joined" out when no source dates it"#)])
    }

    @Test func anOrdinalUsedTwiceIsReported() throws {
        let problems = try problemsInFixture {
            $0.members[0]["ordinal"] = 5
            $0.members[1]["ordinal"] = 5
        }
        #expect(problems == [ReportedProblem(.members, "members[1].ordinal", "ordinal 5 is used twice (also members[0])")])
    }

    @Test func memberCountsOutOfDateOrderAreReported() throws {
        let problems = try problemsInFixture {
            $0.memberCounts = [DataFolderFixture.marrakeshCount, DataFolderFixture.brusselsCount]
        }
        #expect(problems == [ReportedProblem(
            .members, "memberCounts[1].date", "member counts must be in date order: 2014-12-03 comes after 2022-05-11")])
    }

    @Test func aMemberCountThatIsNotPositiveIsReported() throws {
        let problems = try problemsInFixture { $0.memberCounts[0]["count"] = 0 }
        #expect(problems == [ReportedProblem(.members, "memberCounts[0].count", "must be a whole number from 1 to 1000000, found 0")])
    }
}
