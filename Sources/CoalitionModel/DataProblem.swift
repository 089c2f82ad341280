/// One thing wrong with the data, located as precisely as it can be.
public struct DataProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// The data could not be read at all (missing, unreadable, a folder where a file should be).
        case unreadable
        /// The file is not strict JSON.
        case syntax
        /// The JSON is well formed but says something invalid.
        case meaning
    }

    public var kind: Kind
    public var file: String
    public var position: TextPosition?
    public var path: String?
    public var message: String

    public init(kind: Kind, file: String, position: TextPosition? = nil, path: String? = nil, message: String) {
        self.kind = kind
        self.file = TextSanitizer.clean(file)
        self.position = position
        self.path = path.map(TextSanitizer.clean)
        self.message = TextSanitizer.clean(message)
    }

    /// `FILE:LINE:COLUMN: message` for syntax, `FILE: path.to.field: message` for meaning.
    public var description: String {
        switch (kind, position, path) {
        case (.syntax, let position?, _):
            return "\(file):\(position.line):\(position.column): \(message)"
        case (_, let position?, let path?):
            return "\(file): \(path): \(message) (line \(position.line))"
        case (_, nil, let path?):
            return "\(file): \(path): \(message)"
        default:
            return "\(file): \(message)"
        }
    }
}

/// Formats a coding path as `meetings[3].sources[0].url`.
func fieldPath(_ keys: [CodingKey]) -> String {
    var text = ""
    for key in keys {
        if let index = key.intValue {
            text += "[\(index)]"
        } else {
            text += text.isEmpty ? key.stringValue : "." + key.stringValue
        }
    }
    return text
}
