#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process environment and standard error, without Foundation.
enum ProcessEnvironment {
    static var variables: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}

/// Writes a line to standard error; stdout stays clean for data.
func printError(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    var written = 0
    while written < bytes.count {
        let count = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress! + written, $0.count - written) }
        if count <= 0 { break }
        written += count
    }
}

/// Ends the process once a command's work is done. Freeing a large data set record by record
/// takes a noticeable part of a second; the system reclaims the memory at once.
func exitWithoutTearDown() -> Never {
    exit(EXIT_SUCCESS)
}

/// Writes a long document and a newline to standard output in its pieces, never joined into one
/// string.
func printBytes(_ pieces: [[UInt8]]) {
    writeDocument { deliver in
        for piece in pieces + [[UInt8(ascii: "\n")]] { deliver(piece) }
    }
}

/// Writes the pieces `document` hands on to standard output as they come; whatever `print` still
/// holds in its buffer goes out first, so the order is kept. Once a write fails (the reader went
/// away) the rest is dropped, so what was written is never followed by a later piece after a gap.
func writeDocument(_ document: (([UInt8]) -> Void) -> Void) {
    fflush(nil)
    var failed = false
    document { piece in
        var written = 0
        while !failed, written < piece.count {
            let count = piece.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress! + written, $0.count - written) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { failed = true }
            written += max(0, count)
        }
    }
}
