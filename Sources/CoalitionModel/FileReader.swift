#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with plain POSIX calls, turning each failure into a message a person can act on.
enum FileReader {
    /// Larger files are refused rather than read into memory.
    static let maximumSize = 512 * 1024 * 1024

    enum Failure: Error {
        case missing, notAFile, unreadable(String), tooLarge(Int)

        var message: String {
            switch self {
            case .missing: "no such file"
            case .notAFile: "is a folder, not a file"
            case .unreadable(let reason): "cannot be read: \(reason)"
            case .tooLarge(let size): "is too large (\(size / 1_048_576) MiB; the limit is \(maximumSize / 1_048_576) MiB)"
            }
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    static func read(_ path: String) throws(Failure) -> [UInt8] {
        // Without O_NONBLOCK, opening a named pipe waits for a writer forever. It changes nothing
        // for the regular files that are read below; anything else is refused after fstat.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw .missing }
            throw .unreadable(String(cString: strerror(code)).lowercased())
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(String(cString: strerror(errno)).lowercased()) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .notAFile }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .unreadable("not a regular file") }
        let size = Int(info.st_size)
        if size > maximumSize { throw .tooLarge(size) }
        // Read straight into uninitialised storage: zero-filling a large file first costs a pass.
        var failure: Failure?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialised in
            var filled = 0
            while filled < size {
                let count = Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = .unreadable(String(cString: strerror(errno)).lowercased())
                    break
                }
                if count == 0 { break }
                filled += count
            }
            initialised = filled
        }
        if let failure { throw failure }
        return bytes
    }
}
