#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed JSON value that remembers where in its file it started, so that errors about meaning can
/// still point at a line and column.
public struct JSONNode: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        /// The number's text as written; decoding checks its range for the wanted type.
        case number(String)
        case string(String)
        case array([JSONNode])
        /// Members in file order. Keys are unique: the parser rejects duplicates.
        case object([(key: String, node: JSONNode)])
    }

    public var value: Value
    /// Byte offset of the value's first character in the file.
    public var offset: Int

    public var kind: JSONKind {
        switch value {
        case .null: .null
        case .bool: .bool
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }

    public var typeName: String { kind.typeName }
}

/// A line and column, both counted from 1; the column counts characters, not bytes.
public struct TextPosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public var description: String { "\(line):\(column)" }

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Finds the position of a byte offset in UTF-8 text.
    public init(offset: Int, in bytes: [UInt8]) {
        var line = 1
        var column = 1
        // A byte order mark is not a column an editor shows.
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1  // count lead bytes only, so a multi-byte character is one column
            }
            index += 1
        }
        self.line = line
        self.column = column
    }
}

/// Where each line of a file starts, so that many problems in one large file each find their
/// line and column without scanning the file from the top.
struct LineStarts: Sendable {
    private let starts: [Int]

    init(_ bytes: [UInt8]) {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset) {
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
        }
        self.starts = starts
    }

    /// The lines and columns of many offsets, in the order given. The offsets are visited in
    /// increasing order, and a column is counted on from the previous offset's when both lie on
    /// one line, so the whole costs one pass over the bytes plus a sort, however many offsets
    /// there are and however long the lines. `scanned` counts the bytes looked at.
    func positions(of offsets: [Int], in bytes: [UInt8], scanned: inout Int) -> [TextPosition] {
        var result = Array(repeating: TextPosition(line: 1, column: 1), count: offsets.count)
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        // A byte order mark is not a column an editor shows.
        var line = 0
        var cursor = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var column = 1
        for index in order {
            let offset = max(0, min(offsets[index], bytes.count))
            var target = line
            while target + 1 < starts.count, starts[target + 1] <= offset { target += 1 }
            scanned += target - line + 1
            if target != line {
                line = target
                cursor = starts[line]
                column = 1
            }
            while cursor < offset {
                if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
                cursor += 1
                scanned += 1
            }
            result[index] = TextPosition(line: line + 1, column: column)
        }
        return result
    }
}
