import CoalitionModel

/// The error the parser throws for `bytes`, or nil when it accepts them.
func syntaxError(_ bytes: [UInt8]) -> StrictJSONParser.SyntaxError? {
    do {
        _ = try StrictJSONParser.parse(bytes)
        return nil
    } catch {
        return error
    }
}

func syntaxError(_ text: String) -> StrictJSONParser.SyntaxError? {
    syntaxError(Array(text.utf8))
}

/// A parsed tree as compact JSON text (strings unescaped), to compare trees in one line.
func compactText(_ node: JSONNode) -> String {
    switch node.value {
    case .null: "null"
    case .bool(let flag): flag ? "true" : "false"
    case .number(let text): text
    case .string(let text): "\"\(text)\""
    case .array(let elements): "[" + elements.map(compactText).joined(separator: ",") + "]"
    case .object(let members): "{" + members.map { "\"\($0.key)\":" + compactText($0.node) }.joined(separator: ",") + "}"
    }
}

/// The byte offset of the first occurrence of `needle` in `text`.
func byteOffset(of needle: String, in text: String, occurrence: Int = 1) -> Int {
    let bytes = Array(text.utf8)
    let pattern = Array(needle.utf8)
    var found = 0
    for start in 0...(bytes.count - pattern.count) where Array(bytes[start..<start + pattern.count]) == pattern {
        found += 1
        if found == occurrence { return start }
    }
    preconditionFailure("\(needle) occurs fewer than \(occurrence) times")
}
