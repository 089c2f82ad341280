/// What makes a search or a region filter fast at a hundred thousand records: a search index and
/// the region bit sets of every list. Building them takes a second or more at that size, so the
/// dashboard builds them off the main thread after the first frame (`BackgroundIndexes`) and
/// answers from `RecordScan` until they are ready; both give the same records.
public struct RecordIndexes: Sendable {
    private let search: [TextSearchIndex]
    private let regions: RegionBitSets

    public init(dataset: Dataset) {
        search = RecordKind.allCases.map { kind in
            TextSearchIndex(texts: (0..<dataset.count(of: kind)).map { dataset.searchText(of: kind, at: $0) })
        }
        regions = RegionBitSets(dataset: dataset)
    }

    /// For each record of the list, whether it contains the query (any case); an empty query
    /// matches nothing.
    public func matches(_ kind: RecordKind, query: String) -> [Bool] {
        search[kind.rawValue].matches(query)
    }

    /// The positions of the list's records that lie in the region, in dataset order.
    public func records(_ kind: RecordKind, inRegion region: String) -> [Int] {
        regions.records(kind, inRegion: region)
    }
}

/// The same answers as `RecordIndexes`, from the records themselves: no set-up, slower per query.
public enum RecordScan {
    public static func matches(_ kind: RecordKind, query: String, in dataset: Dataset) -> [Bool] {
        (0..<dataset.count(of: kind)).map { Dataset.searchText(dataset.searchText(of: kind, at: $0), contains: query) }
    }

    public static func records(_ kind: RecordKind, inRegion region: String, in dataset: Dataset) -> [Int] {
        (0..<dataset.count(of: kind)).filter { dataset.regions.match(dataset.places(of: kind, at: $0), region: region) != nil }
    }
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
