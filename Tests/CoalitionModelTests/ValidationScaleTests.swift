@testable import CoalitionModel
import CoalitionTestSupport
import Testing

/// Validation work grows in proportion to its input: many areas in one loop, many broken links
/// (each with a "did you mean"), many problems in one file. Each test counts the work of a load
/// (bytes parsed and scanned, steps of the area walk and of hint lookups: `WorkMeter`) with four
/// times the input against the first: linear work gives about 4, quadratic 16. Nothing is timed.
@Suite struct ValidationScaleTests {
    private func countedLoad(_ change: @escaping (inout DataFolderFixture) -> Void) throws -> (work: Int, report: DatasetLoader.Report) {
        var fixture = DataFolderFixture()
        change(&fixture)
        return try withTemporaryFolder { folder in
            try fixture.write(to: folder)
            let meter = WorkMeter()
            let report = DatasetLoader.load(directory: folder, progress: nil, meter: meter)
            return (meter.total, report)
        }
    }

    private func expectLinear(_ small: Int, _ large: Int, _ what: String) {
        let ratio = Double(large) / Double(small)
        #expect(ratio < 5, "\(what): four times the input took \(ratio) times the work (\(small) -> \(large))")
    }

    private static func loopOfAreas(_ count: Int) -> (inout DataFolderFixture) -> Void {
        { fixture in
            for index in 0..<count {
                let parent = "loop-\((index + 1) % count)"
                fixture.areas.append(["id": .string("loop-\(index)"), "m49": "999", "name": .string("Loop \(index)"),
                                      "parent": .string(parent), "sources": [DataFolderFixture.source()]])
            }
        }
    }

    @Test func oneLoopOfManyAreasIsOneProblemInLinearTime() throws {
        let (small, smallReport) = try countedLoad(Self.loopOfAreas(2_000))
        let (large, largeReport) = try countedLoad(Self.loopOfAreas(8_000))
        #expect(smallReport.problems.count == 1)
        #expect(largeReport.problems.count == 1)
        #expect(largeReport.problems.first?.message.hasPrefix("the parents of 8000 areas form a loop") == true)
        expectLinear(small, large, "area loop")
    }

    private static func chainOfAreas(_ count: Int) -> (inout DataFolderFixture) -> Void {
        { fixture in
            for index in 0..<count {
                let parent = index == 0 ? "world" : "chain-\(index - 1)"
                fixture.areas.append(["id": .string("chain-\(index)"), "m49": "999", "name": .string("Chain \(index)"),
                                      "parent": .string(parent), "sources": [DataFolderFixture.source()]])
            }
        }
    }

    @Test func oneOverlongChainOfAreasIsOneProblemInLinearTime() throws {
        let (small, smallReport) = try countedLoad(Self.chainOfAreas(2_000))
        let (large, largeReport) = try countedLoad(Self.chainOfAreas(8_000))
        #expect(smallReport.problems.map(\.message) == [#""chain-7" lies 9 levels deep; the M49 tree has 4 and the limit is 8"#])
        #expect(largeReport.problems.count == 1)
        expectLinear(small, large, "area chain")
    }

    private static func brokenLinks(_ count: Int) -> (inout DataFolderFixture) -> Void {
        { fixture in
            for index in 0..<count {
                fixture.meetings.append(["id": .string("mtg-2022-05-\(index)-place"), "title": "T", "kind": "ministerial",
                                         "date": "2022", "textStatus": "not-found", "textNote": "Sought on the host's site.", "sources": [DataFolderFixture.source()]])
                fixture.resolutions.append(["id": .string("res-2022-05-\(index)-plac-01"), "meeting": .string("mtg-2022-05-\(index)-plac"),
                                            "document": "D", "order": 1, "summary": "S", "wording": "paraphrase",
                                            "themes": ["africa"], "regions": ["world"], "sources": [DataFolderFixture.source()]])
            }
        }
    }

    @Test func manyBrokenLinksCostLinearTime() throws {
        let (small, smallReport) = try countedLoad(Self.brokenLinks(1_000))
        let (large, largeReport) = try countedLoad(Self.brokenLinks(4_000))
        // Each statement names a meeting one letter short of its own: a broken link, with a hint.
        #expect(smallReport.problems.count == 1_000)
        #expect(largeReport.problems.count == 4_000)
        #expect(smallReport.problems.allSatisfy { $0.message.hasPrefix("no meeting has the id") })
        #expect(smallReport.problems.first?.message.hasSuffix(#"(did you mean "mtg-2022-05-0-place"?)"#) == true)
        expectLinear(small, large, "broken links with hints")
    }
}
