import CoalitionModel
import CoalitionTestSupport
import Foundation
import Testing

/// Validation work grows in proportion to its input: many areas in one loop, many broken links
/// (each with a "did you mean"), many problems in one file. Each test compares the time of a
/// run with four times the input against the first: linear work gives about 4, quadratic 16.
@Suite(.serialized) struct ValidationScaleTests {
    /// The smallest of three runs, to keep a busy machine's noise out of the ratio.
    private func fastestLoad(_ change: @escaping (inout DataFolderFixture) -> Void) throws -> (Duration, DatasetLoader.Report) {
        var fixture = DataFolderFixture()
        change(&fixture)
        return try withTemporaryFolder { folder in
            try fixture.write(to: folder)
            var best = Duration.seconds(3_600)
            var report: DatasetLoader.Report?
            for _ in 0..<3 {
                let elapsed = ContinuousClock().measure { report = DatasetLoader.load(directory: folder) }
                best = min(best, elapsed)
            }
            return (best, report!)
        }
    }

    private func expectLinear(_ small: Duration, _ large: Duration, _ what: String) {
        let ratio = Double(large.components.attoseconds) / 1e18 + Double(large.components.seconds)
        let base = Double(small.components.attoseconds) / 1e18 + Double(small.components.seconds)
        #expect(ratio / base < 9, "\(what): four times the input took \(ratio / base) times as long")
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
        let (small, smallReport) = try fastestLoad(Self.loopOfAreas(2_000))
        let (large, largeReport) = try fastestLoad(Self.loopOfAreas(8_000))
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
        let (small, smallReport) = try fastestLoad(Self.chainOfAreas(2_000))
        let (large, largeReport) = try fastestLoad(Self.chainOfAreas(8_000))
        #expect(smallReport.problems.map(\.message) == [#""chain-7" lies 9 levels deep; the M49 tree has 4 and the limit is 8"#])
        #expect(largeReport.problems.count == 1)
        expectLinear(small, large, "area chain")
    }

    private static func brokenLinks(_ count: Int) -> (inout DataFolderFixture) -> Void {
        { fixture in
            for index in 0..<count {
                fixture.meetings.append(["id": .string("mtg-2022-05-\(index)-place"), "title": "T", "kind": "ministerial",
                                         "date": "2022", "sources": [DataFolderFixture.source()]])
                fixture.resolutions.append(["id": .string("res-2022-05-\(index)-plac-01"), "meeting": .string("mtg-2022-05-\(index)-plac"),
                                            "document": "D", "order": 1, "summary": "S", "wording": "paraphrase",
                                            "themes": ["africa"], "regions": ["world"], "sources": [DataFolderFixture.source()]])
            }
        }
    }

    @Test func manyBrokenLinksCostLinearTime() throws {
        let (small, smallReport) = try fastestLoad(Self.brokenLinks(1_000))
        let (large, largeReport) = try fastestLoad(Self.brokenLinks(4_000))
        #expect(smallReport.problems.count == 1_000)
        #expect(largeReport.problems.count == 4_000)
        expectLinear(small, large, "broken links with hints")
    }
}
