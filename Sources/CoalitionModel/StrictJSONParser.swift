/// A JSON parser that accepts exactly RFC 8259 and nothing more. Foundation's parsers accept
/// trailing commas and silently resolve duplicate keys; hand-edited data needs both caught.
public struct StrictJSONParser {
    public struct SyntaxError: Error, Sendable {
        public var offset: Int
        public var message: String
        /// For a duplicate key, where the key was first written; `parse` names its line in the
        /// message. Kept as an offset so that finding the line costs nothing until it is shown.
        var firstOffset: Int? = nil
    }

    /// Deep nesting is refused before it can exhaust the stack.
    public static let maximumDepth = 512

    /// The file's bytes; reading through a buffer pointer spares a bounds check per byte.
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0
    /// Keys compared or hashed to find duplicates, for tests that check the work is linear.
    var keyChecks = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONNode {
        let result: Result<JSONNode, SyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = StrictJSONParser(bytes: buffer)
            return Result { () throws(SyntaxError) -> JSONNode in try parser.parseDocument() }
        }
        do {
            return try result.get()
        } catch var error {
            if let first = error.firstOffset {
                error.message += " (first at line \(TextPosition(offset: first, in: bytes).line))"
                error.firstOffset = nil
            }
            throw error
        }
    }

    private mutating func parseDocument() throws(SyntaxError) -> JSONNode {
        // RFC 8259 lets parsers ignore a byte order mark; editors on some systems add one.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipWhitespace()
        guard index < bytes.count else {
            throw SyntaxError(offset: index, message: index == 0 ? "the file is empty" : "no JSON value in the file")
        }
        let node = try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw SyntaxError(offset: index, message: "unexpected \(describeByte(at: index)) after the end of the JSON value")
        }
        return node
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Parses one value into a tree. The value is parsed onto a tape first, so the syntax rules,
    /// their messages and the duplicate-key check have one definition (`parseValue(onto:)`).
    mutating func parseValue() throws(SyntaxError) -> JSONNode {
        var tape: [JSONTape.Entry] = []
        try parseValue(onto: &tape)
        return JSONTape.node(at: 0, of: tape, in: bytes)
    }

    private mutating func enterNesting() throws(SyntaxError) {
        depth += 1
        if depth > StrictJSONParser.maximumDepth {
            throw SyntaxError(offset: index, message: "nesting deeper than \(StrictJSONParser.maximumDepth) levels")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(SyntaxError) {
        let start = index
        let count = literal.utf8CodeUnitCount
        let matches = literal.withUTF8Buffer { expected in
            start + count <= bytes.count && (0..<count).allSatisfy { bytes[start + $0] == expected[$0] }
        }
        guard matches else {
            throw SyntaxError(offset: start, message: "unexpected \(describeByte(at: start)), expected a value")
        }
        index += count
    }

    /// Checks a number's syntax and moves past it.
    private mutating func scanNumber() throws(SyntaxError) {
        let start = index
        func digits() -> Int {
            let first = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - first
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else {
            throw SyntaxError(offset: start, message: "invalid number: a digit must follow '-'")
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                throw SyntaxError(offset: start, message: "invalid number: leading zeros are not allowed")
            }
        } else {
            _ = digits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw SyntaxError(offset: start, message: "invalid number: a digit must follow '.'") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw SyntaxError(offset: start, message: "invalid number: the exponent has no digits") }
        }
    }

    mutating func parseString() throws(SyntaxError) -> String {
        let start = index
        index += 1
        var contentStart = index
        var unescaped: [UInt8] = []
        var hasEscapes = false
        var isASCII = true
        while true {
            guard index < bytes.count else {
                throw SyntaxError(offset: start, message: "unterminated string")
            }
            let byte = bytes[index]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                isASCII = isASCII && byte < 0x80
                index += 1
            } else if byte == UInt8(ascii: "\"") {
                break
            } else if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                unescaped.append(contentsOf: bytes[contentStart..<index])
                try appendEscape(to: &unescaped)
                contentStart = index
            } else if byte < 0x20 {
                throw SyntaxError(offset: index, message: "unescaped control character U+\(hex(UInt32(byte))) in a string (write it as \\u\(hex(UInt32(byte))))")
            } else {
                index += 1
            }
        }
        let contentEnd = index
        index += 1
        if hasEscapes {
            unescaped.append(contentsOf: bytes[contentStart..<contentEnd])
            guard let text = String(validating: unescaped, as: UTF8.self) else {
                throw SyntaxError(offset: start, message: "the string is not valid UTF-8")
            }
            return text
        }
        let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<contentEnd])
        // Plain ASCII is valid UTF-8 as it stands; only other text needs checking.
        if isASCII { return String(decoding: content, as: UTF8.self) }
        guard let text = String(validating: content, as: UTF8.self) else {
            throw SyntaxError(offset: start, message: "the string is not valid UTF-8")
        }
        return text
    }

    private mutating func appendEscape(to output: inout [UInt8]) throws(SyntaxError) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else { throw SyntaxError(offset: escapeStart, message: "unterminated escape") }
        let letter = bytes[index]
        index += 1
        switch letter {
        case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): output.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            var scalarValue = try readHexQuad(escapeStart: escapeStart)
            if (0xD800...0xDBFF).contains(scalarValue) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw SyntaxError(offset: escapeStart, message: "a high surrogate \\u\(hex(scalarValue)) must be followed by a low surrogate")
                }
                index += 2
                let low = try readHexQuad(escapeStart: escapeStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw SyntaxError(offset: escapeStart, message: "a high surrogate \\u\(hex(scalarValue)) must be followed by a low surrogate")
                }
                scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalarValue) {
                throw SyntaxError(offset: escapeStart, message: "a lone low surrogate \\u\(hex(scalarValue))")
            }
            output.append(contentsOf: Array(String(Unicode.Scalar(scalarValue)!).utf8))
        default:
            throw SyntaxError(offset: escapeStart, message: "invalid escape \\\(printable(letter)) in a string")
        }
    }

    private mutating func readHexQuad(escapeStart: Int) throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw SyntaxError(offset: escapeStart, message: "\\u needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw SyntaxError(offset: escapeStart, message: "\\u needs four hex digits")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    func describeByte(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of file" }
        return "'\(printable(bytes[offset]))'"
    }
}

/// A byte as safe, visible text for an error message.
private func printable(_ byte: UInt8) -> String {
    if byte >= 0x21 && byte < 0x7F { return String(UnicodeScalar(byte)) }
    return "\\x" + hex(UInt32(byte), width: 2)
}

func hex(_ value: UInt32, width: Int = 4) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

// MARK: Flat parsing

extension StrictJSONParser {
    /// Parses one value onto a tape (`JSONTape`): the strict syntax, checked once, with no string
    /// or array made per value. A tree (`parseValue()`) is built from the tape.
    mutating func parseValue(onto tape: inout [JSONTape.Entry]) throws(SyntaxError) {
        guard index < bytes.count else {
            throw SyntaxError(offset: index, message: "unexpected end of file, expected a value")
        }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): try parseObject(onto: &tape)
        case UInt8(ascii: "["): try parseArray(onto: &tape)
        case UInt8(ascii: "\""):
            let form = try scanString()
            tape.append(JSONTape.Entry(kind: .string, offset: start, end: index, form: form))
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            tape.append(JSONTape.Entry(kind: .bool, offset: start, end: index, count: 1))
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            tape.append(JSONTape.Entry(kind: .bool, offset: start, end: index))
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            tape.append(JSONTape.Entry(kind: .null, offset: start, end: index))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try scanNumber()
            tape.append(JSONTape.Entry(kind: .number, offset: start, end: index))
        default:
            throw SyntaxError(offset: index, message: "unexpected \(describeByte(at: index)), expected a value")
        }
    }

    private mutating func parseObject(onto tape: inout [JSONTape.Entry]) throws(SyntaxError) {
        let start = index
        try enterNesting()
        index += 1
        let object = tape.count
        tape.append(JSONTape.Entry(kind: .object, offset: start, end: 0))
        var count = 0
        var seen: [String: Int] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            tape[object].end = tape.count
            return
        }
        var keyBits: UInt64 = 0
        while true {
            skipWhitespace()
            guard index < bytes.count else {
                throw SyntaxError(offset: index, message: "unexpected end of file inside an object")
            }
            guard bytes[index] == UInt8(ascii: "\"") else {
                let what = bytes[index] == UInt8(ascii: "}") ? "trailing comma before '}'" : "expected a string key, found \(describeByte(at: index))"
                throw SyntaxError(offset: index, message: what)
            }
            let keyOffset = index
            var key = JSONTape.Entry(kind: .string, offset: keyOffset, end: 0, form: try scanString())
            key.end = index
            var maySeenBefore = true
            if key.form == .ascii {
                key.count = JSONTape.hash(UnsafeBufferPointer(rebasing: bytes[(keyOffset + 1)..<(index - 1)]))
                // Before any key that is not ASCII, a clear bit means no earlier key is the same.
                maySeenBefore = keyBits & JSONTape.keyBit(key.count) != 0
                keyBits |= JSONTape.keyBit(key.count)
            } else {
                keyBits = .max
            }
            // Small objects are checked by a scan, large ones (maps, not records) by hashing.
            let duplicate: Int?
            if !maySeenBefore && count < 31 {
                keyChecks += 1
                duplicate = nil
            } else if count < 32 {
                keyChecks += count + 1
                duplicate = firstOffset(of: key, amongFirst: count, membersOf: object, on: tape)
            } else {
                keyChecks += 1
                duplicate = seen[JSONTape.text(of: key, in: bytes)]
            }
            if let first = duplicate {
                throw SyntaxError(offset: keyOffset, message: "duplicate key \"\(TextSanitizer.clean(JSONTape.text(of: key, in: bytes)))\"", firstOffset: first)
            }
            if count >= 31 {
                if seen.isEmpty {
                    keyChecks += count
                    var member = object + 1
                    for _ in 0..<count {
                        seen[JSONTape.text(of: tape[member], in: bytes)] = tape[member + 1].offset
                        member = JSONTape.next(after: member + 1, on: tape)
                    }
                }
                seen[JSONTape.text(of: key, in: bytes)] = keyOffset
            }
            tape.append(key)
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw SyntaxError(offset: index, message: "expected ':' after the key \"\(TextSanitizer.clean(JSONTape.text(of: key, in: bytes)))\"")
            }
            index += 1
            skipWhitespace()
            try parseValue(onto: &tape)
            count += 1
            skipWhitespace()
            guard index < bytes.count else {
                throw SyntaxError(offset: index, message: "unexpected end of file inside an object")
            }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                depth -= 1
                tape[object].count = Int32(count)
                tape[object].end = tape.count
                tape[object].keyBits = keyBits
                return
            default:
                throw SyntaxError(offset: index, message: "expected ',' or '}' in an object, found \(describeByte(at: index))")
            }
        }
    }

    /// Where the value of an earlier member with the same key starts, if there is one.
    private func firstOffset(of key: JSONTape.Entry, amongFirst count: Int, membersOf object: Int, on tape: [JSONTape.Entry]) -> Int? {
        var member = object + 1
        for _ in 0..<count {
            if JSONTape.sameKey(tape[member], key, in: bytes) { return tape[member + 1].offset }
            member = JSONTape.next(after: member + 1, on: tape)
        }
        return nil
    }

    private mutating func parseArray(onto tape: inout [JSONTape.Entry]) throws(SyntaxError) {
        let start = index
        try enterNesting()
        index += 1
        let array = tape.count
        tape.append(JSONTape.Entry(kind: .array, offset: start, end: 0))
        var count = 0
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            tape[array].end = tape.count
            return
        }
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]"), count > 0 {
                throw SyntaxError(offset: index, message: "trailing comma before ']'")
            }
            try parseValue(onto: &tape)
            count += 1
            skipWhitespace()
            guard index < bytes.count else {
                throw SyntaxError(offset: index, message: "unexpected end of file inside an array")
            }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                depth -= 1
                tape[array].count = Int32(count)
                tape[array].end = tape.count
                return
            default:
                throw SyntaxError(offset: index, message: "expected ',' or ']' in an array, found \(describeByte(at: index))")
            }
        }
    }

    /// Moves past a string and tells how its bytes become its text (`JSONTape.TextForm`). A string
    /// of any other form than the two fast ones is checked, with the same errors, by `parseString`.
    private mutating func scanString() throws(SyntaxError) -> JSONTape.TextForm {
        guard let base = bytes.baseAddress else { return try otherString() }
        let count = bytes.count
        var at = index + 1
        var form = JSONTape.TextForm.ascii
        while true {
            // Printable ASCII eight bytes at a time: most text is, and most of a file is text. The
            // lowest flagged byte is the first that is not.
            while at + 8 <= count {
                let flagged = Self.notPrintableRun(UInt64(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)))
                if flagged != 0 {
                    at += flagged.trailingZeroBitCount / 8
                    break
                }
                at += 8
            }
            guard at < count else { return try otherString() }
            let byte = base[at]
            if byte == UInt8(ascii: "\"") {
                index = at + 1
                return form
            }
            if byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") {
                at += 1
            } else if let length = Self.keptCharacterLength(base, at: at, count: count) {
                form = .clean
                at += length
            } else {
                return try otherString()
            }
        }
    }

    private mutating func otherString() throws(SyntaxError) -> JSONTape.TextForm {
        _ = try parseString()
        return .other
    }

    /// The high bit of each of eight bytes (read little-endian) that is not printable ASCII or is a
    /// quote or a backslash, exactly up to the first such byte: bytes after it may be flagged too.
    @inline(__always) private static func notPrintableRun(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let control = (word &- ones &* 0x20) & ~word & highs
        let deleteOrHigh = ((word &+ ones) | word) & highs
        return control | deleteOrHigh | hasZeroByte(word ^ (ones &* 0x22)) | hasZeroByte(word ^ (ones &* 0x5C))
    }

    /// The length of the UTF-8 character at `at` when it is one `TextSanitizer.clean` leaves as it
    /// is wherever it stands, and nil for any other bytes: U+00A0 to U+02FF but the soft hyphen
    /// (Latin letters, below the combining marks), kana (U+3040 to U+30FF) and U+4000 to U+9FFF
    /// (CJK ideographs). Each is valid UTF-8 as checked here, with no overlong form or surrogate.
    @inline(__always) private static func keptCharacterLength(_ base: UnsafePointer<UInt8>, at: Int, count: Int) -> Int? {
        let lead = base[at]
        func isContinuation(_ offset: Int) -> Bool { at + offset < count && base[at + offset] & 0xC0 == 0x80 }
        switch lead {
        case 0xC2:
            guard isContinuation(1), base[at + 1] >= 0xA0, base[at + 1] != 0xAD else { return nil }
            return 2
        case 0xC3...0xCB:
            return isContinuation(1) ? 2 : nil
        case 0xE3:
            // Not the voiced sound marks U+3099 and U+309A: combining, they get a base at the start.
            guard isContinuation(1), isContinuation(2), (0x81...0x83).contains(base[at + 1]),
                  base[at + 1] != 0x82 || (base[at + 2] != 0x99 && base[at + 2] != 0x9A) else { return nil }
            return 3
        case 0xE4...0xE9:
            return isContinuation(1) && isContinuation(2) ? 3 : nil
        default:
            return nil
        }
    }
}
