/// A JSON value for building fixture files in code. Objects keep their key order, so the written
/// file reads the way the test wrote it.
enum FixtureJSON: Sendable {
    case null
    case bool(Bool)
    /// The number as it is written in the file.
    case number(String)
    case string(String)
    case array([FixtureJSON])
    case object([(key: String, value: FixtureJSON)])

    /// A member of an object; setting nil removes it, setting a new key appends it.
    subscript(key: String) -> FixtureJSON? {
        get {
            guard case .object(let members) = self else { return nil }
            return members.first { $0.key == key }?.value
        }
        set {
            guard case .object(var members) = self else { preconditionFailure("not an object: \(key)") }
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append((key, newValue))
            }
            self = .object(members)
        }
    }

    /// An element of an array.
    subscript(index: Int) -> FixtureJSON {
        get {
            guard case .array(let elements) = self else { preconditionFailure("not an array") }
            return elements[index]
        }
        set {
            guard case .array(var elements) = self else { preconditionFailure("not an array") }
            elements[index] = newValue
            self = .array(elements)
        }
    }

    mutating func append(_ element: FixtureJSON) {
        guard case .array(var elements) = self else { preconditionFailure("not an array") }
        elements.append(element)
        self = .array(elements)
    }

    /// Pretty-printed JSON, one member or element a line, indented by two spaces.
    func serialized(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return text
        case .string(let text): return Self.quoted(text)
        case .array(let elements):
            if elements.isEmpty { return "[]" }
            let lines = elements.map { inner + $0.serialized(indent: inner) }
            return "[\n" + lines.joined(separator: ",\n") + "\n" + indent + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            let lines = members.map { inner + Self.quoted($0.key) + ": " + $0.value.serialized(indent: inner) }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case _ where scalar.value < 0x20:
                let digits = String(scalar.value, radix: 16, uppercase: true)
                output += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}

extension FixtureJSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .number(String(value)) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: FixtureJSON...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, FixtureJSON)...) { self = .object(elements.map { (key: $0.0, value: $0.1) }) }
}
