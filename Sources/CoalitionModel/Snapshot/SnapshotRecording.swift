/// The snapshot's form of records: each value a record's `init(reader:)` reads, written as it is
/// read and in that order (`SnapshotRecorder`, fed by `ReadContext`), and read back by the same
/// initializer in the same order (`SnapshotCursor`, through `ObjectReader`). So the snapshot has
/// no list of fields of its own: the initializers are the one definition of the format.
///
/// A field is a presence byte (0 or 1) and, when present, its value: text as a length and UTF-8
/// bytes, a whole number as a zig-zag varint, a flag as a byte, a date as year, month and day
/// (0 for none), a list as a count and its elements, a record as its fields.
final class SnapshotRecorder {
    /// Only ever touched by the one thread that reads with this recorder: the run-time check of
    /// exclusive access on every append was a measurable part of a cold load.
    @exclusivity(unchecked) private(set) var bytes: [UInt8] = []

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
        let utf8 = text.utf8
        write(utf8.count)
        // Text read from the files is stored contiguously; only a bridged one is copied byte by byte.
        if utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: utf8) }
    }

    /// Hands the bytes over and starts empty.
    func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }
}

/// Reads what a `SnapshotRecorder` wrote. Bytes that end early or hold an impossible value mark
/// the cursor damaged, and every read after that gives nothing: the cache then loads the JSON.
public final class SnapshotCursor {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0
    private(set) var isDamaged = false

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    /// Marks the bytes damaged and passes `value` on, for a read that must return something.
    func damaged<Value>(_ value: Value) -> Value {
        isDamaged = true
        return value
    }

    func readPresence() -> Bool {
        guard !isDamaged, offset < bytes.count else { return damaged(false) }
        let byte = bytes[offset]
        offset += 1
        guard byte <= 1 else { return damaged(false) }
        return byte == 1
    }

    func readInt() -> Int? {
        var value: UInt = 0
        var shift: UInt = 0
        while !isDamaged, offset < bytes.count, shift < UInt(UInt.bitWidth) {
            let byte = bytes[offset]
            offset += 1
            value |= UInt(byte & 0x7F) << shift
            if byte < 0x80 { return Int(bitPattern: value >> 1) ^ -Int(bitPattern: value & 1) }
            shift += 7
        }
        return damaged(nil)
    }

    /// A length or a count: never more than the bytes left, since each element takes one at least.
    func readCount() -> Int? {
        guard let count = readInt(), count >= 0, count <= bytes.count - offset else { return damaged(nil) }
        return count
    }

    func readString() -> String? {
        guard let count = readCount(), let base = bytes.baseAddress else { return damaged(nil) }
        defer { offset += count }
        return String(decoding: UnsafeBufferPointer(start: (base + offset).assumingMemoryBound(to: UInt8.self), count: count), as: UTF8.self)
    }
}
