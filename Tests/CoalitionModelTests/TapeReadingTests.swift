@testable import CoalitionModel
import CoalitionTestSupport
import Testing

/// The loader reads records from a flat tape of each element (`JSONTape`), tests and tools from a
/// tree (`JSONNode`). Both must accept the same elements and read the same records, problems and
/// snapshot values from them: `LoaderConsistency` checks that, here on edge cases and on records
/// generated and then damaged at random.
@Suite struct TapeReadingTests {
    private func disagreement(_ elements: [String]) -> String? {
        LoaderConsistency.disagreement(in: Array(#"{"meetings": ["#.utf8) + Array(elements.joined(separator: ",\n").utf8) + Array("]}".utf8))
    }

    @Test(arguments: [
        // Keys with escapes, or equal to a field name only as Unicode text, are still that field.
        #"{"\u0069d": "x", "t\u0069tle": "a"}"#, #"{"id": "x", "\u212Aind": "plenary"}"#, #"{"K": 1, "\u212A": 2}"#,
        #"{"id": "x", "id\u0000": 1}"#, #"{"id": "a", "\u0069d": "b"}"#, #"{"caf\u00e9": 1, "café": 2}"#,
        // Strings that need cleaning, decoding or checking.
        #"{"id": "a\u001Bb", "title": "tab\there", "city": "\u202Eevil", "venue": "\u0301mark"}"#,
        "{\"id\": \"del\u{7F}\", \"title\": \"caf\u{E9}\", \"city\": \"\u{1F600}\"}", #"{"id": "\ud83d\ude00", "title": "\/\"\\"}"#,
        "{\"id\": \"\u{3099}\u{304B}\", \"title\": \"\u{304B}\u{309A}\", \"city\": \"\u{5916}\u{52D9}\u{7701} na\u{EF}ve \u{219}\"}",
        "{\"id\": \"soft\u{AD}hyphen\", \"title\": \"\u{A0}\u{9F}\u{2FF}\u{300}\", \"city\": \"\u{3000}\u{3164}\u{A000}\u{3FFF}\u{4000}\"}",
        #"{"id": "\ud83d"}"#, #"{"id": "\ude00"}"#, #"{"id": "\x"}"#, "{\"id\": \"a\u{1}b\"}", "{\"id\": \"\u{FF}\"}",
        // Numbers, literals and kinds of value where another is expected.
        #"{"memberCount": 12, "virtual": true, "hosts": ["a", null], "regions": [1, 2.5, -0, 1e3]}"#,
        #"{"memberCount": 99999999999999999999, "virtual": false, "date": "2022-02-30", "endDate": null}"#,
        #"{"memberCount": -0.5e-3, "kind": "plenery", "sources": [{"url": 1, "extra": {}}], "disputes": {}}"#,
        #"{"sources": [{"title": "t", "title2": "u"}, null, [], "s"], "notes": [[]]}"#, #"[]"#, #"null"#, #""text""#, "01", "-",
        "1.", "1e", #"{"a": [1,]}"#, #"{"a": 1,}"#, #"{"a" 1}"#, #"{"a": tru}"#, #"{"a": [[[[]]]]}"#, #"{}"#, #"{"": 1}"#,
    ])
    func edgeCasesReadAlike(element: String) {
        #expect(disagreement([element]) == nil)
    }

    @Test func largeObjectsAreCheckedForDuplicatesAlike() {
        let keys = (0..<40).map { "\"k\($0)\": \($0)" }
        #expect(disagreement(["{" + keys.joined(separator: ", ") + "}"]) == nil)
        #expect(disagreement(["{" + keys.joined(separator: ", ") + #", "k\u0030": 1}"#]) == nil)
        #expect(disagreement(["{" + keys.joined(separator: ", ") + #", "k7": 1}"#]) == nil)
        #expect(disagreement(["{" + (0..<70).map { "\"id\($0)\": \"\($0)\"" }.joined(separator: ", ") + #", "id": "x"}"#]) == nil)
    }

    @Test func deepNestingIsRefusedAlike() {
        let depth = StrictJSONParser.maximumDepth
        #expect(disagreement([String(repeating: "[", count: depth - 2) + String(repeating: "]", count: depth - 2)]) == nil)
        #expect(disagreement([String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1)]) == nil)
    }

    /// Generated records, each file damaged many times over: a byte changed, dropped or doubled,
    /// or an escape written in place of a letter.
    @Test func damagedRecordsReadAlike() throws {
        var random = SeededGenerator(seed: 15)
        var checked = 0
        for _ in 0..<3 {
            let folder = RecordReaderPropertyTests.generatedFolder(using: &random)
            for file in DataFile.allCases {
                let text = Array(folder.files[file]!.serialized().utf8)
                #expect(LoaderConsistency.disagreement(in: text) == nil)
                for _ in 0..<40 {
                    var damaged = text
                    let at = random.int(in: 0...(damaged.count - 1))
                    switch random.int(in: 0...3) {
                    case 0: damaged[at] = random.pick(Array(#"{}[]",:\ u0aZ-."#.utf8) + [0x7F, 0xC3, 0xA9, 0x01])
                    case 1: damaged.remove(at: at)
                    case 2: damaged.insert(damaged[at], at: at)
                    default:
                        if (0x61...0x7A).contains(damaged[at]) { damaged.replaceSubrange(at...at, with: Array(("\\u00" + hex(UInt32(damaged[at]), width: 2)).utf8)) }
                    }
                    let found = LoaderConsistency.disagreement(in: damaged)
                    #expect(found == nil, "\(String(decoding: damaged, as: UTF8.self))")
                    checked += 1
                }
            }
        }
        #expect(checked == 3 * DataFile.allCases.count * 40)
    }

    /// The reader compares a plain key's bytes with the name a field asks for, which equals
    /// comparing them as strings only while field names are printable ASCII.
    @Test func fieldNamesArePrintableASCII() {
        let names = Meeting.fields + Resolution.fields + FocusGroupSession.fields + Member.fields + JoinDate.fields + MemberCount.fields
            + Source.fields + Dispute.fields + DisputedValue.fields + RegionArea.fields + Country.fields + AnalystRegion.fields
        #expect(names.count > 50)
        #expect(names.allSatisfy { $0.name.utf8.allSatisfy { (0x20..<0x7F).contains($0) } })
    }
}
