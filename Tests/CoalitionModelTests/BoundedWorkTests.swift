@testable import CoalitionModel
import CoalitionTestSupport
import Testing

/// Issue 11: loading and validating is at most n log n in its input. Each test doubles the input
/// and checks that the counted work (bytes parsed, bytes scanned for lines and columns, keys
/// compared) about doubles too; nothing is timed.
@Suite struct BoundedWorkTests {
    /// The work of loading the fixture after `change`, and the number of problems found.
    private func work(_ change: (inout DataFolderFixture) -> Void, oneLine: Bool = false) throws -> (work: Int, problems: Int) {
        var fixture = DataFolderFixture()
        change(&fixture)
        if oneLine {
            for file in DataFile.allCases where fixture.rawText[file] == nil {
                fixture.rawText[file] = fixture.files[file]!.serialized().split(separator: "\n").map { $0.drop { $0 == " " } }.joined(separator: " ")
            }
        }
        return try withTemporaryFolder { folder in
            try fixture.write(to: folder)
            let meter = WorkMeter()
            let report = DatasetLoader.load(directory: folder, progress: nil, meter: meter)
            return (meter.total, report.problems.count)
        }
    }

    private func expectLinear(_ size: Int, sourceLocation: SourceLocation = #_sourceLocation, _ make: (Int) throws -> (work: Int, problems: Int)) throws {
        let small = try make(size)
        let large = try make(size * 2)
        #expect(small.problems >= size, "the input should yield a problem per item", sourceLocation: sourceLocation)
        #expect(large.problems >= 2 * size, sourceLocation: sourceLocation)
        let ratio = Double(large.work) / Double(small.work)
        #expect(ratio < 2.4, "work grew \(ratio) times for twice the input (\(small.work) -> \(large.work))", sourceLocation: sourceLocation)
    }

    @Test(arguments: [false, true])
    func oneRecordWithThousandsOfValidationProblems(oneLine: Bool) throws {
        // Each unknown region is a finding of validation inside the same record.
        try expectLinear(2000) { count in
            try work({ $0.meetings[0]["regions"] = .array((0..<count).map { .string("zz\($0)") }) }, oneLine: oneLine)
        }
    }

    @Test(arguments: [false, true])
    func oneRecordWithThousandsOfUnknownFields(oneLine: Bool) throws {
        try expectLinear(2000) { count in
            try work({ fixture in
                for index in 0..<count { fixture.meetings[0]["extra\(index)"] = .number(String(index)) }
            }, oneLine: oneLine)
        }
    }

    @Test func manyRecordsEachWithADuplicateKey() throws {
        try expectLinear(2000) { count in
            let record = #"{"id": "mtg-2022", "id": "mtg-2022"}"#
            let result = try work { $0.rawText[.meetings] = #"{"meetings": ["# + Array(repeating: record, count: count).joined(separator: ",\n") + "]}" }
            // One syntax error stops the file; count the records instead of the problems.
            return (result.work, result.problems * count)
        }
    }

    @Test func oneObjectWithManyKeysAndADuplicateAtTheEnd() throws {
        try expectLinear(4000) { count in
            let keys = (0..<count).map { "\"k\($0)\": 1" }.joined(separator: ", ")
            let result = try work { $0.rawText[.meetings] = #"{"meetings": [{"# + keys + #", "k0": 2}]}"# }
            return (result.work, result.problems * count)
        }
    }

    @Test func manyDecodingProblemsAcrossRecords() throws {
        try expectLinear(1000) { count in
            try work({ fixture in
                fixture.meetings = .array((0..<count).map { index in
                    var meeting = DataFolderFixture.marrakeshMeeting
                    meeting["id"] = .string("mtg-2022-\(index)")
                    meeting["title"] = .number("5")
                    return meeting
                })
            }, oneLine: true)
        }
    }

    @Test func linesAndColumnsOfManyOffsetsComeFromOneSweep() {
        let line = Array(repeating: UInt8(ascii: "a"), count: 5000)
        for lines in [1, 3] {
            var bytes: [UInt8] = []
            for _ in 0..<lines { bytes += line + [0x0A] }
            let offsets = stride(from: 0, to: bytes.count, by: 7).reversed().map { $0 }
            var scanned = 0
            let positions = LineStarts(bytes).positions(of: offsets, in: bytes, scanned: &scanned)
            #expect(scanned <= 2 * bytes.count + 2 * offsets.count)
            for (offset, position) in zip(offsets, positions) {
                #expect(position == TextPosition(offset: offset, in: bytes))
            }
        }
    }
}
