import Dispatch
import Synchronization

/// What makes a search or a region filter fast at a hundred thousand records: a search index per
/// list and the region bit sets. Building them takes a while at that size, so the dashboard builds
/// them off its input loop after the first frame, and answers a region filter from `RecordScan`
/// until they are ready; both give the same records.
extension TextSearchIndex {
    /// The index of a list's records over their search text (`Dataset.searchText(of:at:)`), written
    /// field by field, with no joined string per record.
    public init(searching kind: RecordKind, in dataset: Dataset) {
        self = TextSearchIndex.searching([kind], in: dataset)[0]
    }

    /// The indexes of several lists, built together (`TextSearchIndex.indexes`).
    public static func searching(_ kinds: [RecordKind], in dataset: Dataset) -> [TextSearchIndex] {
        indexes(kinds.map { kind in
            (dataset.count(of: kind), { records, writer in dataset.forEachSearchField(of: kind, in: records, &writer) })
        })
    }
}

/// The same answers as the indexes, from the records themselves: no set-up, slower per query.
public enum RecordScan {
    public static func matches(_ kind: RecordKind, query: String, in dataset: Dataset) -> [Bool] {
        (0..<dataset.count(of: kind)).map { Dataset.searchText(dataset.searchText(of: kind, at: $0), contains: query) }
    }

    /// Linear in the records' places: whether a place is shown under the region is decided once
    /// per distinct place (a record matches when any of its places does, as `RegionIndex.match`).
    /// A long list is scanned in chunks on every core: a first filter at scale comes while the
    /// background builds run at a lower priority, and takes the cores from them.
    public static func records(_ kind: RecordKind, inRegion region: String, in dataset: Dataset) -> [Int] {
        let count = dataset.count(of: kind)
        let chunkCount = (count + chunkSize - 1) / chunkSize
        let found = Mutex(Array(repeating: (records: [Int](), steps: 0), count: chunkCount))
        let scan: @Sendable (Int) -> Void = { chunk in
            var shown: [String: Bool] = [:]
            var steps = 0
            let records = (chunk * chunkSize..<min(count, (chunk + 1) * chunkSize)).filter { record in
                steps += 1
                return dataset.places(of: kind, at: record).contains { place in
                    steps += 1
                    if let known = shown[place] { return known }
                    let verdict = dataset.regions.match([place], region: region) != nil
                    shown[place] = verdict
                    return verdict
                }
            }
            found.withLock { $0[chunk] = (records, steps) }
        }
        if chunkCount > 1 {
            DispatchQueue.concurrentPerform(iterations: chunkCount, execute: scan)
        } else if chunkCount == 1 {
            scan(0)
        }
        let chunks = found.withLock { $0 }
        WorkCounter.add(chunks.reduce(0) { $0 + $1.steps })
        return chunks.flatMap(\.records)
    }

    /// Records per chunk of a scan: enough that a chunk's own memo of places pays for itself.
    static let chunkSize = 8_192
}

/// Which region filters show each record, as one bit per region, so that a filter change tests a
/// bit per record instead of walking each record's places through the region tree. A record shows
/// under the regions it lies in and, as everywhere, under those below an area it is about as a
/// whole (a record about Africa under Western Africa and the Sahel).
public struct RegionBitSets: Sendable {
    private let wordsPerRecord: Int
    /// For each list, the records' bit sets one after another.
    private let bits: [[UInt64]]
    private let numbers: [String: Int]

    public init(dataset: Dataset) {
        let regions = dataset.regions
        numbers = regions.regionNumbers
        let words = max(1, (numbers.count + 63) / 64)
        wordsPerRecord = words
        var placeBits: [String: [Int]] = [:]
        func numbersContaining(_ place: String) -> [Int] {
            if let known = placeBits[place] { return known }
            let shown = regions.containers(of: place).union(regions.regionsShowing(recordsAbout: place))
            let found = shown.compactMap { regions.regionNumbers[$0] }
            placeBits[place] = found
            return found
        }
        bits = RecordKind.allCases.map { kind in
            let count = dataset.count(of: kind)
            var flat = [UInt64](repeating: 0, count: count * words)
            for record in 0..<count {
                for place in dataset.places(of: kind, at: record) {
                    for number in numbersContaining(place) {
                        flat[record * words + number / 64] |= 1 << UInt64(number % 64)
                    }
                }
            }
            return flat
        }
    }

    /// The records of a list that lie in the region, in dataset order.
    public func records(_ kind: RecordKind, inRegion region: String) -> [Int] {
        guard let number = numbers[region] else { return [] }
        let flat = bits[kind.rawValue]
        let word = number / 64
        let mask: UInt64 = 1 << UInt64(number % 64)
        var result: [Int] = []
        var record = 0
        var offset = word
        while offset < flat.count {
            if flat[offset] & mask != 0 { result.append(record) }
            record += 1
            offset += wordsPerRecord
        }
        return result
    }
}
