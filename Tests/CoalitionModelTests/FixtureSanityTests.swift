import CoalitionModel
import Testing

/// The validation tests rely on the unchanged fixture being valid, so that each change they make
/// is the only thing wrong.
@Suite struct FixtureSanityTests {
    @Test func minimalFixtureLoadsWithoutProblems() throws {
        let report = try loadFixture()
        #expect(report.problems.map(ReportedProblem.init) == [])
        let dataset = try #require(report.dataset)
        #expect(dataset.meetings.map(\.id) == ["mtg-2022-05-11-marrakesh"])
        #expect(dataset.sessions.map(\.id) == ["afg-2023-03-01-niamey"])
        #expect(dataset.resolutions.count == 2)
        #expect(dataset.members.map(\.id) == ["MA", "CENSAD"])
        #expect(dataset.memberCounts.count == 2)
        #expect(dataset.areas.count == 9)
        #expect(dataset.countries.count == 4)
    }
}
