/// Reading records from parsed JSON: the one definition of the data format.
///
/// Each record type declares its fields once, in an `init(reader:)` that asks an `ObjectReader`
/// for every field by name. The reader checks each value's type, treats `null` as an absent
/// optional field, reports a missing or null required field, and afterwards reports every member
/// that no field asked for. Nothing is skipped and there is no other path: what the reader accepts
/// is exactly what `validate` accepts. Problems are collected, not thrown, so one record lists all
/// that is wrong with it; each names the exact path and where in the file the value starts.

/// A value that can be read from a JSON node.
public protocol JSONReadable {
    /// The value the node holds, or nil after reporting to `context` why it holds none.
    /// `step` is the last step of the path to the node; the context holds the steps before it.
    /// When the context records (`SnapshotRecorder`), the value read is also written to it.
    static func read(_ node: JSONNode, at step: PathKey, in context: ReadContext) -> Self?

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
    public private(set) var problems: [ReadProblem] = []
    private(set) var path: [PathKey]
    /// When set, every value read is also written here, in the order it is read.
    var recorder: SnapshotRecorder?

    public init(path: [PathKey] = []) {
        self.path = path
        self.path.reserveCapacity(8)
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

    func reportType(_ node: JSONNode, at step: PathKey, expected: String) {
        if case .null = node.value {
            report(at: step, offset: node.offset, "expected a value, found null")
        } else {
            report(at: step, offset: node.offset, "expected \(expected), found \(node.typeName)")
        }
    }
}

/// The members of one JSON object, handed out by name to a record's initializer.
public struct ObjectReader {
    private let members: [(key: String, node: JSONNode)]
    private let offset: Int
    /// Nil when only collecting the names a type asks for (for "did you mean" hints), or when
    /// replaying a snapshot.
    private let context: ReadContext?
    /// Set when the fields come from a snapshot, in the order this same initializer asked for
    /// them when the snapshot was recorded.
    private let snapshot: SnapshotCursor?
    /// Which members were asked for: bits for the usual small object, an array beyond 64 members.
    private var used: UInt64 = 0
    private var usedBeyond: [Bool] = []
    /// Where the next lookup starts: types ask for fields in the order files usually list them.
    private var cursor = 0
    /// The names asked for, kept only when collecting them.
    fileprivate var requested: [(name: String, required: Bool)] = []

    init(members: [(key: String, node: JSONNode)], offset: Int, context: ReadContext?) {
        self.members = members
        self.offset = offset
        self.context = context
        snapshot = nil
        if members.count > 64 { usedBeyond = Array(repeating: false, count: members.count - 64) }
    }

    init(snapshot: SnapshotCursor) {
        members = []
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
        guard let node = lookup(key) else {
            context.report(at: PathKey(key), offset: offset, "missing required field \"\(key)\"")
            return T.placeholder
        }
        context.recorder?.writePresence(true)
        return T.read(node, at: PathKey(key), in: context) ?? T.placeholder
    }

    /// A field the record may leave out or set to null.
    public mutating func optional<T: JSONReadable>(_ key: String) -> T? {
        if let snapshot { return snapshot.readPresence() ? T.replay(from: snapshot) : nil }
        guard let context else {
            requested.append((key, false))
            return nil
        }
        guard let node = lookup(key), !node.isNull else {
            context.recorder?.writePresence(false)
            return nil
        }
        context.recorder?.writePresence(true)
        return T.read(node, at: PathKey(key), in: context)
    }

    private mutating func lookup(_ key: String) -> JSONNode? {
        let count = members.count
        var index = cursor
        for _ in 0..<count {
            if index >= count { index = 0 }
            if members[index].key == key {
                markUsed(index)
                cursor = index + 1
                return members[index].node
            }
            index += 1
        }
        return nil
    }

    private mutating func markUsed(_ index: Int) {
        if index < 64 { used |= 1 << UInt64(index) } else { usedBeyond[index - 64] = true }
    }

    private func isUsed(_ index: Int) -> Bool {
        index < 64 ? used & (1 << UInt64(index)) != 0 : usedBeyond[index - 64]
    }

    /// Reports every member no field asked for, each with a hint when a field name is close.
    fileprivate func reportUnknownMembers<Record: JSONRecord>(of type: Record.Type) {
        guard let context else { return }
        var known: [String]?
        for index in members.indices where !isUsed(index) {
            let key = members[index].key
            if known == nil { known = Record.fields.map(\.name) }
            var message = "unknown field \"\(TextSanitizer.clean(key))\""
            if let guess = NameMatcher.nearest(to: key, in: known ?? []) { message += " (did you mean \"\(guess)\"?)" }
            context.report(at: PathKey(key), offset: members[index].node.offset, message)
        }
    }
}

extension JSONRecord {
    /// The fields `init(reader:)` asks for, in its order, and whether each is required: found by
    /// running it over no members at all, so the list cannot drift from the initializer.
    public static var fields: [(name: String, required: Bool)] {
        var collector = ObjectReader(members: [], offset: 0, context: nil)
        _ = Self(reader: &collector)
        return collector.requested
    }

    public static func read(_ node: JSONNode, at step: PathKey, in context: ReadContext) -> Self? {
        guard case .object(let members) = node.value else {
            context.reportType(node, at: step, expected: "an object")
            return nil
        }
        context.push(step)
        defer { context.pop() }
        let before = context.problems.count
        var reader = ObjectReader(members: members, offset: node.offset, context: context)
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
    public static func read(_ node: JSONNode, at step: PathKey, in context: ReadContext) -> String? {
        guard case .string(let text) = node.value else {
            context.reportType(node, at: step, expected: "a string")
            return nil
        }
        let clean = TextSanitizer.clean(text)
        context.recorder?.write(clean)
        return clean
    }

    /// Recorded after sanitizing, so it is not sanitized again.
    public static func replay(from snapshot: SnapshotCursor) -> String? { snapshot.readString() }
}

extension Int: JSONReadable, ReadPlaceholder {
    public static var placeholder: Int { 0 }

    public static func read(_ node: JSONNode, at step: PathKey, in context: ReadContext) -> Int? {
        guard case .number(let text) = node.value else {
            context.reportType(node, at: step, expected: "a whole number")
            return nil
        }
        guard let number = Int(text) else {
            let isFraction = text.contains { $0 == "." || $0 == "e" || $0 == "E" }
            context.report(at: step, offset: node.offset, isFraction ? "expected a whole number, found \(text)" : "number out of range: \(text)")
            return nil
        }
        context.recorder?.write(number)
        return number
    }

    public static func replay(from snapshot: SnapshotCursor) -> Int? { snapshot.readInt() }
}

extension Bool: JSONReadable, ReadPlaceholder {
    public static var placeholder: Bool { false }

    public static func read(_ node: JSONNode, at step: PathKey, in context: ReadContext) -> Bool? {
        guard case .bool(let flag) = node.value else {
            context.reportType(node, at: step, expected: "true or false")
            return nil
        }
        context.recorder?.writePresence(flag)
        return flag
    }

    public static func replay(from snapshot: SnapshotCursor) -> Bool? { snapshot.readPresence() }
}

extension PartialDate: JSONReadable, ReadPlaceholder {
    public static var placeholder: PartialDate { PartialDate(year: 2000)! }

    public static func read(_ node: JSONNode, at step: PathKey, in context: ReadContext) -> PartialDate? {
        guard case .string(let text) = node.value else {
            context.reportType(node, at: step, expected: "a string")
            return nil
        }
        guard let date = PartialDate(text) else {
            context.report(at: step, offset: node.offset, "not a valid date: \"\(TextSanitizer.clean(text))\" (use YYYY, YYYY-MM or YYYY-MM-DD)")
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
    public static func read(_ node: JSONNode, at step: PathKey, in context: ReadContext) -> Self? {
        guard case .string(let word) = node.value else {
            context.reportType(node, at: step, expected: "a string")
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
        context.report(at: step, offset: node.offset, message + "; expected one of: " + valid.joined(separator: ", "))
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
    public static func read(_ node: JSONNode, at step: PathKey, in context: ReadContext) -> [Element]? {
        guard case .array(let elements) = node.value else {
            context.reportType(node, at: step, expected: "an array")
            return nil
        }
        context.push(step)
        defer { context.pop() }
        context.recorder?.write(elements.count)
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        var failed = false
        for (index, element) in elements.enumerated() {
            if case .null = element.value {
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
        let value = T.read(node, at: path.last ?? .root, in: context)
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
