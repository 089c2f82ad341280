import CoalitionModel
import CoalitionOutput
import FoundationEssentials
import Testing

@Suite("RecordJSON writes records that decode back into the model")
struct RecordJSONTests {
    private func strictDecode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try TreeDecoding.decode(type, from: try StrictJSONParser.parse(Array(text.utf8)))
    }

    @Test func fixtureRecordsRoundTripThroughTheStrictParser() throws {
        let dataset = try Fixtures.dataset()
        #expect(try strictDecode([Meeting].self, RecordJSON.text(RecordList.meetings(dataset.meetings))) == dataset.meetings)
        #expect(try strictDecode([Resolution].self, RecordJSON.text(RecordList.resolutions(dataset.resolutions))) == dataset.resolutions)
        #expect(try strictDecode([FocusGroupSession].self, RecordJSON.text(RecordList.sessions(dataset.sessions))) == dataset.sessions)
        #expect(try strictDecode([Member].self, RecordJSON.text(RecordList.members(dataset.members))) == dataset.members)
    }

    @Test func shippedRecordsRoundTripThroughJSONDecoder() throws {
        let dataset = try Fixtures.shipped()
        let decoder = JSONDecoder()
        func decode<T: Decodable>(_ type: T.Type, _ list: RecordList) throws -> T {
            try decoder.decode(type, from: Data(try RecordJSON.text(list).utf8))
        }
        #expect(try decode([Meeting].self, .meetings(dataset.meetings)) == dataset.meetings)
        #expect(try decode([Resolution].self, .resolutions(dataset.resolutions)) == dataset.resolutions)
        #expect(try decode([FocusGroupSession].self, .sessions(dataset.sessions)) == dataset.sessions)
        #expect(try decode([Member].self, .members(dataset.members)) == dataset.members)
    }

    @Test func keysAreSortedAndSlashesLeftAlone() throws {
        let dataset = try Fixtures.dataset()
        let text = try RecordJSON.text(RecordList.members([dataset.members[0]]))
        #expect(text.contains("\"url\" : \"https://www.state.gov/a/b\""))
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("    \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
    }

    @Test func noControlCharacterIsWrittenRaw() throws {
        let dataset = try Fixtures.dataset()
        var meeting = dataset.meetings[0]
        meeting.title = "esc\u{1B} del\u{7F} c1\u{9B} nl\n"
        let text = try RecordJSON.text(RecordList.meetings([meeting]))
        let raw = text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) }
        #expect(raw.isEmpty)
        // JSONDecoder, since the strict decoder sanitizes what it reads.
        #expect(try JSONDecoder().decode([Meeting].self, from: Data(text.utf8)) == [meeting])
    }

    @Test func showJSONHasTheRecordAndItsLinks() throws {
        let dataset = try Fixtures.dataset()
        let detail = try #require(RecordPresentation(id: "afg-2023-03-01-niamey", in: dataset))
        let text = try RecordJSON.text(RecordDetailJSON(detail))
        guard case .object(let members) = try StrictJSONParser.parse(Array(text.utf8)).value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["links", "record", "type"])
        let record = try TreeDecoding.decode(FocusGroupSession.self, from: members[1].node)
        #expect(record == dataset.session(id: "afg-2023-03-01-niamey"))
        let links = try TreeDecoding.decode([RecordDetailJSON.Link].self, from: members[0].node)
        #expect(links.map(\.id) == ["MA", "NE", "res-afg-2023-03-01-niamey-01"])
        #expect(links.map(\.relation) == ["co-chair", "co-chair", "resolution"])
        #expect(links[0].title == "Morocco")
    }
}
