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

/// A coding key for array positions and object members met while decoding.
struct PathKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
    init(_ name: String) { self.stringValue = name }
}

final class NodeDecoder: Decoder {
    let node: JSONNode
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Which of the object's members the decoded type asked for; the others are unknown fields.
    fileprivate var usedMembers: [Bool] = []
    /// The names the type asked for, kept only to suggest one when a field is unknown.
    fileprivate var requestedKeys: [String] = []
    fileprivate var usedKeyedContainer = false

    init(node: JSONNode, codingPath: [CodingKey]) {
        self.node = node
        self.codingPath = codingPath
    }

    func decodeChecked<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try T(from: self)
        if usedKeyedContainer, case .object(let members) = node.value {
            for (index, member) in members.enumerated() where !usedMembers[index] {
                var message = "unknown field \"\(TextSanitizer.clean(member.key))\""
                if let guess = NameMatcher.nearest(to: member.key, in: Array(requestedKeys)) {
                    message += " (did you mean \"\(guess)\"?)"
                }
                throw DecodingError.dataCorrupted(.init(codingPath: codingPath + [PathKey(member.key)], debugDescription: message))
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
        return UnkeyedNodeContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

private func typeMismatch(_ type: Any.Type, expected: String, node: JSONNode, path: [CodingKey]) -> DecodingError {
    .typeMismatch(type, .init(codingPath: path, debugDescription: "expected \(expected), found \(node.typeName)"))
}

/// Decodes scalars from a node; shared by all three container kinds.
private func decodeScalar<T: Decodable>(_ type: T.Type, from node: JSONNode, path: [CodingKey]) throws -> T {
    // Strings are most of the data; compare the metatype before any dynamic cast.
    if T.self == String.self {
        guard case .string(let text) = node.value else { throw typeMismatch(type, expected: "a string", node: node, path: path) }
        return unsafeBitCast(TextSanitizer.clean(text), to: T.self)
    }
    switch type {
    case is Bool.Type:
        guard case .bool(let flag) = node.value else { throw typeMismatch(type, expected: "true or false", node: node, path: path) }
        return flag as! T
    case is Int.Type:
        guard case .number(let text) = node.value else { throw typeMismatch(type, expected: "a whole number", node: node, path: path) }
        guard let number = Int(text) else {
            let reason = text.contains(where: { ".eE".contains($0) }) ? "expected a whole number, found \(text)" : "number out of range: \(text)"
            throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: reason))
        }
        return number as! T
    case is Double.Type:
        guard case .number(let text) = node.value else { throw typeMismatch(type, expected: "a number", node: node, path: path) }
        guard let number = Double(text), number.isFinite else {
            throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "number out of range: \(text)"))
        }
        return number as! T
    default:
        let decoder = NodeDecoder(node: node, codingPath: path)
        return try decoder.decodeChecked(type)
    }
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

    /// Records are small objects, so a scan beats hashing every key.
    private func lookup(_ key: Key) -> JSONNode? {
        let name = key.stringValue
        decoder.requestedKeys.append(name)
        guard let index = members.firstIndex(where: { $0.key == name }) else { return nil }
        decoder.usedMembers[index] = true
        return members[index].node
    }

    func contains(_ key: Key) -> Bool {
        lookup(key) != nil
    }

    private func child(_ key: Key) throws -> JSONNode {
        guard let node = lookup(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath + [key], debugDescription: "missing required field \"\(key.stringValue)\""))
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
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [key], debugDescription: "expected a value, found null"))
        }
        return try decodeScalar(type, from: node, path: codingPath + [key])
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = lookup(key) else { return nil }
        if case .null = node.value { return nil }
        return try decodeScalar(type, from: node, path: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(node: child(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try NodeDecoder(node: child(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> Decoder {
        NodeDecoder(node: try child(key), codingPath: codingPath + [key])
    }
}

private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let elements: [JSONNode]
    let codingPath: [CodingKey]
    var currentIndex = 0

    init(elements: [JSONNode], codingPath: [CodingKey]) {
        self.elements = elements
        self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> (JSONNode, [CodingKey]) {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "the array has too few elements"))
        }
        defer { currentIndex += 1 }
        return (elements[currentIndex], codingPath + [PathKey(intValue: currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, case .null = elements[currentIndex].value else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (node, path) = try next()
        if case .null = node.value {
            throw DecodingError.valueNotFound(type, .init(codingPath: path, debugDescription: "expected a value, found null"))
        }
        return try decodeScalar(type, from: node, path: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (node, path) = try next()
        return try NodeDecoder(node: node, codingPath: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let (node, path) = try next()
        return try NodeDecoder(node: node, codingPath: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder {
        let (node, path) = try next()
        return NodeDecoder(node: node, codingPath: path)
    }
}

private struct SingleNodeContainer: SingleValueDecodingContainer {
    let node: JSONNode
    let codingPath: [CodingKey]

    func decodeNil() -> Bool {
        if case .null = node.value { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if case .null = node.value {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "expected a value, found null"))
        }
        return try decodeScalar(type, from: node, path: codingPath)
    }
}
