/// Lowercasing for search, written straight into a byte buffer: ASCII by arithmetic, every other
/// scalar by Unicode's lowercase mapping, which is what `String.lowercased()` does scalar by
/// scalar, but without building a `String` per text (that cost more than a second at 100 000
/// records). Mappings of scalars met before are kept, so each costs one lookup.
struct CaseFolder {
    private var mappings: [UInt32: [UInt8]] = [:]

    /// The folded UTF-8 of `text`.
    static func folded(_ text: String) -> [UInt8] {
        var folder = CaseFolder()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        folder.append(text, to: &bytes)
        return bytes
    }

    /// Appends the folded UTF-8 of `text`; linear in its length.
    mutating func append(_ text: String, to bytes: inout [UInt8]) {
        // A native string's bytes are read in place; only another kind is copied first.
        if text.utf8.withContiguousStorageIfAvailable({ append(utf8: $0, to: &bytes) }) != nil { return }
        var text = text
        text.withUTF8 { append(utf8: $0, to: &bytes) }
    }

    private mutating func append(utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        // Most texts are ASCII throughout: one run, found without a test per byte.
        guard !CaseFolder.isASCII(utf8) else { return CaseFolder.appendASCII(utf8, to: &bytes) }
        var index = 0
        while index < utf8.count {
            var end = index
            while end < utf8.count && utf8[end] < 0x80 { end += 1 }
            if end > index {
                CaseFolder.appendASCII(UnsafeBufferPointer(rebasing: utf8[index..<end]), to: &bytes)
                index = end
                if index == utf8.count { break }
            }
            // A String's UTF-8 is always valid, so the lead byte gives the scalar's length.
            let byte = utf8[index]
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (0xFF >> (length + 1))
            for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
            if length == 2 {
                // Unpacked in place: no lookup, no array per scalar.
                var packed = CaseFolder.twoByteMappings[Int(value) - 0x80]
                for _ in 0..<Int(packed & 0xFF) {
                    packed >>= 8
                    bytes.append(UInt8(truncatingIfNeeded: packed))
                }
            } else {
                bytes.append(contentsOf: mapping(of: value))
            }
            index += length
        }
    }

    /// A run of ASCII, copied at once, then lowercased in place with no branch per byte.
    private static func appendASCII(_ run: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        let start = bytes.count
        bytes.append(contentsOf: run)
        bytes.withUnsafeMutableBufferPointer { folded in
            for offset in start..<folded.count {
                let byte = folded[offset]
                folded[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
        }
    }

    /// One pass with no branch per byte, which the compiler vectorises.
    private static func isASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var seen: UInt8 = 0
        for byte in utf8 { seen |= byte }
        return seen < 0x80
    }

    /// The folded UTF-8 of each two-byte scalar, U+0080 to U+07FF (the accented Latin, Greek,
    /// Cyrillic… letters most non-ASCII names hold), packed into a word: the byte count in the
    /// lowest byte, the bytes above it. Each mapping is at most three bytes ("İ" gives "i̇").
    private static let twoByteMappings: [UInt64] = (0x80..<0x800).map { value in
        let mapped = Array(Unicode.Scalar(UInt32(value))!.properties.lowercaseMapping.utf8)
        precondition(mapped.count < 8, "the lowercase of U+\(String(value, radix: 16)) does not fit a word")
        return mapped.reversed().reduce(0) { $0 << 8 | UInt64($1) } << 8 | UInt64(mapped.count)
    }

    private mutating func mapping(of value: UInt32) -> [UInt8] {
        if let known = mappings[value] { return known }
        let mapped = Unicode.Scalar(value).map { Array($0.properties.lowercaseMapping.utf8) } ?? []
        mappings[value] = mapped
        return mapped
    }
}
