import CoalitionModel
import Testing

@Suite struct ParserAcceptanceTests {
    @Test(arguments: [
        ("null", "null"),
        ("true", "true"),
        ("false", "false"),
        ("0", "0"),
        ("-0", "-0"),
        ("42", "42"),
        ("-12.5e-3", "-12.5e-3"),
        ("1E+9", "1E+9"),
        ("0.25", "0.25"),
        ("\"text\"", "\"text\""),
        ("[]", "[]"),
        ("{}", "{}"),
        (" \t\r\n[ 1 , \"a\" , [ ] , { } ]\n", "[1,\"a\",[],{}]"),
        ("{\"b\": {\"a\": [true, null]}, \"a\": -1}", "{\"b\":{\"a\":[true,null]},\"a\":-1}"),
    ])
    func parsesEveryKindOfValue(text: String, compact: String) throws {
        #expect(compactText(try StrictJSONParser.parse(Array(text.utf8))) == compact)
    }

    @Test(arguments: [
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{08}\u{0C}\n\r\t"),
        (#""caf\u00e9 \u00E9""#, "café é"),
        (#""\uD83D\uDE00 grin""#, "😀 grin"),
        (#""\u0000""#, "\u{0}"),
        ("\"Marrakech – 日本 😀\"", "Marrakech – 日本 😀"),
        (#""a\u0041b""#, "aAb"),
    ])
    func decodesStringContent(json: String, expected: String) throws {
        let node = try StrictJSONParser.parse(Array(json.utf8))
        guard case .string(let text) = node.value else {
            Issue.record("expected a string, found \(node.typeName)")
            return
        }
        #expect(text == expected)
    }

    @Test func keepsObjectMembersInFileOrder() throws {
        let node = try StrictJSONParser.parse(Array(#"{"z": 1, "a": 2, "m": 3}"#.utf8))
        guard case .object(let members) = node.value else {
            Issue.record("expected an object")
            return
        }
        #expect(members.map(\.key) == ["z", "a", "m"])
    }

    @Test func recordsTheOffsetWhereEachValueStarts() throws {
        let text = #"[1, "x", {"k": null}]"#
        let node = try StrictJSONParser.parse(Array(text.utf8))
        guard case .array(let elements) = node.value, case .object(let members) = elements[2].value else {
            Issue.record("unexpected shape: \(compactText(node))")
            return
        }
        #expect(node.offset == 0)
        #expect(elements.map(\.offset) == [1, byteOffset(of: "\"x\"", in: text), byteOffset(of: "{", in: text)])
        #expect(members[0].node.offset == byteOffset(of: "null", in: text))
    }

    @Test func acceptsAByteOrderMark() throws {
        let node = try StrictJSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
        #expect(compactText(node) == #"{"a":1}"#)
    }

    @Test func offsetsAfterAByteOrderMarkCountItsBytes() {
        let error = syntaxError([0xEF, 0xBB, 0xBF] + Array("[1,]".utf8))
        #expect(error?.offset == 6)
    }

    @Test(arguments: [1, 2, 511, StrictJSONParser.maximumDepth])
    func acceptsNestingUpToTheLimit(depth: Int) throws {
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        _ = try StrictJSONParser.parse(Array(text.utf8))
    }

    @Test func acceptsObjectsNestedToTheLimit() throws {
        let depth = StrictJSONParser.maximumDepth
        let text = String(repeating: #"{"a":"#, count: depth - 1) + "{}" + String(repeating: "}", count: depth - 1)
        _ = try StrictJSONParser.parse(Array(text.utf8))
    }
}
