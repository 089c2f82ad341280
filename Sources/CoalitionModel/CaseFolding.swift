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
        let twoByteMappings = FoldingTables.twoByteTable
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
                var packed = twoByteMappings[Int(value) - 0x80]
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

    private mutating func mapping(of value: UInt32) -> [UInt8] {
        if let known = mappings[value] { return known }
        let mapped = Unicode.Scalar(value).map { Array($0.properties.lowercaseMapping.utf8) } ?? []
        mappings[value] = mapped
        return mapped
    }
}

extension CaseFolder {
    /// Folds `utf8` into `out` as `append` does, for the text nearly every record holds: ASCII,
    /// two-byte scalars, and three-byte scalars that lowercasing leaves as they are (CJK,
    /// Devanagari, punctuation…). Returns the number of bytes written, or nil at the first
    /// scalar it leaves to `append`: a three-byte one that lowercasing changes, or a four-byte
    /// one. `out` has room for `utf8.count * 3 / 2` bytes (a two-byte scalar folds to at most three).
    ///
    /// It calls nothing, not even to reach a global: so the compiler reads a string it is given
    /// in place without retaining it (`SearchTextWriter`), which cost as much as the folding.
    @inline(__always)
    static func foldCommon(_ utf8: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>, _ tables: FoldingTables) -> Int? {
        guard let input = utf8.baseAddress else { return 0 }
        let count = utf8.count
        // Most texts are ASCII throughout: copied and lowered in one pass with no branch per
        // byte, which the compiler vectorises, noting on the way whether any byte is not ASCII.
        var seen: UInt8 = 0
        for offset in 0..<count {
            let byte = input[offset]
            seen |= byte
            out[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
        }
        if seen < 0x80 { return count }
        // The ASCII before the first other byte (there is one: `seen` has its high bit) is
        // folded already.
        var read = 0
        while input[read] < 0x80 { read += 1 }
        var written = read
        while read < count {
            let byte = input[read]
            if byte < 0x80 {
                out[written] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                read += 1
                written += 1
            } else if byte < 0xE0 {
                // A String's UTF-8 is valid: a lead byte below 0xE0 starts a two-byte scalar.
                var packed = tables.twoByte[(Int(byte & 0x1F) << 6 | Int(input[read + 1] & 0x3F)) - 0x80]
                for _ in 0..<Int(packed & 0xFF) {
                    packed >>= 8
                    out[written] = UInt8(truncatingIfNeeded: packed)
                    written += 1
                }
                read += 2
            } else if byte < 0xF0 {
                let value = Int(byte & 0x0F) << 12 | Int(input[read + 1] & 0x3F) << 6 | Int(input[read + 2] & 0x3F)
                guard tables.unchangedThreeByte[value >> 6] >> UInt64(value & 63) & 1 == 1 else { return nil }
                out[written] = byte
                out[written + 1] = input[read + 1]
                out[written + 2] = input[read + 2]
                read += 3
                written += 3
            } else {
                return nil
            }
        }
        return written
    }
}

/// What `CaseFolder` looks scalars up in, computed once from Unicode's properties. In memory of
/// their own that is never freed, so that a fold reaches them through a pointer it holds, with
/// no call to reach a global (see `CaseFolder.foldCommon`).
struct FoldingTables: @unchecked Sendable {
    // Unchecked: the tables are written once, before any reader can see them, and never again.
    /// The folded UTF-8 of each two-byte scalar, U+0080 to U+07FF (the accented Latin, Greek,
    /// Cyrillic… letters most non-ASCII names hold), packed into a word: the byte count in the
    /// lowest byte, the bytes above it. Each mapping is at most three bytes ("İ" gives "i̇").
    let twoByte: UnsafePointer<UInt64>
    /// One bit per scalar below U+10000, set when lowercasing leaves it as it is; read for the
    /// three-byte scalars, U+0800 and up (surrogates, which no String holds, are left clear).
    let unchangedThreeByte: UnsafePointer<UInt64>

    /// Both tables, for the search index's fold.
    static let shared = FoldingTables(twoByte: twoByteTable, unchangedThreeByte: unchangedThreeByteTable)

    /// Made on first use apart from the other table: sorting names on the first frame folds
    /// two-byte letters and needs only this one, and the other costs a few milliseconds.
    /// Unsafe only in name: a global's initializer runs once, before any reader sees the
    /// table, and nothing writes it after.
    nonisolated(unsafe) static let twoByteTable: UnsafePointer<UInt64> = {
        let table = UnsafeMutablePointer<UInt64>.allocate(capacity: 0x800 - 0x80)
        for value in 0x80..<0x800 {
            let scalar = Unicode.Scalar(UInt32(value))!
            // Most of these are their own lowercase, its two bytes worked out here: only the
            // others build a mapping, which costs far more than the property (the two agree on
            // every scalar: tested).
            guard scalar.properties.changesWhenLowercased else {
                let own = UInt64(0xC0 | value >> 6) | UInt64(0x80 | value & 0x3F) << 8
                table[value - 0x80] = own << 8 | 2
                continue
            }
            let mapped = Array(scalar.properties.lowercaseMapping.utf8)
            precondition(mapped.count < 8, "the lowercase of U+\(String(value, radix: 16)) does not fit a word")
            table[value - 0x80] = mapped.reversed().reduce(0) { $0 << 8 | UInt64($1) } << 8 | UInt64(mapped.count)
        }
        return UnsafePointer(table)
    }()

    /// Written once by its initializer, as the table above.
    nonisolated(unsafe) private static let unchangedThreeByteTable: UnsafePointer<UInt64> = {
        let unchanged = UnsafeMutablePointer<UInt64>.allocate(capacity: 0x10000 / 64)
        unchanged.initialize(repeating: 0, count: 0x10000 / 64)
        for value in 0x800..<0x10000 {
            // Unicode's "changes when lowercased" property, far cheaper than building each
            // mapping; that it agrees with the mapping on every scalar here is tested.
            if let scalar = Unicode.Scalar(UInt32(value)), !scalar.properties.changesWhenLowercased {
                unchanged[value >> 6] |= 1 << UInt64(value & 63)
            }
        }
        return UnsafePointer(unchanged)
    }()
}
