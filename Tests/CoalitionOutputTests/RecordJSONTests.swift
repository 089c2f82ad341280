import CoalitionModel
import CoalitionOutput
import FoundationEssentials
import Testing

@Suite("RecordJSON writes records that decode back into the model")
struct RecordJSONTests {
    private func strictDecode<T: JSONReadable>(_ type: T.Type, _ text: String) throws -> T {
        try RecordReading.read(type, fromJSON: text)
    }

    @Test func fixtureRecordsRoundTripThroughTheStrictParser() throws {
        let dataset = try Fixtures.dataset()
        #expect(try strictDecode([Meeting].self, RecordJSON.text(RecordList.meetings(dataset.meetings))) == dataset.meetings)
        #expect(try strictDecode([Resolution].self, RecordJSON.text(RecordList.resolutions(dataset.resolutions))) == dataset.resolutions)
        #expect(try strictDecode([FocusGroupSession].self, RecordJSON.text(RecordList.sessions(dataset.sessions))) == dataset.sessions)
        #expect(try strictDecode([Member].self, RecordJSON.text(RecordList.members(dataset.members))) == dataset.members)
    }

    @Test func shippedRecordsRoundTripThroughTheRecordReader() throws {
        let dataset = try Fixtures.shipped()
        func decode<T: JSONReadable>(_ type: T.Type, _ list: RecordList) throws -> T {
            try RecordReading.read(type, fromJSON: try RecordJSON.text(list))
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
        // The parsed text, since the record reader sanitizes what it reads.
        guard case .array(let records) = try StrictJSONParser.parse(Array(text.utf8)).value, case .object(let fields)? = records.first?.value,
              case .string(let title)? = fields.first(where: { $0.key == "title" })?.node.value else {
            Issue.record("no title written")
            return
        }
        #expect(title == meeting.title)
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
        let record = try RecordReading.read(FocusGroupSession.self, from: members[1].node)
        #expect(record == dataset.session(id: "afg-2023-03-01-niamey"))
        struct Shown: Decodable { var links: [RecordDetailJSON.Link] }
        let links = try JSONDecoder().decode(Shown.self, from: Data(text.utf8)).links
        #expect(links.map(\.id) == ["MA", "NE", "res-afg-2023-03-01-niamey-01"])
        #expect(links.map(\.relation) == ["co-chair", "co-chair", "resolution"])
        #expect(links[0].title == "Morocco")
    }
}
