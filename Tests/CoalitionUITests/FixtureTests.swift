import CoalitionModel
import Testing

@Suite("The fixture loads as the dashboard would load it")
struct FixtureTests {
    let dataset = Fixture.dataset

    @Test func holdsEveryKindOfRecord() {
        #expect(dataset.meetings.count == 6)
        #expect(dataset.resolutions.count == 6)
        #expect(dataset.sessions.count == 2)
        #expect(dataset.members.count == 7)
        #expect(dataset.latestMemberCount?.count == 84)
    }

    @Test func escapeSequenceInATitleComesOutSanitized() {
        let titles = dataset.meetings.map(\.title)
        #expect(titles.contains(Fixture.sanitizedEscapeTitle))
        #expect(!titles.joined().unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func keepsHardTextIntact() {
        let titles = dataset.meetings.map(\.title)
        #expect(titles.contains("東京会合 Tokyo meeting"))
        #expect(titles.contains("Virtual political directors \u{1F30D}"))
        #expect(titles.contains("Paris re\u{301}union de de\u{301}fense"))
    }

    @Test func linksResolutionsToMeetingsAndSessions() {
        #expect(dataset.resolutions(of: "mtg-2022-05-11-marrakesh").count == 2)
        #expect(dataset.resolutions(of: "afg-2023-03-01-niamey").count == 1)
        #expect(dataset.sessions(besideMeeting: "mtg-2022-05-11-marrakesh").map(\.id) == ["afg-2022-05-marrakesh"])
    }
}
