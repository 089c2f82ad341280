#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A JSON value small enough to build per record and write at once.
enum JSON {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSON])
    /// Keys in the order written, like the shipped files.
    case object([(String, JSON)])

    static func strings(_ texts: [String]) -> JSON { .array(texts.map(JSON.string)) }
}

/// Writes one file of the form `{ "key": [ record, record, … ] }` record by record, pretty-printed
/// with two spaces like the shipped data, through a buffer so a million records never sit in memory.
struct JSONListFile {
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private var isFirstRecord = true
    private static let flushThreshold = 1 << 20

    init(path: String, key: String) throws(GenerateError) {
        guard let file = fopen(path, "w") else { throw GenerateError("cannot write \(path)") }
        self.file = file
        buffer.reserveCapacity(Self.flushThreshold + 65_536)
        append("{\n  \"\(key)\": [")
    }

    mutating func write(_ record: JSON) {
        append(isFirstRecord ? "\n    " : ",\n    ")
        isFirstRecord = false
        emit(record, indent: 4)
        if buffer.count >= Self.flushThreshold { flush() }
    }

    mutating func close() throws(GenerateError) {
        append(isFirstRecord ? "]\n}\n" : "\n  ]\n}\n")
        flush()
        guard fclose(file) == 0 else { throw GenerateError("cannot finish writing a data file") }
    }

    private mutating func flush() {
        buffer.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, file) }
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    private mutating func newline(_ indent: Int) {
        buffer.append(0x0A)
        buffer.append(contentsOf: repeatElement(0x20, count: indent))
    }

    private mutating func emit(_ value: JSON, indent: Int) {
        switch value {
        case .string(let text): emitString(text)
        case .int(let number): append(String(number))
        case .bool(let flag): append(flag ? "true" : "false")
        case .array(let elements):
            guard !elements.isEmpty else { return append("[]") }
            buffer.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                newline(indent + 2)
                emit(element, indent: indent + 2)
            }
            newline(indent)
            buffer.append(UInt8(ascii: "]"))
        case .object(let members):
            buffer.append(UInt8(ascii: "{"))
            for (index, (key, member)) in members.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                newline(indent + 2)
                emitString(key)
                append(": ")
                emit(member, indent: indent + 2)
            }
            newline(indent)
            buffer.append(UInt8(ascii: "}"))
        }
    }

    private mutating func emitString(_ text: String) {
        buffer.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                buffer.append(UInt8(ascii: "\\"))
                buffer.append(byte)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                buffer.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default:
                buffer.append(byte)
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }
}

struct GenerateError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
