import CoalitionModel
import Testing

@Suite struct ParserRejectionTests {
    @Test(arguments: [
        (#"{"a": 1,}"#, 8, "trailing comma before '}'"),
        ("[1, 2,]", 6, "trailing comma before ']'"),
        ("[1,\n ]", 5, "trailing comma before ']'"),
        ("01", 0, "invalid number: leading zeros are not allowed"),
        ("[-01]", 1, "invalid number: leading zeros are not allowed"),
        ("1.", 0, "invalid number: a digit must follow '.'"),
        ("[2.e5]", 1, "invalid number: a digit must follow '.'"),
        ("-", 0, "invalid number: a digit must follow '-'"),
        ("[-x]", 1, "invalid number: a digit must follow '-'"),
        ("1e", 0, "invalid number: the exponent has no digits"),
        ("1e+", 0, "invalid number: the exponent has no digits"),
        ("+1", 0, "unexpected '+', expected a value"),
        (".5", 0, "unexpected '.', expected a value"),
        (#"["ab\q"]"#, 4, #"invalid escape \q in a string"#),
        (#""\x41""#, 1, #"invalid escape \x in a string"#),
        (#""\'""#, 1, #"invalid escape \' in a string"#),
        (#""\u12G4""#, 1, #"\u needs four hex digits"#),
        (#""\u12"#, 1, #"\u needs four hex digits"#),
        (#""\uD83D""#, 1, #"a high surrogate \uD83D must be followed by a low surrogate"#),
        (#"[ "x\uD83Dy" ]"#, 4, #"a high surrogate \uD83D must be followed by a low surrogate"#),
        (#""\uD83D\u0041""#, 1, #"a high surrogate \uD83D must be followed by a low surrogate"#),
        (#""\uD83D\uD83D""#, 1, #"a high surrogate \uD83D must be followed by a low surrogate"#),
        (#""\uDE00""#, 1, #"a lone low surrogate \uDE00"#),
        (#""ok\uDC00""#, 3, #"a lone low surrogate \uDC00"#),
        ("\"a\u{1}b\"", 2, #"unescaped control character U+0001 in a string (write it as \u0001)"#),
        ("\"tab\there\"", 4, #"unescaped control character U+0009 in a string (write it as \u0009)"#),
        ("[\"line\nbreak\"]", 6, #"unescaped control character U+000A in a string (write it as \u000A)"#),
        ("\"esc\u{1B}\"", 4, #"unescaped control character U+001B in a string (write it as \u001B)"#),
        ("", 0, "the file is empty"),
        ("   \n\t\r\n", 7, "no JSON value in the file"),
        ("{} x", 3, "unexpected 'x' after the end of the JSON value"),
        ("1 2", 2, "unexpected '2' after the end of the JSON value"),
        ("[1]]", 3, "unexpected ']' after the end of the JSON value"),
        (#"["abc"#, 1, "unterminated string"),
        (#"{"key": "value}"#, 8, "unterminated string"),
        ("[1 2]", 3, "expected ',' or ']' in an array, found '2'"),
        (#"{"a" 1}"#, 5, #"expected ':' after the key "a""#),
        (#"{"a": 1 "b": 2}"#, 8, "expected ',' or '}' in an object, found '\"'"),
        ("{a: 1}", 1, "expected a string key, found 'a'"),
        ("[1,", 3, "unexpected end of file, expected a value"),
        ("[1", 2, "unexpected end of file inside an array"),
        (#"{"a": 1"#, 7, "unexpected end of file inside an object"),
        ("[tru]", 1, "unexpected 't', expected a value"),
        ("nul", 0, "unexpected 'n', expected a value"),
        ("NaN", 0, "unexpected 'N', expected a value"),
        ("// note\n{}", 0, "unexpected '/', expected a value"),
        ("'single'", 0, "unexpected ''', expected a value"),
    ])
    func rejectsWithOffsetAndMessage(text: String, offset: Int, message: String) throws {
        let error = try #require(syntaxError(text), "accepted \(text.debugDescription)")
        #expect(error.message == message)
        #expect(error.offset == offset)
    }

    @Test(arguments: [
        ("a lone continuation byte", [0x5B, 0x22, 0x80, 0x22, 0x5D], 1),
        ("an invalid byte", [0x22, 0x61, 0xFF, 0x22], 0),
        ("an overlong slash", [0x22, 0xC0, 0xAF, 0x22], 0),
        ("a truncated euro sign", [0x5B, 0x20, 0x22, 0xE2, 0x82, 0x22, 0x5D], 2),
        ("an encoded surrogate", [0x22, 0xED, 0xA0, 0x80, 0x22], 0),
        ("invalid bytes after an escape", [0x22, 0x5C, 0x6E, 0xFE, 0x22], 0),
    ] as [(String, [UInt8], Int)])
    func rejectsInvalidUTF8InsideAString(what: String, bytes: [UInt8], offset: Int) throws {
        let error = try #require(syntaxError(bytes), "accepted \(what)")
        #expect(error.message == "the string is not valid UTF-8")
        #expect(error.offset == offset)
    }

    @Test func rejectsADuplicateKeyNamingItAndTheFirstLine() throws {
        let text = "{\n  \"id\": 1,\n  \"name\": 2,\n  \"id\": 3\n}"
        let error = try #require(syntaxError(text))
        #expect(error.message == #"duplicate key "id" (first at line 2)"#)
        #expect(error.offset == byteOffset(of: "\"id\"", in: text, occurrence: 2))
    }

    @Test func comparesKeysAfterUnescapingThem() throws {
        let error = try #require(syntaxError(#"{"a": 1, "\u0061": 2}"#))
        #expect(error.message == #"duplicate key "a" (first at line 1)"#)
        #expect(error.offset == 9)
    }

    @Test func allowsTheSameKeyInDifferentObjects() throws {
        _ = try StrictJSONParser.parse(Array(#"[{"id": 1}, {"id": 2, "x": {"id": 3}}]"#.utf8))
    }

    @Test func namesAControlCharacterInADuplicateKeyVisibly() throws {
        let error = try #require(syntaxError(#"{"a\u001B": 1, "a\u001B": 2}"#))
        #expect(error.message == #"duplicate key "a^[" (first at line 1)"#)
    }

    @Test func rejectsOneLevelMoreThanTheLimit() throws {
        let depth = StrictJSONParser.maximumDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let error = try #require(syntaxError(text))
        #expect(error.message == "nesting deeper than 512 levels")
        #expect(error.offset == StrictJSONParser.maximumDepth)
    }

    @Test func rejectsVeryDeepNestingWithoutExhaustingTheStack() throws {
        let text = String(repeating: #"{"a":["#, count: 100_000)
        let error = try #require(syntaxError(text))
        #expect(error.message == "nesting deeper than 512 levels")
        #expect(error.offset == (StrictJSONParser.maximumDepth / 2) * 6)
    }

    @Test func rejectsAFileThatHoldsOnlyAByteOrderMark() throws {
        let error = try #require(syntaxError([0xEF, 0xBB, 0xBF]))
        #expect(error.message == "no JSON value in the file")
    }
}
