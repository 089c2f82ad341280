/// Reading records from parsed JSON: the one definition of the data format.
///
/// Each record type declares its fields once, in an `init(reader:)` that asks an `ObjectReader`
/// for every field by name. The reader checks each value's type, treats `null` as an absent
/// optional field, reports a missing or null required field, and afterwards reports every member
/// that no field asked for. Nothing is skipped and there is no other path: what the reader accepts
/// is exactly what `validate` accepts. Problems are collected, not thrown, so one record lists all
/// that is wrong with it; each names the exact path and where in the file the value starts.

/// A value that can be read from a JSON value.
public protocol JSONReadable {
    /// The value the item holds, or nil after reporting to `context` why it holds none.
    /// `step` is the last step of the path to the item; the context holds the steps before it.
    /// When the context records (`SnapshotRecorder`), the value read is also written to it.
    static func read(_ item: JSONItem, at step: PathKey, in context: ReadContext) -> Self?

    /// The value as a snapshot recorded it; nil (and the cursor marked damaged) when the bytes
    /// hold no such value.
    static func replay(from snapshot: SnapshotCursor) -> Self?
}

/// A value a required field stands in with while its record is being rejected, so that an
/// initializer can go on reading (and reporting) the other fields.
public protocol ReadPlaceholder {
    static var placeholder: Self { get }
}

/// A JSON object read field by field.
///
/// A record's optional stored properties are spelled `Optional<T>`, not `T?`: a `var` spelt `T?`
/// starts as nil before the initializer runs, and then `init(reader:)` builds the record aside and
/// copies it out (a retain and a release of every field of every record read or replayed).
public protocol JSONRecord: JSONReadable {
    init(reader: inout ObjectReader)
}

/// What reading found wrong, with where it was.
public struct ReadProblem: Sendable, Equatable {
    public var path: [PathKey]
    /// Byte offset in the file of the value concerned (of its object, for a missing field).
    public var offset: Int
    public var message: String

    /// `meetings[3].sources[0].url`.
    public var pathText: String { fieldPath(path) }
}

/// The problems met while reading one value and the path down to where the reader is now.
/// One context serves many records in turn (`reset`), so a long list costs no allocation per record.
public final class ReadContext {
    /// Only ever touched by the one thread reading with this context: the run-time check of
    /// exclusive access on every step in and out of a value was a measurable part of a cold load.
    @exclusivity(unchecked) public private(set) var problems: [ReadProblem] = []
    @exclusivity(unchecked) private(set) var path: [PathKey]
    /// When set, every value read is also written here, in the order it is read. A constant, so
    /// that reading it for every value costs no reference counting.
    let recorder: SnapshotRecorder?

    public convenience init(path: [PathKey] = []) {
        self.init(path: path, recorder: nil)
    }

    init(path: [PathKey] = [], recorder: SnapshotRecorder?) {
        self.path = path
        self.path.reserveCapacity(8)
        self.recorder = recorder
    }

    func reset(path newPath: [PathKey]) {
        problems.removeAll(keepingCapacity: true)
        path.removeAll(keepingCapacity: true)
        path.append(contentsOf: newPath)
    }

    func push(_ step: PathKey) { path.append(step) }
    func pop() { path.removeLast() }

    /// Records a problem with the value at `step` below the current path.
    func report(at step: PathKey?, offset: Int, _ message: String) {
        var steps = path.filter { !$0.isRoot }
        if let step, !step.isRoot { steps.append(step) }
        problems.append(ReadProblem(path: steps, offset: offset, message: message))
    }

    func reportType(_ item: JSONItem, at step: PathKey, expected: String) {
        if item.isNull {
            report(at: step, offset: item.offset, "expected a value, found null")
        } else {
            report(at: step, offset: item.offset, "expected \(expected), found \(item.typeName)")
        }
    }
}

/// The members of one JSON object, handed out by name to a record's initializer.
public struct ObjectReader {
    /// The tape and the object's entry on it, its members after it; nil when collecting field
    /// names or replaying a snapshot.
    private let flat: FlatJSON?
    private let object: Int
    private let count: Int
    private let offset: Int
    /// Nil when only collecting the names a type asks for (for "did you mean" hints), or when
    /// replaying a snapshot. Held without a reference count: the reader lives only inside
    /// `JSONRecord.read`, whose caller holds the context, and a counted reference cost a retain and
    /// a release for every field read.
    private let context: Unmanaged<ReadContext>?
    /// Set when the fields come from a snapshot, in the order this same initializer asked for
    /// them when the snapshot was recorded.
    private let snapshot: SnapshotCursor?
    /// Which members were asked for: bits for the usual small object, an array beyond 64 members.
    private var used: UInt64 = 0
    private var usedBeyond: [Bool] = []
    /// Where the next lookup starts: types ask for fields in the order files usually list them.
    private var cursor = 0
    /// On a tape, the entry of the key at `cursor`.
    private var cursorEntry = 0
    /// The names asked for, kept only when collecting them.
    fileprivate var requested: [(name: String, required: Bool)] = []

    /// `item` is an object.
    init(object item: JSONItem, context: ReadContext) {
        flat = item.flat
        object = item.index
        count = Int(item.flat.entries[item.index].count)
        cursorEntry = item.index + 1
        offset = item.offset
        self.context = Unmanaged.passUnretained(context)
        snapshot = nil
        if count > 64 { usedBeyond = Array(repeating: false, count: count - 64) }
    }

    /// Collects the names of the fields asked for.
    fileprivate init() {
        flat = nil
        object = 0
        count = 0
        offset = 0
        context = nil
        snapshot = nil
    }

    init(snapshot: SnapshotCursor) {
        flat = nil
        object = 0
        count = 0
        offset = 0
        context = nil
        self.snapshot = snapshot
    }

    /// A field the record must have.
    public mutating func required<T: JSONReadable & ReadPlaceholder>(_ key: String) -> T {
        if let snapshot {
            guard snapshot.readPresence() else { return snapshot.damaged(T.placeholder) }
            return T.replay(from: snapshot) ?? T.placeholder
        }
        guard let context else {
            requested.append((key, true))
            return T.placeholder
        }
        let item = lookup(key)
        let offset = offset
        return context._withUnsafeGuaranteedRef { context in
            guard let item else {
                context.report(at: PathKey(key), offset: offset, "missing required field \"\(key)\"")
                return T.placeholder
            }
            context.recorder?.writePresence(true)
            return T.read(item, at: PathKey(key), in: context) ?? T.placeholder
        }
    }

    /// A field the record may leave out or set to null.
    public mutating func optional<T: JSONReadable>(_ key: String) -> T? {
        if let snapshot { return snapshot.readPresence() ? T.replay(from: snapshot) : nil }
        guard let context else {
            requested.append((key, false))
            return nil
        }
        let item = lookup(key)
        return context._withUnsafeGuaranteedRef { context in
            guard let item, !item.isNull else {
                context.recorder?.writePresence(false)
                return nil
            }
            context.recorder?.writePresence(true)
            return T.read(item, at: PathKey(key), in: context)
        }
    }

    private mutating func lookup(_ key: String) -> JSONItem? {
        guard let flat else { return nil }
        var name = key
        return name.withUTF8 { name in
            // The member at the cursor is most often the one asked for: it is compared before
            // any hash is computed.
            if cursor < count, flat.key(at: cursorEntry, is: name) { return take(cursor, at: cursorEntry, of: flat) }
            let hash = JSONTape.hash(name)
            guard flat.entries[object].keyBits & JSONTape.keyBit(hash) != 0 else { return nil }
            var index = cursor
            var entry = cursorEntry
            for _ in 0..<count {
                if index >= count {
                    index = 0
                    entry = object + 1
                }
                if flat.key(at: entry, is: name, hash: hash) { return take(index, at: entry, of: flat) }
                index += 1
                entry = flat.next(after: entry + 1)
            }
            return nil
        }
    }

    /// The value of the member `index`, whose key is at `entry`, marked as used; the cursor moves past it.
    @inline(__always) private mutating func take(_ index: Int, at entry: Int, of flat: FlatJSON) -> JSONItem {
        markUsed(index)
        cursor = index + 1
        cursorEntry = flat.next(after: entry + 1)
        return JSONItem(flat, at: entry + 1)
    }

    @inline(__always) private mutating func markUsed(_ index: Int) {
        if index < 64 { used |= 1 << UInt64(index) } else { usedBeyond[index - 64] = true }
    }

    private func isUsed(_ index: Int) -> Bool {
        index < 64 ? used & (1 << UInt64(index)) != 0 : usedBeyond[index - 64]
    }

    /// Reports every member no field asked for, each with a hint when a field name is close.
    fileprivate func reportUnknownMembers<Record: JSONRecord>(of type: Record.Type) {
        guard let context = context?.takeUnretainedValue(), count > 0, count > 64 || used != UInt64.max >> (64 - count) else { return }
        guard let flat else { return }
        var unknown: [(key: String, offset: Int)] = []
        var entry = object + 1
        for index in 0..<count {
            if !isUsed(index) { unknown.append((flat.text(of: flat.entries[entry]), flat.entries[entry + 1].offset)) }
            entry = flat.next(after: entry + 1)
        }
        let known = Record.fields.map(\.name)
        for (key, offset) in unknown {
            var message = "unknown field \"\(TextSanitizer.clean(key))\""
            if let guess = NameMatcher.nearest(to: key, in: known) { message += " (did you mean \"\(guess)\"?)" }
            context.report(at: PathKey(key), offset: offset, message)
        }
    }
}

extension JSONRecord {
    /// The fields `init(reader:)` asks for, in its order, and whether each is required: found by
    /// running it over no members at all, so the list cannot drift from the initializer.
    public static var fields: [(name: String, required: Bool)] {
        var collector = ObjectReader()
        _ = Self(reader: &collector)
        return collector.requested
    }

    public static func read(_ item: JSONItem, at step: PathKey, in context: ReadContext) -> Self? {
        guard item.kind == .object else {
            context.reportType(item, at: step, expected: "an object")
            return nil
        }
        context.push(step)
        defer { context.pop() }
        let before = context.problems.count
        var reader = ObjectReader(object: item, context: context)
        let record = Self(reader: &reader)
        reader.reportUnknownMembers(of: Self.self)
        return context.problems.count == before ? record : nil
    }

    public static func replay(from snapshot: SnapshotCursor) -> Self? {
        var reader = ObjectReader(snapshot: snapshot)
        let record = Self(reader: &reader)
        return snapshot.isDamaged ? nil : record
    }
}

// MARK: Values

extension String: JSONReadable, ReadPlaceholder {
    public static var placeholder: String { "" }

    /// Every string is sanitized on the way in.
    public static func read(_ item: JSONItem, at step: PathKey, in context: ReadContext) -> String? {
        guard let (text, isClean) = item.string else {
            context.reportType(item, at: step, expected: "a string")
            return nil
        }
        let clean = isClean ? text : TextSanitizer.clean(text)
        context.recorder?.write(clean)
        return clean
    }

    /// Recorded after sanitizing, so it is not sanitized again.
    public static func replay(from snapshot: SnapshotCursor) -> String? { snapshot.readString() }
}

extension Int: JSONReadable, ReadPlaceholder {
    public static var placeholder: Int { 0 }

    public static func read(_ item: JSONItem, at step: PathKey, in context: ReadContext) -> Int? {
        guard let text = item.numberText else {
            context.reportType(item, at: step, expected: "a whole number")
            return nil
        }
        guard let number = Int(text) else {
            let isFraction = text.contains { $0 == "." || $0 == "e" || $0 == "E" }
            context.report(at: step, offset: item.offset, isFraction ? "expected a whole number, found \(text)" : "number out of range: \(text)")
            return nil
        }
        context.recorder?.write(number)
        return number
    }

    public static func replay(from snapshot: SnapshotCursor) -> Int? { snapshot.readInt() }
}

extension Bool: JSONReadable, ReadPlaceholder {
    public static var placeholder: Bool { false }

    public static func read(_ item: JSONItem, at step: PathKey, in context: ReadContext) -> Bool? {
        guard let flag = item.bool else {
            context.reportType(item, at: step, expected: "true or false")
            return nil
        }
        context.recorder?.writePresence(flag)
        return flag
    }

    public static func replay(from snapshot: SnapshotCursor) -> Bool? { snapshot.readPresence() }
}

extension PartialDate: JSONReadable, ReadPlaceholder {
    public static var placeholder: PartialDate { PartialDate(year: 2000)! }

    public static func read(_ item: JSONItem, at step: PathKey, in context: ReadContext) -> PartialDate? {
        guard let text = item.string?.text else {
            context.reportType(item, at: step, expected: "a string")
            return nil
        }
        guard let date = PartialDate(text) else {
            context.report(at: step, offset: item.offset, "not a valid date: \"\(TextSanitizer.clean(text))\" (use YYYY, YYYY-MM or YYYY-MM-DD)")
            return nil
        }
        context.recorder?.write(date.year)
        context.recorder?.write(date.month ?? 0)
        context.recorder?.write(date.day ?? 0)
        return date
    }

    public static func replay(from snapshot: SnapshotCursor) -> PartialDate? {
        guard let year = snapshot.readInt(), let month = snapshot.readInt(), let day = snapshot.readInt(),
              let date = PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day) else {
            return snapshot.damaged(nil)
        }
        return date
    }
}

extension KnownValues {
    public static var placeholder: Self { allCases.first! }

    /// An unknown word names the valid ones, so a typo is easy to fix.
    public static func read(_ item: JSONItem, at step: PathKey, in context: ReadContext) -> Self? {
        // A plain ASCII word is matched on the file's bytes, with no text made, its turn found on
        // the way; anything else (and a word that matches none) goes the way of text.
        if let bytes = item.asciiBytes {
            var turn = 0
            for value in allCases {
                let word = value.rawValue.utf8
                if word.count == bytes.count, let base = bytes.baseAddress,
                   word.withContiguousStorageIfAvailable({ JSONTape.sameBytes($0.baseAddress!, base, count: bytes.count) }) == true {
                    context.recorder?.write(turn)
                    return value
                }
                turn += 1
            }
        }
        guard let word = item.string?.text else {
            context.reportType(item, at: step, expected: "a string")
            return nil
        }
        if let value = Self(rawValue: word) {
            context.recorder?.write(value.snapshotTurn)
            return value
        }
        let valid = allCases.map(\.rawValue)
        let shown = TextSanitizer.clean(word)
        var message = "unknown value \"\(shown)\""
        if let guess = NameMatcher.nearest(to: word, in: valid) { message += " (did you mean \"\(guess)\"?)" }
        context.report(at: step, offset: item.offset, message + "; expected one of: " + valid.joined(separator: ", "))
        return nil
    }

    /// Replayed by its turn among the words, which makes no text and compares none.
    public static func replay(from snapshot: SnapshotCursor) -> Self? {
        let words = allCases
        guard let turn = snapshot.readInt(), turn >= 0, turn < words.count else { return snapshot.damaged(nil) }
        return words[words.index(words.startIndex, offsetBy: turn)]
    }

    /// The word's turn among `allCases`: what a snapshot records for it.
    var snapshotTurn: Int {
        var turn = 0
        for word in Self.allCases {
            if word == self { break }
            turn += 1
        }
        return turn
    }
}

extension Array: JSONReadable where Element: JSONReadable {
    public static func read(_ item: JSONItem, at step: PathKey, in context: ReadContext) -> [Element]? {
        guard let elements = item.elements else {
            context.reportType(item, at: step, expected: "an array")
            return nil
        }
        context.push(step)
        defer { context.pop() }
        context.recorder?.write(elements.count)
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        var failed = false
        for (index, element) in elements.enumerated() {
            if element.isNull {
                context.report(at: PathKey(intValue: index), offset: element.offset, "expected a value, found null")
                failed = true
            } else if let value = Element.read(element, at: PathKey(intValue: index), in: context) {
                if !failed { result.append(value) }
            } else {
                failed = true
            }
        }
        return failed ? nil : result
    }

    public static func replay(from snapshot: SnapshotCursor) -> [Element]? {
        guard let count = snapshot.readCount() else { return nil }
        var result: [Element] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            guard let element = Element.replay(from: snapshot) else { return nil }
            result.append(element)
        }
        return result
    }
}

extension Array: ReadPlaceholder {
    public static var placeholder: [Element] { [] }
}

// MARK: Entry points

/// Reading a value outside the loader: for tests, tools and anything else that holds parsed JSON.
public enum RecordReading {
    /// What was wrong with a value, every problem with its path.
    public struct Failure: Error, CustomStringConvertible {
        public var problems: [ReadProblem]
        public var description: String { problems.map { "\($0.pathText): \($0.message)" }.joined(separator: "\n") }
    }

    /// Reads a value (a record, or a list of them) from a parsed node; `path` prefixes every
    /// problem's path.
    public static func read<T: JSONReadable>(_ type: T.Type, from node: JSONNode, at path: [PathKey] = []) throws(Failure) -> T {
        let context = ReadContext(path: Array(path.dropLast()))
        let value = JSONTape(node).withRoot { T.read($0, at: path.last ?? .root, in: context) }
        if let value, context.problems.isEmpty { return value }
        throw Failure(problems: context.problems)
    }

    /// Parses JSON text strictly and reads a value from it.
    public static func read<T: JSONReadable>(_ type: T.Type, fromJSON text: String) throws -> T {
        try read(type, from: try StrictJSONParser.parse(Array(text.utf8)))
    }
}

/// One step of a path to a field: a member name or a list position. A position becomes text only
/// when a message needs it.
public struct PathKey: CodingKey, Sendable, Equatable {
    private let name: String?
    public let intValue: Int?

    public var stringValue: String { name ?? String(intValue ?? 0) }

    public init(stringValue: String) {
        name = stringValue
        intValue = nil
    }

    public init(intValue: Int) {
        name = nil
        self.intValue = intValue
    }

    public init(_ name: String) { self.init(stringValue: name) }

    /// The step to a value read on its own, outside any object or list: no step in a path.
    public static let root = PathKey()
    private init() {
        name = nil
        intValue = nil
    }
    var isRoot: Bool { name == nil && intValue == nil }
}

extension JSONNode {
    /// The node a path leads to, or the deepest node on the way that exists: where a problem
    /// about that path is shown.
    func node(at path: some Collection<PathKey>) -> JSONNode {
        var current = self
        for key in path {
            switch current.value {
            case .array(let elements):
                guard let index = key.intValue, elements.indices.contains(index) else { return current }
                current = elements[index]
            case .object(let members):
                guard let member = members.first(where: { $0.key == key.stringValue }) else { return current }
                current = member.node
            default:
                return current
            }
        }
        return current
    }
}
