/// A 128-bit fingerprint of bytes, fed in pieces: it names the data a snapshot was made from and
/// checks that a snapshot file reads back as it was written. Not cryptographic: it guards against
/// change and corruption, not against someone forging a cache file in the user's own cache folder.
///
/// Four lanes of 64 bits take 32 bytes at a time, each lane eight of them through a multiply and a
/// rotate. The lanes do not wait for one another, so the processor runs them side by side: a
/// hundred megabytes of JSON take about ten milliseconds. Each step is invertible, so a change
/// in one eight-byte word always changes its lane; the digest folds the lanes and the length.
public struct ContentHash: Sendable {
    private var lane0: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var lane1: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var lane2: UInt64 = 0x1656_67B1_9E37_79F9
    private var lane3: UInt64 = 0x85EB_CA77_C2B2_AE63
    private var length: UInt64 = 0
    /// Bytes held back until 32 can be taken together.
    private var pending: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var pendingCount = 0

    public init() {}

    private static let multiplier: UInt64 = 0x87C3_7B91_1142_53D5
    private static let blockSize = 32

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let count = bytes.count
        length &+= UInt64(count)
        var offset = 0
        if pendingCount != 0 {
            let taken = min(ContentHash.blockSize - pendingCount, count)
            let filled = pendingCount
            withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.advanced(by: filled).copyMemory(from: base, byteCount: taken) }
            pendingCount += taken
            offset = taken
            guard pendingCount == ContentHash.blockSize else { return }
            let block = pending
            absorb(block.0, block.1, block.2, block.3)
            pending = (0, 0, 0, 0)
            pendingCount = 0
        }
        var l0 = lane0, l1 = lane1, l2 = lane2, l3 = lane3
        while offset + ContentHash.blockSize <= count {
            l0 = ContentHash.step(l0, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            l1 = ContentHash.step(l1, base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            l2 = ContentHash.step(l2, base.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
            l3 = ContentHash.step(l3, base.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
            offset += ContentHash.blockSize
        }
        lane0 = l0
        lane1 = l1
        lane2 = l2
        lane3 = l3
        if offset < count {
            let rest = count - offset
            withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.copyMemory(from: base + offset, byteCount: rest) }
            pendingCount = rest
        }
    }

    public mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    public mutating func add(_ text: String) {
        add(Array(text.utf8))
        // The length after the text, so that "ab"+"c" and "a"+"bc" differ.
        add(UInt64(text.utf8.count))
    }

    public mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }

    /// One data file in a snapshot's key: its name, its length and its bytes' fingerprint.
    mutating func add(file: DataFile, length: Int, content: ContentHash) {
        add(file.fileName)
        add(UInt64(length))
        add(content.digest)
    }

    private mutating func absorb(_ w0: UInt64, _ w1: UInt64, _ w2: UInt64, _ w3: UInt64) {
        lane0 = ContentHash.step(lane0, w0)
        lane1 = ContentHash.step(lane1, w1)
        lane2 = ContentHash.step(lane2, w2)
        lane3 = ContentHash.step(lane3, w3)
    }

    /// Invertible in `word` for any lane value, so two words that differ leave different lanes.
    @inline(__always)
    private static func step(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        ((lane ^ UInt64(littleEndian: word)) &* multiplier).rotated(by: 31)
    }

    /// The fingerprint of everything added so far, as 16 bytes.
    public var digest: [UInt8] {
        var final = self
        if final.pendingCount != 0 {
            // The held-back bytes, padded with zeros: the length below tells the padding apart.
            let block = final.pending
            final.absorb(block.0, block.1, block.2, block.3)
        }
        var a = ContentHash.mix(final.lane0 ^ final.length)
        a = ContentHash.mix(a ^ final.lane1)
        a = ContentHash.mix(a ^ final.lane2)
        a = ContentHash.mix(a ^ final.lane3)
        var b = ContentHash.mix(final.lane3 ^ final.length.rotated(by: 32))
        b = ContentHash.mix(b ^ final.lane2.rotated(by: 17))
        b = ContentHash.mix(b ^ final.lane1.rotated(by: 41))
        b = ContentHash.mix(b ^ final.lane0.rotated(by: 7) ^ a)
        return withUnsafeBytes(of: (a.littleEndian, b.littleEndian)) { Array($0) }
    }

    /// A finaliser that spreads every input bit over the whole word.
    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}

private extension UInt64 {
    func rotated(by count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
