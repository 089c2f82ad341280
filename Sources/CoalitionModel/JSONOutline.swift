#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A data file's top level read without building its lists: each member's key, where its value
/// starts, and for an array where each element lies. Elements are parsed one at a time later, so
/// a whole file never sits in memory as a tree and its records can be decoded in parallel.
struct JSONOutline: Sendable {
    struct Member: Sendable {
        var key: String
        var valueOffset: Int
        /// "an array", "an object", … for messages about the wrong kind of value.
        var valueKind: String
        /// Byte ranges of the elements, when the value is an array.
        var elements: [Range<Int>]?
    }

    /// Nil when the top level is not an object.
    var members: [Member]?
    var topLevelKind: String
}

extension StrictJSONParser {
    /// Outlines a document; throws on any syntax error outside the arrays' elements. Elements are
    /// only delimited here and checked by `parseElement`.
    static func outline(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> JSONOutline {
        var parser = StrictJSONParser(bytes: bytes)
        return try parser.outlineDocument()
    }

    /// Parses one element that `outline` delimited; its nesting counts from inside the top-level
    /// object and array, as in a whole-file parse.
    static func parseElement(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, meter: WorkMeter? = nil) throws(SyntaxError) -> JSONNode {
        var parser = StrictJSONParser(bytes: bytes)
        parser.index = range.lowerBound
        parser.depth = 2
        defer { meter?.add(parser.keyChecks) }
        let node = try parser.parseValue()
        guard parser.index == range.upperBound else {
            throw SyntaxError(offset: parser.index, message: "unexpected \(parser.describeByte(at: parser.index))")
        }
        return node
    }

    private mutating func outlineDocument() throws(SyntaxError) -> JSONOutline {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else {
            // Not an object: parse it whole, for its syntax errors or its kind.
            let node = try parseDocumentFromHere()
            return JSONOutline(members: nil, topLevelKind: node.typeName)
        }
        index += 1
        var members: [JSONOutline.Member] = []
        var keys: Set<String> = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw SyntaxError(offset: index, message: "outline") }
                let key = try parseString()
                if !keys.insert(key).inserted { throw SyntaxError(offset: index, message: "duplicate") }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw SyntaxError(offset: index, message: "outline") }
                index += 1
                skipWhitespace()
                let valueOffset = index
                if index < bytes.count, bytes[index] == UInt8(ascii: "[") {
                    members.append(.init(key: key, valueOffset: valueOffset, valueKind: "an array", elements: try delimitElements()))
                } else {
                    depth = 1
                    let node = try parseValue()
                    members.append(.init(key: key, valueOffset: valueOffset, valueKind: node.typeName, elements: nil))
                }
                skipWhitespace()
                guard index < bytes.count else { throw SyntaxError(offset: index, message: "outline") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                guard bytes[index] == UInt8(ascii: "}") else { throw SyntaxError(offset: index, message: "outline") }
                index += 1
                break
            }
        }
        skipWhitespace()
        if index < bytes.count { throw SyntaxError(offset: index, message: "outline") }
        return JSONOutline(members: members, topLevelKind: "an object")
    }

    private mutating func parseDocumentFromHere() throws(SyntaxError) -> JSONNode {
        guard index < bytes.count else { throw SyntaxError(offset: index, message: "empty") }
        let node = try parseValue()
        skipWhitespace()
        if index < bytes.count { throw SyntaxError(offset: index, message: "trailing") }
        return node
    }

    /// The ranges of an array's elements, found by matching brackets outside strings. The strict
    /// parse of each element later confirms them.
    private mutating func delimitElements() throws(SyntaxError) -> [Range<Int>] {
        index += 1
        var ranges: [Range<Int>] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return ranges
        }
        while true {
            skipWhitespace()
            let start = index
            try skipValue()
            ranges.append(start..<index)
            skipWhitespace()
            guard index < bytes.count else { throw SyntaxError(offset: index, message: "outline") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "]") else { throw SyntaxError(offset: index, message: "outline") }
            index += 1
            return ranges
        }
    }

    private mutating func skipValue() throws(SyntaxError) {
        guard index < bytes.count else { throw SyntaxError(offset: index, message: "outline") }
        switch bytes[index] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var nesting = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "{"), UInt8(ascii: "["): nesting += 1; index += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    nesting -= 1
                    index += 1
                    if nesting == 0 { return }
                case UInt8(ascii: "\""): try skipString()
                default: index += 1
                }
            }
            throw SyntaxError(offset: index, message: "outline")
        case UInt8(ascii: "\""):
            try skipString()
        default:
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), 0x20, 0x09, 0x0A, 0x0D: return
                default: index += 1
                }
            }
        }
    }

    /// Jumps to the closing quote with `memchr`: a quote preceded by an odd run of backslashes is
    /// escaped and the search goes on.
    private mutating func skipString() throws(SyntaxError) {
        index += 1
        guard let base = bytes.baseAddress else { throw SyntaxError(offset: index, message: "outline") }
        while index < bytes.count {
            guard let found = memchr(base + index, Int32(UInt8(ascii: "\"")), bytes.count - index) else { break }
            let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var backslashes = 0
            while quote - backslashes - 1 >= index, bytes[quote - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
            index = quote + 1
            if backslashes % 2 == 0 { return }
        }
        throw SyntaxError(offset: bytes.count, message: "outline")
    }
}
