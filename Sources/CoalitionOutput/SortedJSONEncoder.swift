import Dispatch
import Synchronization

/// Pretty JSON with sorted keys, written straight to bytes: each string is escaped once as it is
/// written, with no intermediate Foundation objects. Foundation's JSONEncoder took about 1.4 s for
/// 33 MB of records; this is the `--format json` of every command.
///
/// The layout is JSONEncoder's `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, and
/// every control character (C0, DEL and C1) is escaped, so no raw control reaches a terminal.
enum SortedJSONEncoder {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        var output = JSONByteOutput()
        output.write(try encoded(value), depth: 0)
        return output.bytes
    }

    /// A list of records, the same bytes as `encode`.
    static func encode<Element: Encodable & Sendable>(list elements: [Element]) throws -> [UInt8] {
        Array(try pieces(list: elements).joined())
    }

    /// The bytes of `encode(list:)` in pieces to be written one after the other, so a long list
    /// is never copied into one buffer: long lists are written in two halves on two threads, since
    /// each record's text depends on that record alone.
    static func pieces<Element: Encodable & Sendable>(list elements: [Element]) throws -> [[UInt8]] {
        guard elements.count >= 2048 else { return [try encode(elements)] }
        let middle = elements.count / 2
        let halves = [elements[..<middle], elements[middle...]]
        let written = Mutex<[Result<[UInt8], any Error>]>(Array(repeating: .success([]), count: 2))
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            let result = Result { () throws -> [UInt8] in
                var output = JSONByteOutput()
                for (position, element) in halves[half].enumerated() {
                    if position > 0 { output.append(",") }
                    output.append("\n  ")
                    output.write(try encoded(element), depth: 1)
                }
                return output.bytes
            }
            written.withLock { $0[half] = result }
        }
        let parts = try written.withLock { $0 }.map { try $0.get() }
        return [Array("[".utf8), parts[0], Array(",".utf8), parts[1], Array("\n]".utf8)]
    }

    private static func encoded(_ value: some Encodable) throws -> EncodedValue {
        let encoder = TreeEncoder(codingPath: [])
        try value.encode(to: encoder)
        return encoder.value ?? .object(EncodedObject())
    }
}

/// A value as Encodable describes it, before its keys are sorted and its bytes written.
enum EncodedValue {
    case null
    case bool(Bool)
    case integer(Int64)
    case unsigned(UInt64)
    case double(Double)
    case string(String)
    case array(EncodedArray)
    case object(EncodedObject)
}

/// Containers are classes: Encodable fills a nested container after handing it out.
final class EncodedArray {
    var items: [EncodedValue] = []
}

final class EncodedObject {
    var entries: [(key: String, value: EncodedValue)] = []
}

private final class TreeEncoder: Encoder {
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var value: EncodedValue?

    init(codingPath: [CodingKey]) {
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let object)? = value { return KeyedEncodingContainer(KeyedContainer(object: object, codingPath: codingPath)) }
        let object = EncodedObject()
        value = .object(object)
        return KeyedEncodingContainer(KeyedContainer(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if case .array(let array)? = value { return UnkeyedContainer(array: array, codingPath: codingPath) }
        let array = EncodedArray()
        value = .array(array)
        return UnkeyedContainer(array: array, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleContainer(encoder: self)
    }

    /// Plain values skip the detour through a nested encoder. Coding paths serve only error
    /// messages, which this encoder never throws, so nested encoders are not given one.
    static func encoded(_ value: some Encodable) throws -> EncodedValue {
        switch value {
        case let text as String: return .string(text)
        case let number as Int: return .integer(Int64(number))
        case let flag as Bool: return .bool(flag)
        default:
            let nested = TreeEncoder(codingPath: [])
            try value.encode(to: nested)
            return nested.value ?? .object(EncodedObject())
        }
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: EncodedObject
    let codingPath: [CodingKey]

    private func add(_ value: EncodedValue, _ key: Key) { object.entries.append((key.stringValue, value)) }

    mutating func encodeNil(forKey key: Key) throws { add(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { add(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { add(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { add(.double(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { add(.double(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { add(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { add(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { add(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { add(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { add(.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { add(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { add(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { add(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { add(.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { add(.unsigned(value), key) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        add(try TreeEncoder.encoded(value), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = EncodedObject()
        add(.object(nested), key)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let nested = EncodedArray()
        add(.array(nested), key)
        return UnkeyedContainer(array: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> Encoder { SlotEncoder(object: object, key: "super", codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> Encoder { SlotEncoder(object: object, key: key.stringValue, codingPath: codingPath + [key]) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let array: EncodedArray
    let codingPath: [CodingKey]
    var count: Int { array.items.count }

    private func add(_ value: EncodedValue) { array.items.append(value) }

    mutating func encodeNil() throws { add(.null) }
    mutating func encode(_ value: Bool) throws { add(.bool(value)) }
    mutating func encode(_ value: String) throws { add(.string(value)) }
    mutating func encode(_ value: Double) throws { add(.double(value)) }
    mutating func encode(_ value: Float) throws { add(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { add(.integer(Int64(value))) }
    mutating func encode(_ value: Int8) throws { add(.integer(Int64(value))) }
    mutating func encode(_ value: Int16) throws { add(.integer(Int64(value))) }
    mutating func encode(_ value: Int32) throws { add(.integer(Int64(value))) }
    mutating func encode(_ value: Int64) throws { add(.integer(value)) }
    mutating func encode(_ value: UInt) throws { add(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { add(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { add(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { add(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { add(.unsigned(value)) }
    mutating func encode(_ value: some Encodable) throws {
        add(try TreeEncoder.encoded(value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = EncodedObject()
        let path = codingPath + [IndexKey(intValue: count)]
        add(.object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let nested = EncodedArray()
        let path = codingPath + [IndexKey(intValue: count)]
        add(.array(nested))
        return UnkeyedContainer(array: nested, codingPath: path)
    }

    mutating func superEncoder() -> Encoder {
        let slot = TreeEncoder(codingPath: codingPath + [IndexKey(intValue: count)])
        let nested = EncodedArray()
        add(.array(nested))
        slot.value = .array(nested)
        return slot
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [CodingKey] { encoder.codingPath }

    private func set(_ value: EncodedValue) { encoder.value = value }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(.double(value)) }
    mutating func encode(_ value: Float) throws { set(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { set(.integer(Int64(value))) }
    mutating func encode(_ value: Int8) throws { set(.integer(Int64(value))) }
    mutating func encode(_ value: Int16) throws { set(.integer(Int64(value))) }
    mutating func encode(_ value: Int32) throws { set(.integer(Int64(value))) }
    mutating func encode(_ value: Int64) throws { set(.integer(value)) }
    mutating func encode(_ value: UInt) throws { set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { set(.unsigned(value)) }
    mutating func encode(_ value: some Encodable) throws { set(try TreeEncoder.encoded(value)) }
}

/// The encoder a `superEncoder(forKey:)` hands out: what it is given lands under that key.
private final class SlotEncoder: Encoder {
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private let inner: TreeEncoder

    init(object: EncodedObject, key: String, codingPath: [CodingKey]) {
        self.codingPath = codingPath
        inner = TreeEncoder(codingPath: codingPath)
        let slot = EncodedObject()
        inner.value = .object(slot)
        object.entries.append((key, .object(slot)))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> { inner.container(keyedBy: type) }
    func unkeyedContainer() -> UnkeyedEncodingContainer { inner.unkeyedContainer() }
    func singleValueContainer() -> SingleValueEncodingContainer { inner.singleValueContainer() }
}

private struct IndexKey: CodingKey {
    var stringValue: String { String(intValue ?? 0) }
    var intValue: Int?
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

/// The bytes of the document, written in one pass.
struct JSONByteOutput {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: EncodedValue, depth: Int) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .integer(let number): append(String(number))
        case .unsigned(let number): append(String(number))
        case .double(let number): append(Self.text(of: number))
        case .string(let text): writeString(text)
        case .array(let array):
            bytes.append(UInt8(ascii: "["))
            guard !array.items.isEmpty else { return closeEmpty("]", depth) }
            for (position, item) in array.items.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                write(item, depth: depth + 1)
            }
            newline(depth)
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            guard !object.entries.isEmpty else { return closeEmpty("}", depth) }
            let sorted = object.entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (position, entry) in sorted.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                writeString(entry.key)
                append(" : ")
                write(entry.value, depth: depth + 1)
            }
            newline(depth)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// JSONEncoder writes an empty container over two lines, a blank one between.
    private mutating func closeEmpty(_ bracket: String, _ depth: Int) {
        bytes.append(UInt8(ascii: "\n"))
        newline(depth)
        append(bracket)
    }

    private mutating func newline(_ depth: Int) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    /// Quotes and backslashes escaped, C0 controls as JSONEncoder writes them, and DEL and the C1
    /// controls (U+0080–U+009F, two bytes in UTF-8: C2 80–C2 9F) as \u escapes too.
    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape: their bytes are copied in one go.
        var text = text
        let plain = text.withUTF8 { buffer in
            guard !buffer.contains(where: Self.mayNeedEscape) else { return false }
            bytes.append(contentsOf: buffer)
            return true
        }
        if plain {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        var utf8 = text.utf8.makeIterator()
        var pending: UInt8?
        while let byte = pending ?? utf8.next() {
            pending = nil
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x00..<0x20, 0x7F: escape(UInt32(byte))
            case 0xC2:
                let next = utf8.next()
                if let next, (0x80...0x9F).contains(next) {
                    escape(UInt32(next))
                } else {
                    bytes.append(byte)
                    pending = next
                }
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Quotes, backslashes, C0 controls, DEL, and 0xC2, the lead byte of every C1 control.
    private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F || byte == 0xC2
    }

    /// Hex digits in JSONEncoder's case for C0 controls, upper case for DEL and C1 as before.
    private mutating func escape(_ scalar: UInt32) {
        let digits = Array((scalar < 0x20 ? "0123456789abcdef" : "0123456789ABCDEF").utf8)
        append("\\u00")
        bytes.append(digits[Int(scalar >> 4)])
        bytes.append(digits[Int(scalar & 0xF)])
    }

    /// Whole numbers without a fraction, as JSONEncoder writes them.
    private static func text(of number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
