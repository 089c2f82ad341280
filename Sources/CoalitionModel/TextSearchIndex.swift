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
    public func matches(_ query: String) -> [Bool] {
        var result = Array(repeating: false, count: count)
        let needle = Array(TextSearchIndex.folded(query).utf8)
        guard !needle.isEmpty, count > 0 else { return result }
        bytes.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { wanted in
                let base = haystack.baseAddress!
                let first = Int32(needle[0])
                var position = 0
                while position + wanted.count <= haystack.count,
                      let found = memchr(base + position, first, haystack.count - position - wanted.count + 1) {
                    let offset = base.distance(to: UnsafeRawPointer(found))
                    guard memcmp(base + offset, wanted.baseAddress!, wanted.count) == 0 else {
                        position = offset + 1
                        continue
                    }
                    let record = recordContaining(offset)
                    result[record] = true
                    position = starts[record + 1]
                }
            }
        }
        return result
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
