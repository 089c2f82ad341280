#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with plain POSIX calls, turning each failure into a message a person can act on.
enum FileReader {
    /// Larger files are refused rather than read into memory (docs/data-format.md, "Bounds").
    static let maximumSize = DataBounds.fileBytes

    enum Failure: Error {
        case missing, notAFile, unreadable(String), tooLarge(Int), special(String), encoding(String)

        var message: String {
            switch self {
            case .missing: "no such file"
            case .notAFile: "is a folder, not a file"
            case .unreadable(let reason): "cannot be read: \(reason)"
            case .tooLarge(let size): "is too large (\(size / 1_048_576) MiB; the limit is \(maximumSize / 1_048_576) MiB)"
            case .special(let kind): "is \(kind), not a regular file; point --data at a folder of JSON files"
            case .encoding(let name):
                "is encoded as \(name), but data files must be UTF-8; convert it, for example with iconv -f \(name.split(separator: " ").first ?? "UTF-16") -t UTF-8"
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

    /// Why `path` cannot serve as the data folder, in words that say what to fix; nil when it can.
    static func folderProblem(_ path: String) -> String? {
        if path.isEmpty { return "the data folder's path is empty; give a folder, as in --data data" }
        var info = stat()
        guard stat(path, &info) == 0 else {
            switch errno {
            case ENOENT: return lstat(path, &info) == 0 ? "is a symbolic link to something that does not exist" : "data folder not found"
            case ELOOP: return "is a symbolic link that loops back on itself (or a chain of more than 40 links)"
            case EACCES: return "cannot be opened: permission denied on the way to it"
            case ENOTDIR: return "data folder not found (a part of the path is a file, not a folder)"
            case let code: return "cannot be opened: " + String(cString: strerror(code)).lowercased()
            }
        }
        let type = info.st_mode & S_IFMT
        return type == S_IFDIR ? nil : "is \(kindName(type)), not a folder"
    }

    /// "a named pipe", "a character device"...: what a path is when it is not what was wanted.
    static func kindName(_ type: mode_t) -> String {
        switch type {
        case S_IFREG: "a file"
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "a special file"
        }
    }

    /// The encoding a byte-order mark or a pattern of zero bytes reveals, when it is not UTF-8.
    /// JSON text starts with ASCII, so UTF-16 and UTF-32 show zero bytes among the first four.
    static func foreignEncoding(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4)) + [UInt8](repeating: 1, count: max(0, 4 - bytes.count))
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF): return "UTF-32BE (big-endian, with a byte-order mark)"
        case (0xFF, 0xFE, 0x00, 0x00): return "UTF-32LE (little-endian, with a byte-order mark)"
        case (0xFE, 0xFF, _, _): return "UTF-16BE (big-endian, with a byte-order mark)"
        case (0xFF, 0xFE, _, _): return "UTF-16LE (little-endian, with a byte-order mark)"
        case (0x00, 0x00, 0x00, let c) where c != 0: return "UTF-32BE (big-endian)"
        case (let c, 0x00, 0x00, 0x00) where c != 0: return "UTF-32LE (little-endian)"
        case (0x00, let c, _, _) where c != 0 && bytes.count >= 2: return "UTF-16BE (big-endian)"
        case (let c, 0x00, _, _) where c != 0 && bytes.count >= 2: return "UTF-16LE (little-endian)"
        default: return nil
        }
    }

    static func read(_ path: String) throws(Failure) -> [UInt8] {
        let bytes = try readBytes(path)
        if let encoding = foreignEncoding(bytes) { throw .encoding(encoding) }
        return bytes
    }

    /// Feeds a regular file's bytes to `hash` through one small buffer, so fingerprinting a large
    /// file neither copies it whole nor asks for fresh memory; nil when it cannot be read. The
    /// buffer stays below malloc's mapping threshold: reused from the heap, its pages are not
    /// faulted in afresh for every file, which on a small data set cost more than the reads.
    static func fingerprint(_ path: String, into hash: inout ContentHash) -> Int? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let chunk = 64 << 10
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var total = 0
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress!, chunk)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { return total }
            hash.add(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            total += count
        }
    }

    /// True when the content and the status of every file in `paths` last changed before
    /// `reference` was last written: a hint that they are as they were then, never a proof.
    static func allChanged(before reference: String, _ paths: [String]) -> Bool {
        var info = stat()
        guard stat(reference, &info) == 0 else { return false }
        let mark = info.st_mtim
        func isEarlier(_ time: timespec) -> Bool { (time.tv_sec, time.tv_nsec) < (mark.tv_sec, mark.tv_nsec) }
        return paths.allSatisfy { path in stat(path, &info) == 0 && isEarlier(info.st_mtim) && isEarlier(info.st_ctim) }
    }

    /// The files' sizes added up, those that cannot be read counting none.
    static func totalSize(_ paths: [String]) -> Int {
        var info = stat()
        return paths.reduce(0) { total, path in stat(path, &info) == 0 ? total + Int(info.st_size) : total }
    }

    /// Calls `body` with a regular file's bytes mapped into memory, read only, and unmaps them
    /// after; nil when the file cannot be opened or mapped. Only for files that are replaced,
    /// never truncated, while being read: a mapped file that shrinks faults the reader.
    static func withMappedFile<Result>(_ path: String, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size <= maximumSize else { return nil }
        let size = Int(info.st_size)
        guard size > 0 else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        // Populated at once: one call maps every page, instead of a fault per page later.
        guard let start = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0), start != MAP_FAILED else { return nil }
        defer { munmap(start, size) }
        return body(UnsafeRawBufferPointer(start: start, count: size))
    }

    /// A regular file's bytes as they are, text or not (the snapshot cache's files are binary).
    static func readBytes(_ path: String) throws(Failure) -> [UInt8] {
        // Without O_NONBLOCK, opening a named pipe waits for a writer forever. It changes nothing
        // for the regular files that are read below; anything else is refused after fstat.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw .missing }
            if code == ELOOP { throw .unreadable("it is a symbolic link that loops back on itself") }
            throw .unreadable(String(cString: strerror(code)).lowercased())
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(String(cString: strerror(errno)).lowercased()) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .notAFile }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .special(kindName(info.st_mode & S_IFMT)) }
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
        // Files under /proc and /sys claim a size of 0 and still have content.
        if size == 0 {
            var probe: UInt8 = 0
            if Glibc.read(descriptor, &probe, 1) > 0 { throw .special("a special file whose size is not known in advance (as under /proc)") }
        }
        return bytes
    }
}
