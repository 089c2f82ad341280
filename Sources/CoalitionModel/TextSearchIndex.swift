import Dispatch
import Synchronization

/// Case-insensitive substring search over many records at once, fast enough to run on every
/// keystroke at a hundred thousand records: the folded texts sit in byte buffers, each text
/// followed by a NUL, searched by `ByteSearcher` (memchr on the query's rarest byte, memcmp).
///
/// The texts are cut into segments of consecutive records, each with its own buffer, so that a
/// large index is built on every core at once (the dashboard's first search waits for it).
public struct TextSearchIndex: Sendable {
    private struct Segment: Sendable {
        /// The number of the segment's first text.
        let first: Int
        let bytes: FoldedBytes
        /// Where each of the segment's texts starts in `bytes`; one more entry marks the end.
        let starts: [Int]
        /// How often each byte value occurs at every seventh offset of `bytes`, summed over the
        /// segments into the index's `byteCounts`; counted here, on the segment's own core.
        let sampledByteCounts: [Int]

        var count: Int { starts.count - 1 }
    }

    private let segments: [Segment]
    public let count: Int
    /// How often each byte value occurs in a sample of the texts, to pick the query's rarest byte.
    private let byteCounts: [Int]

    /// At most this many texts per segment: small enough to share the work evenly between cores,
    /// large enough that a segment's overhead does not count.
    static let segmentLimit = 4096

    /// Writes the texts of a range of records, as `init(count:fields:)` reads them: for each
    /// record in order, `beginRecord()` and then its fields.
    public typealias Fields = @Sendable (Range<Int>, inout SearchTextWriter) -> Void

    public init(texts: [String]) {
        self.init(count: texts.count) { records, writer in
            for record in records {
                writer.beginRecord()
                writer.append(texts[record])
            }
        }
    }

    /// An index of `count` texts, the one at `record` made of the fields `fields` writes for it,
    /// joined by `SearchField.separator` (as `Dataset.searchText` joins them). Linear in their
    /// length; segments are built concurrently.
    public init(count: Int, fields: @escaping Fields) {
        self = TextSearchIndex.indexes([(count, fields)])[0]
    }

    private init(count: Int, segments: [Segment]) {
        self.segments = segments
        self.count = count
        var byteCounts = Array(repeating: 0, count: 256)
        for segment in segments {
            for byte in 0..<256 { byteCounts[byte] += segment.sampledByteCounts[byte] }
        }
        self.byteCounts = byteCounts
    }

    /// One index per list, as `init(count:fields:)` builds each, but every list's segments are
    /// built in one concurrent pass: list after list, the small lists' few segments left a core
    /// idle at the end of each.
    public static func indexes(_ lists: [(count: Int, fields: Fields)]) -> [TextSearchIndex] {
        var plan: [(list: Int, records: Range<Int>)] = []
        for (list, entry) in lists.enumerated() {
            let segmentCount = (entry.count + segmentLimit - 1) / segmentLimit
            // Equal shares, so that the last segment is not a small remainder.
            for number in 0..<segmentCount {
                plan.append((list, (entry.count * number / segmentCount)..<(entry.count * (number + 1) / segmentCount)))
            }
        }
        let built = Mutex<[Segment?]>(Array(repeating: nil, count: plan.count))
        let build: @Sendable (Int) -> Void = { [plan] number in
            let segment = TextSearchIndex.segment(plan[number].records, lists[plan[number].list].fields)
            built.withLock { $0[number] = segment }
        }
        if plan.count > 1 {
            DispatchQueue.concurrentPerform(iterations: plan.count, execute: build)
        } else if plan.count == 1 {
            build(0)
        }
        let segments = built.withLock { $0 }.map { $0! }
        return lists.indices.map { list in
            TextSearchIndex(count: lists[list].count, segments: plan.indices.filter { plan[$0].list == list }.map { segments[$0] })
        }
    }

    private static func segment(_ records: Range<Int>, _ fields: Fields) -> Segment {
        // Room for the first records, at a guess; the rest at the length of those, once, rather
        // than regrowing.
        let firstPart = records.lowerBound..<min(records.upperBound, records.lowerBound + 64)
        var writer = SearchTextWriter(capacity: firstPart.count * 256)
        fields(firstPart, &writer)
        if firstPart.upperBound < records.upperBound {
            writer.reserveForRecords(records.count, after: firstPart.count)
            fields(firstPart.upperBound..<records.upperBound, &writer)
        }
        let (bytes, starts) = writer.finish()
        precondition(starts.count == records.count + 1, "\(starts.count - 1) texts written for \(records.count) records")
        var sampledByteCounts = Array(repeating: 0, count: 256)
        bytes.withUnsafeBytes { bytes in
            for offset in stride(from: 0, to: bytes.count, by: 7) { sampledByteCounts[Int(bytes[offset])] += 1 }
        }
        return Segment(first: records.lowerBound, bytes: bytes, starts: starts, sampledByteCounts: sampledByteCounts)
    }

    /// Which texts contain the query, whatever its case. An empty query matches nothing.
    /// Linear in the texts plus the query, whatever either holds (see `ByteSearcher`). The
    /// segments are searched one after another: on two busy cores, threads for a keystroke's
    /// search cost about what they saved.
    ///
    /// `previous` is an earlier query and its result: when the new query extends it (a letter
    /// typed on), only the texts it matched can match, and only they are searched.
    public func matches(_ query: String, narrowing previous: (query: String, matches: [Bool])? = nil) -> [Bool] {
        let needle = CaseFolder.folded(query)
        guard !needle.isEmpty, count > 0 else { return Array(repeating: false, count: count) }
        let candidates = narrowingCandidates(needle, previous)
        var found: [Bool] = []
        found.reserveCapacity(count)
        for segment in segments {
            let (matches, steps) = matches(needle, in: segment, candidates)
            found += matches
            WorkCounter.add(steps)
        }
        return found
    }

    /// Which of a segment's texts hold the needle, and the work that took.
    private func matches(_ needle: [UInt8], in segment: Segment, _ candidates: [Bool]?) -> (matches: [Bool], steps: Int) {
        var result = Array(repeating: false, count: segment.count)
        var searcher = ByteSearcher(needle: needle, budget: segment.bytes.count) { byteCounts[Int($0)] }
        let starts = segment.starts
        var steps = 0
        segment.bytes.withUnsafeBytes { haystack in
            guard let candidates else {
                steps += TextSearchIndex.markMatches(in: 0..<segment.count, to: haystack.count, starts, &searcher, haystack, &result)
                return
            }
            if needle.contains(0) {
                // Each text on its own, without the NUL after it, so no match spans two texts.
                for record in 0..<segment.count where candidates[segment.first + record] {
                    if searcher.firstMatch(in: haystack, from: starts[record], to: starts[record + 1] - 1) != nil {
                        result[record] = true
                    }
                }
                steps += segment.count
                return
            }
            // Each run of consecutive candidates searched as one stretch of text, as a search
            // of every text is: a letter typed on leaves most texts candidates, and a search per
            // text cost more than the searching.
            var record = 0
            while record < segment.count {
                guard candidates[segment.first + record] else {
                    record += 1
                    continue
                }
                var end = record + 1
                while end < segment.count && candidates[segment.first + end] { end += 1 }
                steps += TextSearchIndex.markMatches(in: record..<end, to: starts[end] - 1, starts, &searcher, haystack, &result)
                record = end
            }
            steps += segment.count
        }
        return (result, searcher.steps + steps)
    }

    /// Marks the texts of `records` that hold a match lying before `end`, and returns how many
    /// texts it walked over.
    private static func markMatches(
        in records: Range<Int>, to end: Int, _ starts: [Int], _ searcher: inout ByteSearcher,
        _ haystack: UnsafeRawBufferPointer, _ result: inout [Bool]
    ) -> Int {
        var record = records.lowerBound
        var position = starts[record]
        while record < records.upperBound, let found = searcher.firstMatch(in: haystack, from: position, to: end) {
            // Matches come in order, so the record holding each is found by walking forward.
            while starts[record + 1] <= found { record += 1 }
            result[record] = true
            record += 1
            position = starts[record]
        }
        return record - records.lowerBound
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
