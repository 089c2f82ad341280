#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search in time linear in the text and the needle. A vectorised scan finds where the
/// needle's anchor pair of bytes occurs (`memchr` its byte, for a needle of one), and the needle
/// is checked around it, while that stays cheap; once comparisons have cost more than the text (a
/// needle like "aaaa…b" in a text of "aaaa…"), it switches to Knuth–Morris–Pratt, which reads
/// each byte a bounded number of times. Naive search is O(text × needle) there. The anchor pair
/// is the needle's rarest when the caller knows how often bytes occur: "marrakesh" is looked for
/// by a pair like its "ke", not by every "m".
struct ByteSearcher {
    let needle: [UInt8]
    /// The offset in the needle of the byte `memchr` looks for.
    private let anchor: Int
    /// KMP's failure function, built on first need.
    private var failure: [Int]?
    /// Bytes `memcmp` may still compare before the switch: about the size of the text searched.
    private var budget: Int
    /// Units of work done, for WorkCounter.
    private(set) var steps = 0

    /// `budget` is the size of all the text this searcher will look through; `frequency` says
    /// how common a byte is in it (any scale; nil: anchor on the first byte).
    init(needle: [UInt8], budget: Int, frequency: ((UInt8) -> Int)? = nil) {
        self.needle = needle
        self.budget = budget + 256
        // A needle of two bytes or more is looked for by a pair of neighbouring bytes at once
        // (`pairStart`): a byte common alone ("m" in most texts) is rarer followed by the next
        // ("ma"). The anchor starts the pair whose bytes are rarest together.
        var anchor = 0
        if let frequency {
            let seen = needle.map { frequency($0) }
            var rarest = Double.infinity
            for offset in 0..<max(1, needle.count - 1) {
                let together = Double(seen[offset]) * (needle.count >= 2 ? Double(seen[offset + 1]) : 1)
                if together < rarest { (rarest, anchor) = (together, offset) }
            }
            steps += needle.count
        }
        self.anchor = anchor
    }

    /// The offset of the first match lying within `from..<to`, or nil.
    mutating func firstMatch(in haystack: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
        let length = needle.count
        guard length > 0, let base = haystack.baseAddress, from >= 0, to <= haystack.count, to - from >= length else { return nil }
        guard failure == nil else { return kmp(haystack, from: from, to: to) }
        var position = from
        let wanted = Int32(needle[anchor])
        while position + length <= to, budget >= 0 {
            let start: Int
            if length >= 2 {
                guard let pair = pairStart(base, from: position + anchor, through: to - length + anchor) else {
                    steps += to - position
                    return nil
                }
                start = pair - anchor
            } else {
                guard let found = memchr(base + position + anchor, wanted, to - length + 1 - position) else {
                    steps += to - position
                    return nil
                }
                start = base.distance(to: UnsafeRawPointer(found)) - anchor
            }
            steps += start - position + length
            budget -= length
            if matches(at: base + start) { return start }
            position = start + 1
        }
        if position + length > to { return nil }
        failure = ByteSearcher.failureFunction(needle)
        steps += length
        return kmp(haystack, from: position, to: to)
    }

    /// The first offset in `from...last` where the anchor byte lies followed by the needle's next
    /// byte, sixteen offsets compared at once; linear in the distance. The caller's `last` leaves
    /// room for the needle, so the byte after the pair is always inside the text.
    private func pairStart(_ base: UnsafeRawPointer, from: Int, through last: Int) -> Int? {
        let (first, second) = (needle[anchor], needle[anchor + 1])
        let (firsts, seconds) = (SIMD16<UInt8>(repeating: first), SIMD16<UInt8>(repeating: second))
        var position = from
        while position + 15 <= last {
            let here = base.loadUnaligned(fromByteOffset: position, as: SIMD16<UInt8>.self)
            let next = base.loadUnaligned(fromByteOffset: position + 1, as: SIMD16<UInt8>.self)
            let found = (here .== firsts) .& (next .== seconds)
            if any(found) {
                for lane in 0..<16 where found[lane] { return position + lane }
            }
            position += 16
        }
        while position <= last {
            if base.load(fromByteOffset: position, as: UInt8.self) == first && base.load(fromByteOffset: position + 1, as: UInt8.self) == second {
                return position
            }
            position += 1
        }
        return nil
    }

    /// Whether the needle lies at `candidate`: short needles (most typed queries) compared in
    /// place, as a `memcmp` call per candidate costs more than the few bytes it compares.
    private func matches(at candidate: UnsafeRawPointer) -> Bool {
        needle.withUnsafeBytes { wanted in
            guard wanted.count <= 16 else { return memcmp(candidate, wanted.baseAddress!, wanted.count) == 0 }
            for offset in 0..<wanted.count where candidate.load(fromByteOffset: offset, as: UInt8.self) != wanted[offset] { return false }
            return true
        }
    }

    private mutating func kmp(_ haystack: UnsafeRawBufferPointer, from: Int, to: Int) -> Int? {
        guard let failure else { return nil }
        let length = needle.count
        var state = 0
        var index = from
        var work = 0
        defer { steps += work }
        return needle.withUnsafeBufferPointer { wanted in
            while index < to {
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
