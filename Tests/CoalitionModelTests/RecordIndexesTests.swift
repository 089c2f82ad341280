import CoalitionModel
import Foundation
import Testing

private let shippedFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("data").path

/// The indexes built in the background and the scan used until they are ready give the same records.
@Suite struct RecordIndexesTests {
    private let dataset: Dataset

    init() throws {
        dataset = try #require(DatasetLoader.load(directory: shippedFolder).dataset)
    }

    /// Every area and country, and a name that is neither.
    private var regions: [String] { dataset.areas.map(\.id) + dataset.countries.map(\.code) + ["atlantis"] }

    /// Words of the records themselves in several cases, pieces across the field separator, and none.
    private var queries: [String] {
        ["", "a", "MARRAKESH", "Ministerial", "africa focus", "niger", "ministerial\u{1}", "zzzz-no-such-text", "é", "2022-05"]
            + dataset.meetings.prefix(5).map { String($0.title.prefix(7)).uppercased() }
    }

    @Test func theIndexAndTheScanFindTheSameRecords() {
        let indexes = RecordIndexes(dataset: dataset)
        var regionMatches = 0
        for kind in RecordKind.allCases {
            for query in queries {
                #expect(indexes.matches(kind, query: query) == RecordScan.matches(kind, query: query, in: dataset), "\(kind) \(query)")
            }
            for region in regions {
                let indexed = indexes.records(kind, inRegion: region)
                #expect(indexed == RecordScan.records(kind, inRegion: region, in: dataset), "\(kind) \(region)")
                regionMatches += indexed.count
            }
        }
        // The comparison means something only if records do match.
        #expect(regionMatches > 0)
        #expect(indexes.matches(.meetings, query: "marrakesh").contains(true))
    }

    @Test func backgroundIndexesAnswerTheSameBeforeAndAfterTheBuild() {
        let background = BackgroundIndexes(dataset: dataset)
        // Whichever path answers now (the build may or may not have finished), the answer is the scan's.
        let early = RecordKind.allCases.map { background.matches($0, query: "africa") }
        let earlyRegion = RecordKind.allCases.map { background.records($0, inRegion: "western-africa") }
        let indexes = background.waitUntilReady()
        #expect(background.isReady)
        #expect(early == RecordKind.allCases.map { RecordScan.matches($0, query: "africa", in: dataset) })
        #expect(earlyRegion == RecordKind.allCases.map { indexes.records($0, inRegion: "western-africa") })
        #expect(RecordKind.allCases.map { background.matches($0, query: "africa") } == early)
    }

    @Test func whenReadyIsCalledOnceTheIndexesAreBuilt() {
        let called = DispatchSemaphore(value: 0)
        let background = BackgroundIndexes(dataset: dataset) { called.signal() }
        #expect(called.wait(timeout: .now() + 60) == .success)
        #expect(background.isReady)
    }
}
