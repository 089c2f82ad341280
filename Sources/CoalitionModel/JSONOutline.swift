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

/// Checks, for fuzzing and its corpus, that the loader's fast steps agree with the plain ones.
public enum LoaderConsistency {
    /// Nil when the outline plus a parse of each element agrees with a parse of the whole document
    /// (both accept it, with the same tree and offsets, or both reject it) and when lines and columns
    /// found in one sweep equal those counted from the top; otherwise what disagrees.
    public static func disagreement(in bytes: [UInt8]) -> String? {
        if let disagreement = tapeDisagreement(bytes) { return disagreement }
        let whole = Result { () throws(StrictJSONParser.SyntaxError) -> JSONNode in try StrictJSONParser.parse(bytes) }
        let pieces = piecewise(bytes)
        switch (whole, pieces) {
        case (.success(let tree), .success(let members?)):
            guard case .object(let wholeMembers) = tree.value else { return "the outline found an object, the parser \(tree.typeName)" }
            guard wholeMembers.count == members.count else { return "the outline found \(members.count) members, the parser \(wholeMembers.count)" }
            for (whole, piece) in zip(wholeMembers, members) {
                guard whole.key == piece.key else { return "member \(piece.key) is \(whole.key) in the full parse" }
                if let elements = piece.elements {
                    guard case .array(let wholeElements) = whole.node.value, wholeElements.count == elements.count else {
                        return "the elements of \(piece.key) differ in number"
                    }
                    for (index, (a, b)) in zip(wholeElements, elements).enumerated() where !same(a, b) {
                        return "\(piece.key)[\(index)] differs from the full parse"
                    }
                } else if whole.node.offset != piece.valueOffset || whole.node.typeName != piece.valueKind {
                    return "member \(piece.key) differs from the full parse"
                }
            }
        case (.success(let tree), .success(nil)):
            if case .object = tree.value { return "the outline did not see the top-level object" }
        case (.success, .failure(let error)):
            return "the outline or an element rejected what the parser accepts: \(error.message) at \(error.offset)"
        case (.failure, .success):
            return "the outline and elements accepted what the parser rejects"
        case (.failure, .failure):
            break
        }
        return positionsDisagreement(bytes)
    }

    /// The outline's members, each array's elements parsed one by one, as the loader does.
    private static func piecewise(_ bytes: [UInt8]) -> Result<[(key: String, valueOffset: Int, valueKind: String, elements: [JSONNode]?)]?, StrictJSONParser.SyntaxError> {
        bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(StrictJSONParser.SyntaxError) -> [(key: String, valueOffset: Int, valueKind: String, elements: [JSONNode]?)]? in
                let outline = try StrictJSONParser.outline(buffer)
                guard let members = outline.members else { return nil }
                var result: [(key: String, valueOffset: Int, valueKind: String, elements: [JSONNode]?)] = []
                for member in members {
                    var elements: [JSONNode]?
                    if let ranges = member.elements {
                        elements = []
                        for range in ranges { elements?.append(try StrictJSONParser.parseElement(buffer, range: range)) }
                    }
                    result.append((member.key, member.valueOffset, member.valueKind, elements))
                }
                return result
            }
        }
    }

    private static func same(_ a: JSONNode, _ b: JSONNode) -> Bool {
        guard a.offset == b.offset else { return false }
        switch (a.value, b.value) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x.utf8.elementsEqual(y.utf8)
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key.utf8.elementsEqual($1.key.utf8) && same($0.node, $1.node) }
        default: return false
        }
    }

    /// Every record type read from each element's tape gives what it gives read from the same
    /// element as a tree (its text decoded by `parseString`, then cleaned): the same value, the same
    /// problems and the same values recorded for a snapshot, whichever text forms the tape took.
    private static func tapeDisagreement(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let members = (try? StrictJSONParser.outline(buffer))?.members else { return nil }
            var tape = JSONTape()
            for member in members {
                for (index, range) in (member.elements ?? []).enumerated() {
                    guard (try? tape.parse(element: range, of: buffer)) != nil else { continue }
                    let tree = JSONTape.node(at: 0, of: tape.entries, in: buffer)
                    let place = "\(member.key)[\(index)]"
                    if let found = readingDisagreement(Meeting.self, tree, tape, buffer, place) ?? readingDisagreement(Resolution.self, tree, tape, buffer, place)
                        ?? readingDisagreement(FocusGroupSession.self, tree, tape, buffer, place) ?? readingDisagreement(Member.self, tree, tape, buffer, place)
                        ?? readingDisagreement(MemberCount.self, tree, tape, buffer, place) ?? readingDisagreement(Source.self, tree, tape, buffer, place)
                        ?? readingDisagreement(RegionArea.self, tree, tape, buffer, place) ?? readingDisagreement(Country.self, tree, tape, buffer, place)
                        ?? readingDisagreement(AnalystRegion.self, tree, tape, buffer, place) {
                        return found
                    }
                }
            }
            return nil
        }
    }

    private static func readingDisagreement<Record: JSONRecord & Equatable>(
        _ type: Record.Type, _ tree: JSONNode, _ tape: JSONTape, _ bytes: UnsafeBufferPointer<UInt8>, _ place: String
    ) -> String? {
        func read(_ item: JSONItem) -> (record: Record?, problems: [ReadProblem], recorded: [UInt8]) {
            let recorder = SnapshotRecorder()
            let context = ReadContext(path: [PathKey("list")], recorder: recorder)
            let record = Record.read(item, at: PathKey(intValue: 0), in: context)
            return (record, context.problems, recorder.bytes)
        }
        let fromTree = JSONTape(tree).withRoot(read)
        let fromTape = tape.withRoot(in: bytes, read)
        if fromTree.record != fromTape.record { return "\(place) read as \(Record.self) from the tape differs from the tree" }
        if fromTree.problems != fromTape.problems { return "\(place) read as \(Record.self) from the tape has other problems than from the tree" }
        if fromTree.recorded != fromTape.recorded { return "\(place) read as \(Record.self) from the tape records other values than from the tree" }
        return nil
    }

    /// Lines and columns of a spread of offsets, found in one sweep and counted from the top.
    private static func positionsDisagreement(_ bytes: [UInt8]) -> String? {
        let step = max(1, bytes.count / 64)
        let offsets = stride(from: 0, through: bytes.count, by: step).reversed() + [bytes.count / 2, 0, bytes.count]
        var scanned = 0
        let swept = LineStarts(bytes).positions(of: Array(offsets), in: bytes, scanned: &scanned)
        for (offset, position) in zip(offsets, swept) where position != TextPosition(offset: offset, in: bytes) {
            return "offset \(offset) is at \(position) by the sweep, \(TextPosition(offset: offset, in: bytes)) from the top"
        }
        return nil
    }
}
