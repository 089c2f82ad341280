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
/// and no array per object; the entries of one element are overwritten by the next. A tree
/// (`JSONNode`) is read by laying it out the same way, its text held in `strings`.
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
        /// A string or number of a tape made from a tree: its text is `strings[end]`, not yet cleaned.
        case stored
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
    private(set) var strings: [String] = []

    init() {}

    /// A tree laid out flat; each key's entry takes its value's offset.
    init(_ node: JSONNode) { append(node) }

    private mutating func append(_ node: JSONNode) {
        switch node.value {
        case .null: entries.append(Entry(kind: .null, offset: node.offset, end: 0))
        case .bool(let flag): entries.append(Entry(kind: .bool, offset: node.offset, end: 0, count: flag ? 1 : 0))
        case .number(let text): store(text, kind: .number, offset: node.offset)
        case .string(let text): store(text, kind: .string, offset: node.offset)
        case .array(let elements):
            let array = entries.count
            entries.append(Entry(kind: .array, offset: node.offset, end: 0, count: Int32(elements.count)))
            for element in elements { append(element) }
            entries[array].end = entries.count
        case .object(let members):
            let object = entries.count
            entries.append(Entry(kind: .object, offset: node.offset, end: 0, count: Int32(members.count)))
            for member in members {
                store(member.key, kind: .string, offset: member.node.offset)
                append(member.node)
            }
            entries[object].end = entries.count
            entries[object].keyBits = .max
        }
    }

    private mutating func store(_ text: String, kind: JSONKind, offset: Int) {
        entries.append(Entry(kind: kind, offset: offset, end: strings.count, form: .stored))
        strings.append(text)
    }

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

    /// Hands the parsed element (or tree) to `body` as an item to read from; the item is valid
    /// only there. `bytes` are those the tape was parsed from; none for a tree.
    func withRoot<Result>(in bytes: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0), _ body: (JSONItem) -> Result) -> Result {
        entries.withUnsafeBufferPointer { entries in
            strings.withUnsafeBufferPointer { strings in
                body(JSONItem(FlatJSON(entries: entries, bytes: bytes, strings: strings), at: 0))
            }
        }
    }

    /// The tree of the value at `index` on entries parsed from `bytes`: keys and strings decoded
    /// (not cleaned), numbers as written, each node at its value's offset.
    static func node(at index: Int, of entries: [Entry], in bytes: UnsafeBufferPointer<UInt8>) -> JSONNode {
        let entry = entries[index]
        let value: JSONNode.Value
        switch entry.kind {
        case .null: value = .null
        case .bool: value = .bool(entry.count == 1)
        case .number: value = .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[entry.offset..<entry.end]), as: UTF8.self))
        case .string: value = .string(text(of: entry, in: bytes))
        case .array:
            var elements: [JSONNode] = []
            elements.reserveCapacity(Int(entry.count))
            var child = index + 1
            while child < entry.end {
                elements.append(node(at: child, of: entries, in: bytes))
                child = next(after: child, on: entries)
            }
            value = .array(elements)
        case .object:
            var members: [(key: String, node: JSONNode)] = []
            members.reserveCapacity(Int(entry.count))
            var key = index + 1
            while key < entry.end {
                members.append((text(of: entries[key], in: bytes), node(at: key + 1, of: entries, in: bytes)))
                key = next(after: key + 1, on: entries)
            }
            value = .object(members)
        }
        return JSONNode(value: value, offset: entry.offset)
    }

    /// The index of the entry after the value at `index` and all it holds.
    static func next(after index: Int, on entries: [Entry]) -> Int {
        let entry = entries[index]
        return entry.kind == .array || entry.kind == .object ? entry.end : index + 1
    }

    /// The text of a string entry parsed from `bytes`, its escapes decoded.
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
        return sameBytes(base + a.offset, base + b.offset, count: length)
    }

    /// Whether `count` bytes at two places are equal: compared in place, eight at a time, as keys
    /// are short and a call to `memcmp` for each cost more than the comparison.
    @inline(__always) static func sameBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, count: Int) -> Bool {
        let a = UnsafeRawPointer(a), b = UnsafeRawPointer(b)
        var offset = 0
        while offset + 8 <= count {
            guard a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
            offset += 8
        }
        while offset < count {
            guard a.load(fromByteOffset: offset, as: UInt8.self) == b.load(fromByteOffset: offset, as: UInt8.self) else { return false }
            offset += 1
        }
        return true
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

/// A tape's entries and the bytes or strings they point into; valid only while all are held.
struct FlatJSON {
    let entries: UnsafeBufferPointer<JSONTape.Entry>
    let bytes: UnsafeBufferPointer<UInt8>
    let strings: UnsafeBufferPointer<String>

    /// The text of a string or number entry, escapes decoded.
    func text(of entry: JSONTape.Entry) -> String {
        switch entry.form {
        case .stored: strings[entry.end]
        case .ascii, .clean, .other:
            entry.kind == .number ? String(decoding: UnsafeBufferPointer(rebasing: bytes[entry.offset..<entry.end]), as: UTF8.self)
                : JSONTape.text(of: entry, in: bytes)
        }
    }

    @inline(__always) func next(after index: Int) -> Int {
        let entry = entries[index]
        return entry.kind == .array || entry.kind == .object ? entry.end : index + 1
    }

    /// Whether the key at `index` equals `name`, an ASCII field name whose bytes hash to `hash`.
    @inline(__always) func key(at index: Int, is name: UnsafeBufferPointer<UInt8>, hash: Int32) -> Bool {
        let entry = entries[index]
        guard entry.form == .ascii else { return text(of: entry) == String(decoding: name, as: UTF8.self) }
        return entry.count == hash && sameASCIIKey(entry, name)
    }

    /// Whether the key at `index` equals `name`, an ASCII field name, compared without its hash.
    @inline(__always) func key(at index: Int, is name: UnsafeBufferPointer<UInt8>) -> Bool {
        let entry = entries[index]
        guard entry.form == .ascii else { return text(of: entry) == String(decoding: name, as: UTF8.self) }
        return sameASCIIKey(entry, name)
    }

    @inline(__always) private func sameASCIIKey(_ entry: JSONTape.Entry, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        name.count == entry.end - entry.offset - 2
            && (name.isEmpty || JSONTape.sameBytes(bytes.baseAddress! + entry.offset + 1, name.baseAddress!, count: name.count))
    }
}

/// One value to read a record or a field from: an entry of a tape.
public struct JSONItem {
    let flat: FlatJSON
    let index: Int

    init(_ flat: FlatJSON, at index: Int) {
        self.flat = flat
        self.index = index
    }

    private var entry: JSONTape.Entry { flat.entries[index] }

    public var kind: JSONKind { entry.kind }

    public var typeName: String { kind.typeName }

    /// Byte offset of the value's first character in the file.
    public var offset: Int { entry.offset }

    var isNull: Bool { kind == .null }

    /// A string's text, and whether it is known to be clean already (`TextSanitizer.clean`);
    /// nil for any other kind of value.
    var string: (text: String, isClean: Bool)? {
        let entry = entry
        guard entry.kind == .string else { return nil }
        return (flat.text(of: entry), entry.form == .ascii || entry.form == .clean)
    }

    /// A string's bytes in the file when they are its text (printable ASCII without escapes);
    /// nil for any other string or value.
    var asciiBytes: UnsafeBufferPointer<UInt8>? {
        let entry = entry
        guard entry.kind == .string, entry.form == .ascii else { return nil }
        return UnsafeBufferPointer(rebasing: flat.bytes[(entry.offset + 1)..<(entry.end - 1)])
    }

    /// A number's text as written; nil for any other kind of value.
    var numberText: String? {
        let entry = entry
        return entry.kind == .number ? flat.text(of: entry) : nil
    }

    var bool: Bool? {
        let entry = entry
        return entry.kind == .bool ? entry.count != 0 : nil
    }

    /// An array's elements, in order; nil for any other kind of value.
    var elements: Elements? {
        let entry = entry
        guard entry.kind == .array else { return nil }
        return Elements(flat: flat, first: index + 1, count: Int(entry.count))
    }

    struct Elements: Sequence {
        let flat: FlatJSON
        let first: Int
        let count: Int

        func makeIterator() -> Iterator { Iterator(flat: flat, upcoming: first, left: count) }

        struct Iterator: IteratorProtocol {
            let flat: FlatJSON
            var upcoming: Int
            var left: Int

            mutating func next() -> JSONItem? {
                guard left > 0 else { return nil }
                defer {
                    upcoming = flat.next(after: upcoming)
                    left -= 1
                }
                return JSONItem(flat, at: upcoming)
            }
        }
    }
}
