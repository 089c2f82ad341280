#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Case-insensitive substring search over many records at once, fast enough to run on every
/// keystroke at a hundred thousand records: the lowercased texts sit in one byte buffer, each
/// followed by a NUL, and `memchr` (vectorised in the C library) finds candidates for `memcmp`.
public struct TextSearchIndex: Sendable {
    private let bytes: [UInt8]
    /// Where each text starts in `bytes`; one more entry marks the end.
    private let starts: [Int]

    public init(texts: [String]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count + 1 })
        var starts: [Int] = []
        starts.reserveCapacity(texts.count + 1)
        for text in texts {
            starts.append(bytes.count)
            bytes.append(contentsOf: TextSearchIndex.folded(text).utf8)
            bytes.append(0)
        }
        starts.append(bytes.count)
        self.bytes = bytes
        self.starts = starts
    }

    public var count: Int { starts.count - 1 }

    /// Which texts contain the query, whatever its case. An empty query matches nothing.
    /// Linear in the texts plus the query, whatever either holds (see `ByteSearcher`).
    public func matches(_ query: String) -> [Bool] {
        var result = Array(repeating: false, count: count)
        let needle = Array(TextSearchIndex.folded(query).utf8)
        guard !needle.isEmpty, count > 0 else { return result }
        var searcher = ByteSearcher(needle: needle)
        bytes.withUnsafeBytes { haystack in
            var position = 0
            while let found = searcher.firstMatch(in: haystack, from: position) {
                let record = recordContaining(found)
                result[record] = true
                position = starts[record + 1]
            }
        }
        WorkCounter.add(searcher.steps)
        return result
    }

    /// True when `text` contains `query`, whatever their case, compared byte by byte on the
    /// folded UTF-8 as the index does, so `list --search` and `/` find the same records.
    public static func text(_ text: String, contains query: String) -> Bool {
        let needle = Array(folded(query).utf8)
        guard !needle.isEmpty else { return false }
        var searcher = ByteSearcher(needle: needle)
        let haystack = Array(folded(text).utf8)
        let found = haystack.withUnsafeBytes { searcher.firstMatch(in: $0, from: 0) } != nil
        WorkCounter.add(searcher.steps)
        return found
    }

    private func recordContaining(_ offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low + 1 < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle } else { high = middle }
        }
        return low
    }

    /// Lowercase; plain ASCII takes a byte-wise shortcut, the rest Unicode's full rules.
    static func folded(_ text: String) -> String {
        var copy = text
        let ascii = copy.withUTF8 { $0.allSatisfy { $0 < 0x80 } }
        guard ascii else { return text.lowercased() }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}

/// Substring search in time linear in the text and the needle. `memchr` (vectorised) finds
/// candidates for `memcmp` while that stays cheap; once comparisons have cost more than the
/// text scanned (a needle like "aaaa…b" in a text of "aaaa…"), it switches to Knuth–Morris–Pratt,
/// which reads each byte a bounded number of times. Naive search is O(text × needle) there.
struct ByteSearcher {
    let needle: [UInt8]
    /// KMP's failure function, built on first need.
    private var failure: [Int]?
    /// Bytes memcmp may still compare before the switch.
    private var budget: Int?
    /// Units of work done, for WorkCounter.
    private(set) var steps = 0

    init(needle: [UInt8]) {
        self.needle = needle
    }

    /// The offset of the first match starting at or after `from`, or nil.
    mutating func firstMatch(in haystack: UnsafeRawBufferPointer, from: Int) -> Int? {
        let length = needle.count
        guard length > 0, let base = haystack.baseAddress, from >= 0, from + length <= haystack.count else { return nil }
        if budget == nil { budget = haystack.count + 256 }
        if failure == nil {
            var position = from
            let first = Int32(needle[0])
            while position + length <= haystack.count, (budget ?? 0) >= 0 {
                guard let found = memchr(base + position, first, haystack.count - position - length + 1) else { return nil }
                let offset = base.distance(to: UnsafeRawPointer(found))
                steps += offset - position + length
                budget = (budget ?? 0) - length
                let equal = needle.withUnsafeBytes { memcmp(base + offset, $0.baseAddress!, length) == 0 }
                if equal { return offset }
                position = offset + 1
            }
            if position + length > haystack.count { return nil }
            failure = ByteSearcher.failureFunction(needle)
            steps += length
            return kmp(haystack, from: position)
        }
        return kmp(haystack, from: from)
    }

    private mutating func kmp(_ haystack: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard let failure else { return nil }
        let length = needle.count
        var state = 0
        var index = from
        var work = 0
        defer { steps += work }
        return needle.withUnsafeBufferPointer { wanted in
            while index < haystack.count {
                let byte = haystack[index]
                while state > 0 && wanted[state] != byte {
                    state = failure[state - 1]
                    work += 1
                }
                if wanted[state] == byte { state += 1 }
                work += 1
                if state == length { return index - length + 1 }
                index += 1
            }
            return nil
        }
    }

    /// For each prefix of the needle, the length of its longest proper prefix that is also a suffix.
    static func failureFunction(_ needle: [UInt8]) -> [Int] {
        var failure = Array(repeating: 0, count: needle.count)
        var length = 0
        var index = 1
        while index < needle.count {
            if needle[index] == needle[length] {
                length += 1
                failure[index] = length
                index += 1
            } else if length > 0 {
                length = failure[length - 1]
            } else {
                index += 1
            }
        }
        return failure
    }
}
