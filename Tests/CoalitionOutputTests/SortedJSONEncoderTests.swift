import CoalitionModel
import CoalitionOutput
import FoundationEssentials
import Testing

/// The byte writer must write exactly what Foundation's JSONEncoder wrote before it, with the
/// controls JSONEncoder leaves raw (DEL, C1) escaped: Foundation is the oracle here, never the path.
@Suite("RecordJSON writes what JSONEncoder wrote, byte for byte")
struct SortedJSONEncoderTests {
    private func foundationText(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var output = ""
        for scalar in String(decoding: try encoder.encode(value), as: UTF8.self).unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                output += "\\u00" + String(scalar.value, radix: 16, uppercase: true)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// The texts around the first byte where two documents differ, for a failure message.
    private func firstDifference(_ written: String, _ expected: String) -> Comment {
        let a = Array(written.utf8), b = Array(expected.utf8)
        let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        func around(_ bytes: [UInt8]) -> String { String(decoding: bytes[max(0, at - 40)..<min(bytes.count, at + 40)], as: UTF8.self) }
        return "at byte \(at): written «\(around(a))», JSONEncoder «\(around(b))»"
    }

    private func expectSame(_ value: some Encodable, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let written = try RecordJSON.text(value), expected = try foundationText(value)
        #expect(written == expected, firstDifference(written, expected), sourceLocation: sourceLocation)
    }

    @Test func everyShippedRecordIsWrittenAsJSONEncoderWroteIt() throws {
        let dataset = try Fixtures.shipped()
        try expectSame(dataset.meetings)
        try expectSame(dataset.resolutions)
        try expectSame(dataset.sessions)
        try expectSame(dataset.members)
        try expectSame(dataset.memberCounts)
        try expectSame(dataset.areas)
        try expectSame(dataset.countries)
    }

    @Test func detailsAndTheRegionTreeAreWrittenAsJSONEncoderWroteThem() throws {
        let dataset = try Fixtures.shipped()
        for id in [dataset.meetings[0].id, dataset.resolutions[0].id, dataset.sessions[0].id, dataset.members[0].id] {
            let detail = try #require(RecordPresentation(id: id, in: dataset))
            try expectSame(RecordDetailJSON(detail))
        }
        let roots = RegionTree.roots(of: dataset)
        try expectSame(roots)
    }

    @Test func everyControlCharacterAndEscapeIsWrittenAsTheOracleDoes() throws {
        let controls = String(String.UnicodeScalarView((0x00...0xA0).compactMap(Unicode.Scalar.init)))
        let texts = [controls, "quote \" backslash \\ slash / tab\t", "é東🙂\u{202E}", "", "\u{C2}\u{A0}"]
        try expectSame(texts)
        let nested: [String: [[String: Int]]] = ["b": [["z": 1, "a": -2]], "a": [], "c": [[:]]]
        try expectSame(nested)
        try expectSame(["whole": 3.0, "half": 0.5])
    }
}

@Suite("A long list written in two halves is the list written whole")
struct SortedJSONListTests {
    @Test func halvesJoinToTheSameBytes() throws {
        let dataset = try Fixtures.shipped()
        // Past the length where the list is split, and odd, so the halves differ.
        let meetings = Array(repeating: dataset.meetings, count: 2049 / dataset.meetings.count + 1).joined().prefix(2049)
        let list = Array(meetings)
        #expect(try RecordJSON.text(RecordList.meetings(list)) == RecordJSON.text(list))
    }
}
