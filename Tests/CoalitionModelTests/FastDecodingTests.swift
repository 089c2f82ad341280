@testable import CoalitionModel
import CoalitionTestSupport
import Foundation
import Testing

/// The direct path for statements, meetings and sessions must give exactly what Codable gives for
/// every shipped record, disputes included, and must step aside (nil) for anything Codable rejects.
@Suite struct FastDecodingTests {
    static func elements(of file: String, list: String) throws -> [JSONNode] {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: shippedDataFolder + "/" + file)))
        let root = try StrictJSONParser.parse(bytes)
        guard case .object(let members) = root.value, let node = members.first(where: { $0.key == list })?.node,
              case .array(let elements) = node.value else { throw CocoaError(.fileReadCorruptFile) }
        return elements
    }

    @Test func everyShippedStatementDecodesAsCodableDecodesIt() throws {
        var fast = 0
        for element in try Self.elements(of: "resolutions.json", list: "resolutions") {
            let slow = try TreeDecoding.decode(Resolution.self, from: element)
            #expect(Resolution.fastDecode(element) == slow, "\(slow.id)")
            fast += 1
        }
        #expect(fast > 90)
    }

    @Test func everyShippedMeetingDecodesAsCodableDecodesIt() throws {
        var fast = 0
        for element in try Self.elements(of: "meetings.json", list: "meetings") {
            let slow = try TreeDecoding.decode(Meeting.self, from: element)
            #expect(Meeting.fastDecode(element) == slow, "\(slow.id)")
            fast += 1
        }
        #expect(fast > 25)
    }

    @Test func everyShippedSessionDecodesAsCodableDecodesIt() throws {
        var fast = 0
        for element in try Self.elements(of: "sessions.json", list: "sessions") {
            let slow = try TreeDecoding.decode(FocusGroupSession.self, from: element)
            #expect(FocusGroupSession.fastDecode(element) == slow, "\(slow.id)")
            fast += 1
        }
        #expect(fast >= 4)
    }

    static let minimalStatement = #"{"id": "res-x-01", "meeting": "mtg-x", "document": "D", "order": 1, "summary": "S", "wording": "paraphrase", "themes": ["africa"], "regions": ["world"], "sources": [{"publisher": "P", "title": "T", "reliability": "weak"}]}"#

    @Test(arguments: [
        #"{"tittle": 1}"#,
        minimalStatement.replacingOccurrences(of: #""order": 1"#, with: #""order": "1""#),
        minimalStatement.replacingOccurrences(of: #""order": 1"#, with: #""order": 1.5"#),
        minimalStatement.replacingOccurrences(of: #""document": "D", "#, with: ""),
        minimalStatement.replacingOccurrences(of: #""document": "D""#, with: #""document": null"#),
        minimalStatement.replacingOccurrences(of: #""wording": "paraphrase""#, with: #""wording": "paraphrased""#),
        minimalStatement.replacingOccurrences(of: #""themes": ["africa"]"#, with: #""themes": ["afrika"]"#),
        minimalStatement.replacingOccurrences(of: #""reliability": "weak""#, with: #""reliability": "weak", "extra": 1"#),
        minimalStatement.replacingOccurrences(of: #""summary": "S""#, with: #""summary": "S", "sumary": "S""#),
        minimalStatement.replacingOccurrences(of: #""regions": ["world"]"#, with: #""regions": ["world", 3]"#),
        minimalStatement.replacingOccurrences(of: #""regions": ["world"]"#, with: #""regions": ["world"], "disputes": [{"field": "order", "values": [{"value": "1"}]}]"#),
        minimalStatement.replacingOccurrences(of: #""regions": ["world"]"#, with: #""regions": ["world"], "disputes": [{"feild": "order", "values": []}]"#),
    ])
    func anythingUnusualIsLeftToCodable(_ json: String) throws {
        let node = try StrictJSONParser.parse(Array(json.utf8))
        #expect(Resolution.fastDecode(node) == nil)
    }

    @Test func aMinimalStatementDecodesAndItsTextIsSanitized() throws {
        let json = Self.minimalStatement.replacingOccurrences(of: #""summary": "S""#, with: #""summary": "S\u001b[2J""#)
        let node = try StrictJSONParser.parse(Array(json.utf8))
        let quick = try #require(Resolution.fastDecode(node))
        #expect(quick == (try TreeDecoding.decode(Resolution.self, from: node)))
        #expect(quick.summary == "S^[[2J")
    }

    @Test func nullOptionalFieldsCountAsAbsentAsInCodable() throws {
        let json = Self.minimalStatement.replacingOccurrences(of: #""meeting": "mtg-x""#, with: #""meeting": "mtg-x", "quote": null"#)
        let node = try StrictJSONParser.parse(Array(json.utf8))
        #expect(Resolution.fastDecode(node) == (try TreeDecoding.decode(Resolution.self, from: node)))
    }
}
