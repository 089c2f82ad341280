/// Decodes `Decodable` records from a parsed `JSONNode`, so that records stay ordinary Codable types
/// while every error keeps the exact path to the field, and fields the record does not know are
/// reported instead of ignored. Every string is sanitized on the way in.
public enum TreeDecoding {
    /// Decodes one value; throws `DecodingError` whose coding path leads to the faulty node.
    public static func decode<T: Decodable>(_ type: T.Type, from node: JSONNode, at path: [CodingKey] = []) throws -> T {
        try NodeDecoder(node: node, codingPath: path).decodeChecked(type)
    }

    /// The node a coding path leads to, for turning an error's path into a line and column.
    public static func node(at path: [CodingKey], in root: JSONNode) -> JSONNode {
        var current = root
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

/// A coding key for array positions and object members met while decoding. An array position
/// becomes text only when a message needs it.
struct PathKey: CodingKey {
    private let name: String?
    let intValue: Int?

    var stringValue: String { name ?? String(intValue ?? 0) }

    init(stringValue: String) {
        name = stringValue
        intValue = nil
    }

    init(intValue: Int) {
        name = nil
        self.intValue = intValue
    }

    init(_ name: String) { self.init(stringValue: name) }
}

/// Decodes one node. Its coding path is not stored but built from its parent only when an error
/// asks for it: building it for every field would cost an array per field of every record.
final class NodeDecoder: Decoder {
    let node: JSONNode
    private let parent: NodeDecoder?
    private let key: CodingKey?
    private let rootPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Which of the object's members the decoded type asked for; the others are unknown fields.
    fileprivate var usedMembers: [Bool] = []
    /// The names the type asked for, kept only to suggest one when a field is unknown.
    fileprivate var requestedKeys: [String] = []
    fileprivate var usedKeyedContainer = false
    /// Where the next field lookup starts.
    fileprivate var lookupCursor = 0

    init(node: JSONNode, codingPath: [CodingKey]) {
        self.node = node
        self.parent = nil
        self.key = nil
        self.rootPath = codingPath
    }

    init(node: JSONNode, parent: NodeDecoder, key: CodingKey) {
        self.node = node
        self.parent = parent
        self.key = key
        self.rootPath = []
    }

    var codingPath: [CodingKey] {
        guard let parent, let key else { return rootPath }
        return parent.codingPath + [key]
    }

    func path(adding key: CodingKey) -> [CodingKey] { codingPath + [key] }

    func decodeChecked<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try T(from: self)
        if usedKeyedContainer, case .object(let members) = node.value {
            for (index, member) in members.enumerated() where !usedMembers[index] {
                var message = "unknown field \"\(TextSanitizer.clean(member.key))\""
                if let guess = NameMatcher.nearest(to: member.key, in: requestedKeys) {
                    message += " (did you mean \"\(guess)\"?)"
                }
                throw DecodingError.dataCorrupted(.init(codingPath: path(adding: PathKey(member.key)), debugDescription: message))
            }
        }
        return value
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = node.value else {
            throw typeMismatch([String: Any].self, expected: "an object", node: node, path: codingPath)
        }
        if !usedKeyedContainer {
            usedKeyedContainer = true
            usedMembers = Array(repeating: false, count: members.count)
        }
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(decoder: self, members: members))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let elements) = node.value else {
            throw typeMismatch([Any].self, expected: "an array", node: node, path: codingPath)
        }
        return UnkeyedNodeContainer(decoder: self, elements: elements)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        SingleNodeContainer(decoder: self)
    }
}

private func typeMismatch(_ type: Any.Type, expected: String, node: JSONNode, path: [CodingKey]) -> DecodingError {
    .typeMismatch(type, .init(codingPath: path, debugDescription: "expected \(expected), found \(node.typeName)"))
}

/// Decodes a value found at `key` below `owner` (or the owner's own node when `key` is nil).
/// Scalars are read directly; anything else gets a decoder of its own.
private func decodeValue<T: Decodable>(_ type: T.Type, from node: JSONNode, owner: NodeDecoder, key: CodingKey?) throws -> T {
    func path() -> [CodingKey] { key.map { owner.path(adding: $0) } ?? owner.codingPath }
    // Strings are most of the data; compare the metatype before any dynamic cast.
    if T.self == String.self {
        guard case .string(let text) = node.value else { throw typeMismatch(type, expected: "a string", node: node, path: path()) }
        return unsafeBitCast(TextSanitizer.clean(text), to: T.self)
    }
    if T.self == Int.self {
        guard case .number(let text) = node.value else { throw typeMismatch(type, expected: "a whole number", node: node, path: path()) }
        guard let number = Int(text) else {
            let reason = text.contains(where: { ".eE".contains($0) }) ? "expected a whole number, found \(text)" : "number out of range: \(text)"
            throw DecodingError.dataCorrupted(.init(codingPath: path(), debugDescription: reason))
        }
        return unsafeBitCast(number, to: T.self)
    }
    if T.self == Bool.self {
        guard case .bool(let flag) = node.value else { throw typeMismatch(type, expected: "true or false", node: node, path: path()) }
        return unsafeBitCast(flag, to: T.self)
    }
    if T.self == Double.self {
        guard case .number(let text) = node.value else { throw typeMismatch(type, expected: "a number", node: node, path: path()) }
        guard let number = Double(text), number.isFinite else {
            throw DecodingError.dataCorrupted(.init(codingPath: path(), debugDescription: "number out of range: \(text)"))
        }
        return unsafeBitCast(number, to: T.self)
    }
    if let value: T = decodeCommonShape(type, from: node) { return value }
    let decoder = key.map { NodeDecoder(node: node, parent: owner, key: $0) } ?? NodeDecoder(node: node, codingPath: owner.codingPath)
    return try decoder.decodeChecked(type)
}

/// Dates and lists of strings make up most fields that are not plain strings;
/// read well-formed ones directly instead of through a decoder of their own. Anything unusual
/// returns nil and takes the general path, which reports errors.
private func decodeCommonShape<T: Decodable>(_ type: T.Type, from node: JSONNode) -> T? {
    if T.self == PartialDate.self {
        guard case .string(let text) = node.value, let date = PartialDate(text) else { return nil }
        return unsafeBitCast(date, to: T.self)
    }
    if T.self == [String].self {
        guard case .array(let elements) = node.value else { return nil }
        var strings: [String] = []
        strings.reserveCapacity(elements.count)
        for element in elements {
            guard case .string(let text) = element.value else { return nil }
            strings.append(TextSanitizer.clean(text))
        }
        return unsafeBitCast(strings, to: T.self)
    }
    return nil
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let members: [(key: String, node: JSONNode)]
    var codingPath: [CodingKey] { decoder.codingPath }

    init(decoder: NodeDecoder, members: [(key: String, node: JSONNode)]) {
        self.decoder = decoder
        self.members = members
    }

    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

    /// Records are small objects, so a scan beats hashing every key. Types ask for their fields in
    /// the order files usually list them, so the scan starts after the last field found.
    private func lookup(_ key: Key) -> JSONNode? {
        let name = key.stringValue
        decoder.requestedKeys.append(name)
        let count = members.count
        guard count > 0 else { return nil }
        var index = decoder.lookupCursor
        for _ in 0..<count {
            if index >= count { index = 0 }
            if members[index].key == name {
                decoder.usedMembers[index] = true
                decoder.lookupCursor = index + 1
                return members[index].node
            }
            index += 1
        }
        return nil
    }

    func contains(_ key: Key) -> Bool {
        lookup(key) != nil
    }

    private func child(_ key: Key) throws -> JSONNode {
        guard let node = lookup(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: decoder.path(adding: key), debugDescription: "missing required field \"\(key.stringValue)\""))
        }
        return node
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard case .null = try child(key).value else { return false }
        return true
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let node = try child(key)
        if case .null = node.value {
            throw DecodingError.valueNotFound(type, .init(codingPath: decoder.path(adding: key), debugDescription: "expected a value, found null"))
        }
        return try decodeValue(type, from: node, owner: decoder, key: key)
    }

    // The concrete overloads spare the synthesized initialisers a generic dispatch per field.
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        let node = try child(key)
        guard case .string(let text) = node.value else { return try decode(type, forKey: key, generic: ()) }
        return TextSanitizer.clean(text)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let node = lookup(key) else { return nil }
        switch node.value {
        case .null: return nil
        case .string(let text): return TextSanitizer.clean(text)
        default: return try decodeValue(type, from: node, owner: decoder, key: key)
        }
    }

    /// The generic path, for the error a wrong type gets.
    private func decode<T: Decodable>(_ type: T.Type, forKey key: Key, generic: Void) throws -> T {
        let node = try child(key)
        if case .null = node.value {
            throw DecodingError.valueNotFound(type, .init(codingPath: decoder.path(adding: key), debugDescription: "expected a value, found null"))
        }
        return try decodeValue(type, from: node, owner: decoder, key: key)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = lookup(key) else { return nil }
        if case .null = node.value { return nil }
        return try decodeValue(type, from: node, owner: decoder, key: key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(node: child(key), parent: decoder, key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try NodeDecoder(node: child(key), parent: decoder, key: key).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> Decoder {
        NodeDecoder(node: try child(key), parent: decoder, key: key)
    }
}

private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    let elements: [JSONNode]
    var currentIndex = 0

    init(decoder: NodeDecoder, elements: [JSONNode]) {
        self.decoder = decoder
        self.elements = elements
    }

    var codingPath: [CodingKey] { decoder.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> (JSONNode, PathKey) {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "the array has too few elements"))
        }
        defer { currentIndex += 1 }
        return (elements[currentIndex], PathKey(intValue: currentIndex))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, case .null = elements[currentIndex].value else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (node, key) = try next()
        if case .null = node.value {
            throw DecodingError.valueNotFound(type, .init(codingPath: decoder.path(adding: key), debugDescription: "expected a value, found null"))
        }
        return try decodeValue(type, from: node, owner: decoder, key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (node, key) = try next()
        return try NodeDecoder(node: node, parent: decoder, key: key).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let (node, key) = try next()
        return try NodeDecoder(node: node, parent: decoder, key: key).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder {
        let (node, key) = try next()
        return NodeDecoder(node: node, parent: decoder, key: key)
    }
}

private struct SingleNodeContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder
    var codingPath: [CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool {
        if case .null = decoder.node.value { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if case .null = decoder.node.value {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "expected a value, found null"))
        }
        return try decodeValue(type, from: decoder.node, owner: decoder, key: nil)
    }
}
