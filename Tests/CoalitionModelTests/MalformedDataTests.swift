import CoalitionModel
import CoalitionTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The minimal fixture with `file` replaced: `prepare` gets the file's path and puts whatever it
/// likes there. Returns the problems as printed, with the temporary folder left out, and their kinds.
private func loadWithReplaced(
    _ file: DataFile, _ prepare: (String) throws -> Void
) throws -> (descriptions: [String], kinds: [DataProblem.Kind]) {
    try withTemporaryFolder { folder in
        var fixture = DataFolderFixture()
        fixture.omitted = [file]
        try fixture.write(to: folder)
        try prepare(folder + "/" + file.fileName)
        let report = DatasetLoader.load(directory: folder)
        #expect(report.dataset == nil, "a broken folder must not give a data set")
        return (report.problems.map { $0.description.replacingOccurrences(of: folder + "/", with: "") }, report.problems.map(\.kind))
    }
}

private func loadWithBytes(_ file: DataFile, _ bytes: [UInt8]) throws -> (descriptions: [String], kinds: [DataProblem.Kind]) {
    try loadWithReplaced(file) { path in try Data(bytes).write(to: URL(fileURLWithPath: path)) }
}

/// Hand-edited data broken in ways the parser, decoding and loader suites do not already cover
/// (those cover missing fields, wrong field types, duplicate ids, dangling links, a missing folder,
/// a missing file and a folder where a file should be). Each case gives one problem naming the file
/// and the place; `.syntax` and `.meaning` become exit 65, `.unreadable` exit 66.
@Suite struct MalformedDataTests {
    @Test(arguments: [
        ("empty", "", "meetings.json:1:1: the file is empty"),
        ("truncated inside a string", "{\n  \"meetings\": [\n    {\"id\": \"mtg-2022", "meetings.json:3:12: unterminated string"),
        ("truncated after a record", "{\"meetings\": [{\"id\": \"x\"}", "meetings.json:1:26: unexpected end of file inside an array"),
        ("a duplicate key in a record", "{\"meetings\": [{\"id\": \"a\",\n \"id\": \"b\"}]}", "meetings.json:2:2: duplicate key \"id\" (first at line 1)"),
        ("a raw NUL inside a string", "{\"meetings\": [\"a␀b\"]}", "meetings.json:1:17: unescaped control character U+0000 in a string (write it as \\u0000)"),
        ("a raw NUL after the document", "{\"meetings\": []}␀", "meetings.json:1:17: unexpected '\\x00' after the end of the JSON value"),
        ("a raw NUL between tokens", "{\"meetings\":␀ []}", "meetings.json:1:13: unexpected '\\x00', expected a value"),
    ])
    func brokenSyntaxNamesFileLineAndColumn(what: String, text: String, expected: String) throws {
        // ␀ stands for a raw NUL, so the test's own output shows where it goes.
        let result = try loadWithBytes(.meetings, Array(text.replacingOccurrences(of: "␀", with: "\u{0}").utf8))
        #expect(result.descriptions == [expected], "\(what)")
        #expect(result.kinds == [.syntax])
    }

    @Test func invalidUTF8InsideAStringNamesTheString() throws {
        let bytes = Array("{\"meetings\": [\n  \"Marrakesh ".utf8) + [0xC0, 0xAF] + Array("\"]}".utf8)
        let result = try loadWithBytes(.meetings, bytes)
        #expect(result.descriptions == ["meetings.json:2:3: the string is not valid UTF-8"])
        #expect(result.kinds == [.syntax])
    }

    @Test func invalidUTF8OutsideStringsNamesTheByte() throws {
        let result = try loadWithBytes(.sessions, Array("{\"sessions\": ".utf8) + [0xFF] + Array("[]}".utf8))
        #expect(result.descriptions == ["sessions.json:1:14: unexpected '\\xFF', expected a value"])
        #expect(result.kinds == [.syntax])
    }

    @Test func nestingBeyondTheLimitInsideARecordIsAnErrorNotACrash() throws {
        let deep = "{\"meetings\": [{\"notes\": " + String(repeating: "[", count: 100_000) + "]}"
        let result = try loadWithBytes(.meetings, Array(deep.utf8))
        // The outer object, list and record take three levels, so the 510th bracket is one too many.
        #expect(result.descriptions == ["meetings.json:1:534: nesting deeper than 512 levels"])
        #expect(result.kinds == [.syntax])
    }

    @Test func aRecordThatIsNotAnObjectNamesItsPlace() throws {
        let problems = try problemsInFixture { $0.members = [5, DataFolderFixture.cenSad] }
        #expect(problems == [ReportedProblem(.members, "members[0]", "expected an object, found a number")])
    }

    @Test(arguments: [
        ("-0", "must be a whole number from 1 to 1000000, found 0"),
        ("1e400", "expected a whole number, found 1e400"),
        ("9223372036854775808", "number out of range: 9223372036854775808"),
        ("-9223372036854775809", "number out of range: -9223372036854775809"),
        ("1.0", "expected a whole number, found 1.0"),
    ])
    func aNumberThatIsNoUsableWholeNumberIsReported(number: String, message: String) throws {
        let report = try loadFixture { $0.meetings[0]["memberCount"] = .number(number) }
        #expect(report.problems.map(ReportedProblem.init) == [ReportedProblem(.meetings, "meetings[0].memberCount", message)])
        #expect(report.problems.map(\.kind) == [.meaning])
    }

    @Test func theLargestWholeNumberIsReadAndRejectedAsOutOfBounds() throws {
        let report = try loadFixture { $0.meetings[0]["memberCount"] = .number(String(Int.max)) }
        #expect(report.problems.map(ReportedProblem.init) == [
            ReportedProblem(.meetings, "meetings[0].memberCount", "must be a whole number from 1 to 1000000, found \(Int.max)")
        ])
    }

    @Test func aNULWrittenAsAnEscapeIsShownVisibly() throws {
        let report = try loadFixture { $0.meetings[0]["title"] = "Marrakesh\u{0}ministerial" }
        #expect(report.dataset?.meetings.first?.title == "Marrakesh^@ministerial")
    }

    /// As root, file permissions do not stop reads, so a symbolic link loop stands in for a file
    /// that cannot be opened. (Tests/EndToEnd/faults.sh checks a mode-000 file as `nobody`.)
    @Test func aSymbolicLinkLoopIsUnreadable() throws {
        let result = try loadWithReplaced(.regions) { path in
            #expect(symlink(path, path) == 0)
        }
        #expect(result.descriptions == ["regions.json: cannot be read: it is a symbolic link that loops back on itself"])
        #expect(result.kinds == [.unreadable])
    }

    /// Opening a named pipe used to wait for a writer forever.
    @Test(.timeLimit(.minutes(1)))
    func aNamedPipeIsUnreadableAndDoesNotHang() throws {
        let result = try loadWithReplaced(.sessions) { path in
            #expect(mkfifo(path, 0o644) == 0)
        }
        #expect(result.descriptions == ["sessions.json: is a named pipe (FIFO), not a regular file; point --data at a folder of JSON files"])
        #expect(result.kinds == [.unreadable])
    }

    /// A sparse file: its size is checked before anything is read, so this costs no disk or memory.
    @Test func aFileOverTheSizeLimitIsRefusedUnread() throws {
        let result = try loadWithReplaced(.members) { path in
            let descriptor = open(path, O_WRONLY | O_CREAT, 0o644)
            #expect(descriptor >= 0)
            #expect(ftruncate(descriptor, 2_100 * 1_048_576) == 0)
            close(descriptor)
        }
        #expect(result.descriptions == ["members.json: is too large (2100 MiB; the limit is 2048 MiB)"])
        #expect(result.kinds == [.unreadable])
    }

    /// 100 MB in one string: read, parsed, sanitized and found too long in a few seconds, no hang.
    @Test(.timeLimit(.minutes(2))) func aHundredMegabyteFileIsRejectedWithoutHanging() throws {
        let noteLength = 100_000_000
        try withTemporaryFolder { folder in
            var fixture = DataFolderFixture()
            fixture.meetings[0]["memberCountNote"] = "NOTE"
            try fixture.write(to: folder)
            let path = folder + "/" + DataFile.meetings.fileName
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let parts = text.components(separatedBy: "NOTE")
            var data = Data(parts[0].utf8)
            data.append(Data(repeating: UInt8(ascii: "a"), count: noteLength))
            data.append(Data(parts[1].utf8))
            try data.write(to: URL(fileURLWithPath: path))
            data = Data()

            let report = DatasetLoader.load(directory: folder)
            #expect(report.problems.map(\.message) == ["is \(noteLength) bytes long; the limit here is 5000 characters"])
        }
    }
}
