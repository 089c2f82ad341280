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
