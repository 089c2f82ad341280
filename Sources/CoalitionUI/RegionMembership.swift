import CoalitionModel

/// Which region filters show each record, as one bit per region, so that a filter change tests a
/// bit per record instead of walking each record's places through the region tree. A record shows
/// under the regions it lies in and, as everywhere, under those below an area it is about as a
/// whole (a record about Africa under Western Africa and the Sahel).
struct RegionMembership: Sendable {
    private let wordsPerRecord: Int
    /// For each pane, the records' bit sets one after another.
    private let bits: [[UInt64]]
    private let numbers: [String: Int]

    init(dataset: Dataset) {
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
        bits = Pane.allCases.map { pane in
            let count = RecordRows.count(pane, in: dataset)
            var flat = [UInt64](repeating: 0, count: count * words)
            for record in 0..<count {
                for place in RecordRows.places(pane, record, in: dataset) {
                    for number in numbersContaining(place) {
                        flat[record * words + number / 64] |= 1 << UInt64(number % 64)
                    }
                }
            }
            return flat
        }
    }

    /// The records of a pane that lie in the region, in dataset order.
    func records(in pane: Pane, region: String) -> [Int] {
        guard let number = numbers[region] else { return [] }
        let flat = bits[pane.rawValue]
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
