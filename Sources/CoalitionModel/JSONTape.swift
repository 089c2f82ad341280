#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What kind of value a JSON value is.
public enum JSONKind: UInt8, Sendable {
    case null, bool, number, string, array, object

    /// "an array", "an object", … for messages about the wrong kind of value.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// One list element parsed strictly and laid out flat: an entry per value in file order, each
/// array followed by its elements and each object by its keys and values. Records are read from
/// these entries and the file's bytes (`JSONItem`), so a cold load builds no tree, no key strings
/// and no array per object; the entries of one element are overwritten by the next.
struct JSONTape {
    /// How much work a string's bytes need to become its text.
    enum TextForm: UInt8 {
        /// Printable ASCII without escapes: the bytes are the text, and it is clean.
        case ascii
        /// Without escapes, and only of characters `TextSanitizer.clean` keeps as they are (ASCII,
        /// Latin letters, kana, CJK ideographs): the bytes are valid UTF-8, and clean.
        case clean
        /// Anything else: decoded by `parseString`, then cleaned.
        case other
    }

    struct Entry {
        var kind: JSONKind
        var form = TextForm.other
        /// An array's elements or an object's members; 1 for `true`; for an ASCII key, a hash of
        /// its bytes, so that most keys that differ are told apart without comparing them.
        var count: Int32 = 0
        /// Byte offset of the value's first character in the file.
        var offset: Int
        /// For a scalar, the offset just past it; for an array or object, the index of the entry
        /// after its last element or member.
        var end: Int
        /// For an object, a bit for each ASCII key's hash (all bits when a key is not ASCII): a
        /// field whose bit is clear is absent, found so without visiting the members.
        var keyBits: UInt64 = 0

        init(kind: JSONKind, offset: Int, end: Int, form: TextForm = .other, count: Int32 = 0) {
            self.kind = kind
            self.offset = offset
            self.end = end
            self.form = form
            self.count = count
        }
    }

    private(set) var entries: [Entry] = []

    /// Parses an element that `outline` delimited; its nesting counts from inside the top-level
    /// object and array, as in a whole-file parse (`StrictJSONParser.parseElement`).
    mutating func parse(element range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, meter: WorkMeter? = nil) throws(StrictJSONParser.SyntaxError) {
        meter?.add(range.count)
        entries.removeAll(keepingCapacity: true)
        var parser = StrictJSONParser(bytes: bytes)
        parser.index = range.lowerBound
        parser.depth = 2
        defer { meter?.add(parser.keyChecks) }
        try parser.parseValue(onto: &entries)
        guard parser.index == range.upperBound else {
            throw StrictJSONParser.SyntaxError(offset: parser.index, message: "unexpected \(parser.describeByte(at: parser.index))")
        }
    }

    /// Hands the parsed element to `body` as an item to read from; the item is valid only there.
    func withRoot<Result>(in bytes: UnsafeBufferPointer<UInt8>, _ body: (JSONItem) -> Result) -> Result {
        entries.withUnsafeBufferPointer { entries in
            body(JSONItem(FlatJSON(entries: entries, bytes: bytes), at: 0))
        }
    }

    /// The index of the entry after the value at `index` and all it holds.
    static func next(after index: Int, on entries: [Entry]) -> Int {
        let entry = entries[index]
        return entry.kind == .array || entry.kind == .object ? entry.end : index + 1
    }

    /// The text of a string entry, its escapes decoded.
    static func text(of entry: Entry, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        if entry.form != .other { return String(decoding: UnsafeBufferPointer(rebasing: bytes[(entry.offset + 1)..<(entry.end - 1)]), as: UTF8.self) }
        var parser = StrictJSONParser(bytes: bytes)
        parser.index = entry.offset
        do {
            return try parser.parseString()
        } catch {
            preconditionFailure("a string on the tape was checked when the tape was made")
        }
    }

    /// Whether two keys are equal as strings are (`==`): ASCII keys by their bytes, others by text.
    static func sameKey(_ a: Entry, _ b: Entry, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.form == .ascii, b.form == .ascii else { return text(of: a, in: bytes) == text(of: b, in: bytes) }
        let length = a.end - a.offset
        guard a.count == b.count, length == b.end - b.offset, let base = bytes.baseAddress else { return false }
        return memcmp(base + a.offset, base + b.offset, length) == 0
    }

    /// The bit of `keyBits` for a key's hash.
    @inline(__always) static func keyBit(_ hash: Int32) -> UInt64 { 1 << UInt64(UInt32(bitPattern: hash) & 63) }

    /// FNV-1a over a key's bytes.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in key { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return Int32(bitPattern: hash)
    }
}

/// A parsed element's entries and the bytes they point into; valid only while both are held.
struct FlatJSON {
    let entries: UnsafeBufferPointer<JSONTape.Entry>
    let bytes: UnsafeBufferPointer<UInt8>

    @inline(__always) func next(after index: Int) -> Int {
        let entry = entries[index]
        return entry.kind == .array || entry.kind == .object ? entry.end : index + 1
    }

    /// Whether the key at `index` equals `name`, an ASCII field name whose bytes hash to `hash`.
    @inline(__always) func key(at index: Int, is name: UnsafeBufferPointer<UInt8>, hash: Int32) -> Bool {
        let entry = entries[index]
        guard entry.form == .ascii else { return JSONTape.text(of: entry, in: bytes) == String(decoding: name, as: UTF8.self) }
        return entry.count == hash && name.count == entry.end - entry.offset - 2
            && (name.isEmpty || memcmp(bytes.baseAddress! + entry.offset + 1, name.baseAddress!, name.count) == 0)
    }
}

/// One value to read a record or a field from: a node of a parsed tree, or an entry of a tape.
public struct JSONItem {
    enum Storage {
        case node(JSONNode)
        case flat(FlatJSON, index: Int)
    }

    let storage: Storage

    init(_ node: JSONNode) { storage = .node(node) }
    init(_ flat: FlatJSON, at index: Int) { storage = .flat(flat, index: index) }

    public var kind: JSONKind {
        switch storage {
        case .node(let node): node.kind
        case .flat(let flat, let index): flat.entries[index].kind
        }
    }

    public var typeName: String { kind.typeName }

    /// Byte offset of the value's first character in the file.
    public var offset: Int {
        switch storage {
        case .node(let node): node.offset
        case .flat(let flat, let index): flat.entries[index].offset
        }
    }

    var isNull: Bool { kind == .null }

    /// A string's text, and whether it is known to be clean already (`TextSanitizer.clean`);
    /// nil for any other kind of value.
    var string: (text: String, isClean: Bool)? {
        switch storage {
        case .node(let node):
            guard case .string(let text) = node.value else { return nil }
            return (text, false)
        case .flat(let flat, let index):
            let entry = flat.entries[index]
            guard entry.kind == .string else { return nil }
            return (JSONTape.text(of: entry, in: flat.bytes), entry.form != .other)
        }
    }

    /// A number's text as written; nil for any other kind of value.
    var numberText: String? {
        switch storage {
        case .node(let node):
            guard case .number(let text) = node.value else { return nil }
            return text
        case .flat(let flat, let index):
            let entry = flat.entries[index]
            guard entry.kind == .number else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: flat.bytes[entry.offset..<entry.end]), as: UTF8.self)
        }
    }

    var bool: Bool? {
        switch storage {
        case .node(let node):
            guard case .bool(let flag) = node.value else { return nil }
            return flag
        case .flat(let flat, let index):
            let entry = flat.entries[index]
            return entry.kind == .bool ? entry.count != 0 : nil
        }
    }

    /// An array's elements, in order; nil for any other kind of value.
    var elements: Elements? {
        switch storage {
        case .node(let node):
            guard case .array(let elements) = node.value else { return nil }
            return Elements(storage: .nodes(elements))
        case .flat(let flat, let index):
            let entry = flat.entries[index]
            guard entry.kind == .array else { return nil }
            return Elements(storage: .flat(flat, first: index + 1, count: Int(entry.count)))
        }
    }

    struct Elements: Sequence {
        enum Storage {
            case nodes([JSONNode])
            case flat(FlatJSON, first: Int, count: Int)
        }

        let storage: Storage

        var count: Int {
            switch storage {
            case .nodes(let nodes): nodes.count
            case .flat(_, _, let count): count
            }
        }

        func makeIterator() -> Iterator {
            switch storage {
            case .nodes(let nodes): Iterator(storage: .nodes(nodes.makeIterator()))
            case .flat(let flat, let first, let count): Iterator(storage: .flat(flat, next: first, left: count))
            }
        }

        struct Iterator: IteratorProtocol {
            enum Storage {
                case nodes(IndexingIterator<[JSONNode]>)
                case flat(FlatJSON, next: Int, left: Int)
            }

            var storage: Storage

            mutating func next() -> JSONItem? {
                switch storage {
                case .nodes(var nodes):
                    defer { storage = .nodes(nodes) }
                    return nodes.next().map(JSONItem.init)
                case .flat(let flat, let index, let left):
                    guard left > 0 else { return nil }
                    storage = .flat(flat, next: flat.next(after: index), left: left - 1)
                    return JSONItem(flat, at: index)
                }
            }
        }
    }
}
