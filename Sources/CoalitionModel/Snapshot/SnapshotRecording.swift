#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The snapshot's form of records: each value a record's `init(reader:)` reads, written as it is
/// read and in that order (`SnapshotRecorder`, fed by `ReadContext`), and read back by the same
/// initializer in the same order (`SnapshotCursor`, through `ObjectReader`). So the snapshot has
/// no list of fields of its own: the initializers are the one definition of the format.
///
/// A field is a presence byte (0 or 1) and, when present, its value: text as a length and UTF-8
/// bytes, a whole number as a zig-zag varint, a flag as a byte, a word of a closed vocabulary as
/// its place among the words, a date as year, month and day (0 for none), a list as a count and
/// its elements, a record as its fields.
///
/// Text longer than a string holds inline (`SnapshotRecorder.sharedLength`) that repeats text met
/// earlier in the same section (a meeting's id in each of its statements, a publisher's name) is
/// written as a negative length naming the earlier one, so replaying it shares that string's
/// storage instead of allocating a copy: fewer and smaller allocations make the warm start faster.
final class SnapshotRecorder {
    /// Only ever touched by the one thread that reads with this recorder: the run-time check of
    /// exclusive access on every append was a measurable part of a cold load.
    @exclusivity(unchecked) private(set) var bytes: [UInt8] = []
    /// Long texts written lately, by a cheap hash of their bytes: where their bytes lie in
    /// `bytes` and their turn among the long texts of the section. A miss only costs the sharing,
    /// never correctness; holding places rather than strings costs no reference counting.
    @exclusivity(unchecked) private var recent: [(offset: Int, length: Int, turn: Int)] = []
    @exclusivity(unchecked) private var longTexts = 0

    /// Texts up to this many UTF-8 bytes are stored inside the string itself: nothing to share.
    static let sharedLength = 16
    private static let recentSlots = 4096

    func writePresence(_ present: Bool) { bytes.append(present ? 1 : 0) }

    func write(_ number: Int) {
        var rest = UInt(bitPattern: (number << 1) ^ (number >> (Int.bitWidth - 1)))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    func write(_ text: String) {
        var contiguous = text
        contiguous.withUTF8 { utf8 in
            guard utf8.count >= SnapshotRecorder.sharedLength else {
                write(utf8.count)
                bytes.append(contentsOf: utf8)
                return
            }
            if recent.isEmpty { recent = Array(repeating: (0, 0, 0), count: SnapshotRecorder.recentSlots) }
            let slot = SnapshotRecorder.slot(of: UnsafeRawBufferPointer(utf8))
            let earlier = recent[slot]
            // Byte for byte, not `==`: texts that are canonically equivalent but spelt
            // differently must each keep their own bytes.
            if earlier.length == utf8.count, bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + earlier.offset, utf8.baseAddress!, utf8.count) == 0 }) {
                write(-1 - earlier.turn)
                return
            }
            write(utf8.count)
            recent[slot] = (bytes.count, utf8.count, longTexts)
            longTexts += 1
            bytes.append(contentsOf: utf8)
        }
    }

    /// Where a text of at least eight bytes goes in `recent`: its length and three words of it.
    private static func slot(of utf8: UnsafeRawBufferPointer) -> Int {
        let count = utf8.count
        func mixed(_ hash: UInt64, at offset: Int) -> UInt64 {
            (hash ^ utf8.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
        }
        let hash = mixed(mixed(mixed(UInt64(count) &* 0x9E37_79B9_7F4A_7C15, at: 0), at: (count - 8) / 2), at: count - 8)
        return Int(truncatingIfNeeded: hash >> 40) & (recentSlots - 1)
    }

    /// Hands the bytes over and starts empty: a section refers to no text of another.
    func take() -> [UInt8] {
        defer {
            bytes = []
            recent = []
            longTexts = 0
        }
        return bytes
    }
}

/// Reads what a `SnapshotRecorder` wrote. Bytes that end early or hold an impossible value mark
/// the cursor damaged, and every read after that gives nothing: the cache then loads the JSON.
public final class SnapshotCursor {
    private let start: UnsafePointer<UInt8>?
    /// Where reading stops: the end of the bytes, or 0 once they are found damaged, so that each
    /// read needs one bounds check and no other.
    private var end: Int
    private(set) var offset = 0
    private(set) var isDamaged = false
    /// The long texts read so far in this section, in order: later ones may name them. Only the
    /// one thread replaying the section touches a cursor, and no read overlaps another, so the
    /// run-time exclusivity check every access to a class's array pays (a twentieth of a warm
    /// start's instructions) is left out.
    @exclusivity(unchecked) private var longTexts: [String] = []

    init(_ bytes: UnsafeRawBufferPointer) {
        start = bytes.baseAddress.map { $0.assumingMemoryBound(to: UInt8.self) }
        end = bytes.count
    }

    var isAtEnd: Bool { offset == end && !isDamaged }

    /// Marks the bytes damaged and passes `value` on, for a read that must return something.
    func damaged<Value>(_ value: Value) -> Value {
        isDamaged = true
        end = 0
        return value
    }

    func readPresence() -> Bool {
        guard offset < end, let start else { return damaged(false) }
        let byte = start[offset]
        offset += 1
        guard byte <= 1 else { return damaged(false) }
        return byte == 1
    }

    func readInt() -> Int? {
        guard let start else { return damaged(nil) }
        var value: UInt = 0
        var shift: UInt = 0
        while offset < end, shift < UInt(UInt.bitWidth) {
            let byte = start[offset]
            offset += 1
            value |= UInt(byte & 0x7F) << shift
            if byte < 0x80 { return Int(bitPattern: value >> 1) ^ -Int(bitPattern: value & 1) }
            shift += 7
        }
        return damaged(nil)
    }

    /// A length or a count: never more than the bytes left, since each element takes one at least.
    func readCount() -> Int? {
        guard let count = readInt(), count >= 0, count <= end - offset else { return damaged(nil) }
        return count
    }

    func readString() -> String? {
        guard let length = readInt(), let start else { return damaged(nil) }
        if length < 0 {
            let turn = -1 - length
            guard turn < longTexts.count else { return damaged(nil) }
            return longTexts[turn]
        }
        guard length <= end - offset else { return damaged(nil) }
        let text = String(decoding: UnsafeBufferPointer(start: start + offset, count: length), as: UTF8.self)
        offset += length
        if length >= SnapshotRecorder.sharedLength { longTexts.append(text) }
        return text
    }
}
