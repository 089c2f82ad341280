/// Case-insensitive substring search over many records at once, fast enough to run on every
/// keystroke at a hundred thousand records: the folded texts sit in one byte buffer, each
/// followed by a NUL, searched by `ByteSearcher` (memchr on the query's rarest byte, memcmp).
public struct TextSearchIndex: Sendable {
    private let bytes: [UInt8]
    /// Where each text starts in `bytes`; one more entry marks the end.
    private let starts: [Int]
    /// How often each byte value occurs in a sample of `bytes`, to pick the query's rarest byte.
    private let byteCounts: [Int]

    public init(texts: [String]) {
        self.init(count: texts.count) { texts[$0] }
    }

    /// An index of `count` texts, the one at `record` given by `text(record)`. Linear in their length.
    public init(count: Int, text: (Int) -> String) {
        var folder = CaseFolder()
        var bytes: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(count + 1)
        for record in 0..<count {
            starts.append(bytes.count)
            folder.append(text(record), to: &bytes)
            bytes.append(0)
        }
        starts.append(bytes.count)
        var byteCounts = Array(repeating: 0, count: 256)
        for offset in stride(from: 0, to: bytes.count, by: 7) { byteCounts[Int(bytes[offset])] += 1 }
        self.bytes = bytes
        self.starts = starts
        self.byteCounts = byteCounts
    }

    public var count: Int { starts.count - 1 }

    /// Which texts contain the query, whatever its case. An empty query matches nothing.
    /// Linear in the texts plus the query, whatever either holds (see `ByteSearcher`).
    ///
    /// `previous` is an earlier query and its result: when the new query extends it (a letter
    /// typed on), only the texts it matched can match, and only they are searched.
    public func matches(_ query: String, narrowing previous: (query: String, matches: [Bool])? = nil) -> [Bool] {
        var result = Array(repeating: false, count: count)
        let needle = CaseFolder.folded(query)
        guard !needle.isEmpty, count > 0 else { return result }
        var searcher = ByteSearcher(needle: needle, budget: bytes.count) { byteCounts[Int($0)] }
        var steps = 0
        bytes.withUnsafeBytes { haystack in
            if let candidates = narrowingCandidates(needle, previous) {
                for record in 0..<count where candidates[record] {
                    // The text, without the NUL after it.
                    if searcher.firstMatch(in: haystack, from: starts[record], to: starts[record + 1] - 1) != nil {
                        result[record] = true
                    }
                }
                steps += count
                return
            }
            var position = 0
            var record = 0
            while let found = searcher.firstMatch(in: haystack, from: position, to: haystack.count) {
                // Matches come in order, so the record holding each is found by walking forward.
                while starts[record + 1] <= found { record += 1 }
                result[record] = true
                record += 1
                position = starts[record]
            }
            steps += record
        }
        WorkCounter.add(searcher.steps + steps)
        return result
    }

    /// The earlier result, if it holds every text the needle can match: its query, folded, is a
    /// non-empty prefix of the needle, and it is a result of this index.
    private func narrowingCandidates(_ needle: [UInt8], _ previous: (query: String, matches: [Bool])?) -> [Bool]? {
        guard let previous, previous.matches.count == count else { return nil }
        let earlier = CaseFolder.folded(previous.query)
        WorkCounter.add(earlier.count)
        return !earlier.isEmpty && needle.starts(with: earlier) ? previous.matches : nil
    }

    /// True when `text` contains `query`, whatever their case, compared byte by byte on the
    /// folded UTF-8 as the index does, so `list --search` and `/` find the same records.
    public static func text(_ text: String, contains query: String) -> Bool {
        let needle = CaseFolder.folded(query)
        guard !needle.isEmpty else { return false }
        let haystack = CaseFolder.folded(text)
        var searcher = ByteSearcher(needle: needle, budget: haystack.count)
        let found = haystack.withUnsafeBytes { searcher.firstMatch(in: $0, from: 0, to: $0.count) } != nil
        WorkCounter.add(searcher.steps)
        return found
    }
}
