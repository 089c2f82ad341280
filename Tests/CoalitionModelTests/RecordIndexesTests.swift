@testable import CoalitionModel
import CoalitionTestSupport
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
        let bitSets = RegionBitSets(dataset: dataset)
        var regionMatches = 0
        for kind in RecordKind.allCases {
            let search = TextSearchIndex(searching: kind, in: dataset)
            for query in queries {
                #expect(search.matches(query) == RecordScan.matches(kind, query: query, in: dataset), "\(kind) \(query)")
            }
            for region in regions {
                let indexed = bitSets.records(kind, inRegion: region)
                #expect(indexed == RecordScan.records(kind, inRegion: region, in: dataset), "\(kind) \(region)")
                regionMatches += indexed.count
            }
        }
        // The comparison means something only if records do match.
        #expect(regionMatches > 0)
        #expect(TextSearchIndex(searching: .meetings, in: dataset).matches("marrakesh").contains(true))
    }

    /// Generated text in many scripts and cases, its statements in several segments: for many
    /// queries (ASCII and not, in any case, of several words, pieces of the records' own text),
    /// the index, which folds with its fast fold, finds what the scan finds, which folds each
    /// record's search text the general way.
    @Test func theIndexAndTheScanFindTheSameRecordsInGeneratedText() {
        let generated = GeneratedSearchText.dataset(from: dataset, seed: 11)
        #expect(generated.resolutions.count > TextSearchIndex.segmentLimit)
        var random = SeededGenerator(seed: 12)
        var queries = [
            "a", "é", "É", "E\u{301}", "İ", "i\u{307}", "ı", "ss", "ß", "ẞ", "σ", "Σ", "ς", "東", "ＡＢ", "ａｂ", "🌍", "𐐨", "ⓐ",
            "ǆ", "ⱥ", "ⴀ", "coalition ministers", "MINISTERS, WELCOMED", "Straße ", "zzzz",
        ]
        while queries.count < 60 {
            let kind = random.pick(RecordKind.allCases)
            let text = Array(generated.searchText(of: kind, at: random.int(in: 0...(generated.count(of: kind) - 1))).unicodeScalars)
            guard !text.isEmpty else { continue }
            let start = random.int(in: 0...(text.count - 1))
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: text[start..<min(text.count, start + random.int(in: 1...12))])
            queries.append(random.pick([String(piece), String(piece).uppercased(), String(piece).lowercased()]))
        }
        let indexes = TextSearchIndex.searching(RecordKind.allCases, in: generated)
        var nonASCIIMatches = 0
        for (kind, index) in zip(RecordKind.allCases, indexes) {
            for query in queries {
                let found = index.matches(query)
                #expect(found == RecordScan.matches(kind, query: query, in: generated), "\(kind) \(query)")
                if query.utf8.contains(where: { $0 >= 0x80 }) { nonASCIIMatches += found.count { $0 } }
            }
        }
        // The comparison means something only if non-ASCII queries do match.
        #expect(nonASCIIMatches > 1_000)
    }

    /// The shipped data with its statements repeated `copies` times.
    private func repeated(_ copies: Int) -> Dataset {
        Dataset(meetings: dataset.meetings, resolutions: Array((0..<copies).map { _ in dataset.resolutions }.joined()),
                sessions: dataset.sessions, members: dataset.members, memberCounts: dataset.memberCounts,
                areas: dataset.areas, countries: dataset.countries, regionSources: dataset.regionSources, groupings: dataset.groupings)
    }

    /// A long list is scanned in chunks on several threads: the chunks join in order, each record once.
    @Test func aScanInChunksFindsWhatTheBitSetsFind() {
        let large = repeated(60)
        #expect(large.resolutions.count > 2 * RecordScan.chunkSize)
        let bitSets = RegionBitSets(dataset: large)
        for region in ["africa", "western-africa", "IQ", "europe", "atlantis"] {
            #expect(bitSets.records(.resolutions, inRegion: region) == RecordScan.records(.resolutions, inRegion: region, in: large), "\(region)")
        }
        // Matches come from every chunk, the last included.
        #expect((RecordScan.records(.resolutions, inRegion: "africa", in: large).last ?? 0) >= 2 * RecordScan.chunkSize)
    }

    @Test func aRegionScanIsLinearInTheRecords() {
        let small = repeated(4)
        let large = repeated(8)
        var smallWork = 0
        var largeWork = 0
        for region in ["africa", "western-africa", "IQ"] {
            smallWork += WorkCounter.measure { _ = RecordScan.records(.resolutions, inRegion: region, in: small) }
            largeWork += WorkCounter.measure { _ = RecordScan.records(.resolutions, inRegion: region, in: large) }
        }
        let ratio = Double(largeWork) / Double(smallWork)
        #expect(smallWork >= 4 * dataset.resolutions.count)
        #expect(ratio > 1.8 && ratio < 2.2, "work \(smallWork) -> \(largeWork) for twice the records")
    }
}
