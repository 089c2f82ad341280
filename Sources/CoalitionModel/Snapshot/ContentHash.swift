/// A 128-bit fingerprint of bytes, fed in pieces: it names the data a snapshot was made from and
/// checks that a snapshot file reads back as it was written. Not cryptographic: it guards against
/// change and corruption, not against someone forging a cache file in the user's own cache folder.
///
/// Two lanes of 64 bits, each taking eight bytes at a time through a multiply and a rotate, with
/// different constants, so a change in any byte changes both; fast enough to fingerprint a
/// hundred megabytes of JSON in a few tens of milliseconds.
public struct ContentHash: Sendable {
    private var first: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var second: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0
    /// Bytes held back until eight can be taken together.
    private var pending: UInt64 = 0
    private var pendingCount = 0

    public init() {}

    private static let multiplierA: UInt64 = 0x87C3_7B91_1142_53D5
    private static let multiplierB: UInt64 = 0x4CF5_AD43_2745_937F

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        let count = bytes.count
        length &+= UInt64(count)
        while pendingCount != 0 && offset < count {
            take(byte: base.load(fromByteOffset: offset, as: UInt8.self))
            offset += 1
        }
        var a = first, b = second
        while offset + 8 <= count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            a = ((a ^ word) &* ContentHash.multiplierA).rotated(by: 31)
            b = ((b &+ word) &* ContentHash.multiplierB).rotated(by: 29) ^ a
            offset += 8
        }
        first = a
        second = b
        while offset < count {
            take(byte: base.load(fromByteOffset: offset, as: UInt8.self))
            offset += 1
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

    private mutating func take(byte: UInt8) {
        pending |= UInt64(byte) << UInt64(pendingCount * 8)
        pendingCount += 1
        if pendingCount == 8 {
            first = ((first ^ pending) &* ContentHash.multiplierA).rotated(by: 31)
            second = ((second &+ pending) &* ContentHash.multiplierB).rotated(by: 29) ^ first
            pending = 0
            pendingCount = 0
        }
    }

    /// The fingerprint of everything added so far, as 16 bytes.
    public var digest: [UInt8] {
        var a = first ^ pending ^ (UInt64(pendingCount) << 56)
        var b = second ^ length
        for _ in 0..<2 {
            a = ContentHash.mix(a ^ b.rotated(by: 17))
            b = ContentHash.mix(b ^ a.rotated(by: 41))
        }
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
