#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// Validated data sets kept between runs, so opening files unchanged since the last open skips
/// parsing and checking them. A snapshot is used only when the fingerprint of the data files'
/// exact bytes (with the program's identity, the snapshot format and the records' field names)
/// equals the one it was made from, and when its own checksum holds; anything else is ignored and
/// the JSON is loaded in full. Failing to write one is silent: it is only ever a shortcut. What it
/// holds is the records' values as their readers read them (`SnapshotRecording.swift`).
public struct SnapshotCache: Sendable {
    /// Bumped whenever the layout below changes.
    static let formatVersion: UInt64 = 4
    static let magic = Array("COALSNAP".utf8)
    /// magic, key, build key, payload length, payload checksum; the payload is laid out in
    /// `SnapshotSections`. The build key is the key before any file is added to it (`keyHash`):
    /// it tells a snapshot this build wrote before the files are fingerprinted.
    static let headerSize = 8 + 16 + 16 + 8 + 16

    /// The folder snapshots are kept in.
    public let directory: String
    /// What makes one build of the program differ from another: its version and anything else
    /// the caller knows (the executable's size and time), so a new build never reads an old snapshot.
    public let programIdentity: String

    public init(directory: String, programIdentity: String) {
        self.directory = directory
        self.programIdentity = programIdentity
    }

    /// `$XDG_CACHE_HOME/coalition`, else `~/.cache/coalition`; nil when neither is known. The XDG
    /// base directory rules ignore a relative `XDG_CACHE_HOME`.
    public static func standardDirectory(environment: [String: String]) -> String? {
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") { return base + "/coalition" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/coalition" }
        return nil
    }

    // MARK: Keys and places

    /// The fingerprint a snapshot must carry to stand for these files: started here, then fed
    /// each data file's name, length and bytes.
    func keyHash(scope: Set<DataFile>) -> ContentHash {
        var hash = ContentHash()
        hash.add(SnapshotCache.formatVersion)
        hash.add(programIdentity)
        for file in DataFile.allCases where scope.contains(file) { hash.add(file.fileName) }
        // The records' fields as their readers ask for them: a new field is a new format.
        let fieldLists: [[(name: String, required: Bool)]] = [
            Meeting.fields, Resolution.fields, FocusGroupSession.fields, Member.fields, MemberCount.fields,
            RegionArea.fields, Country.fields, AnalystRegion.fields, Source.fields, Dispute.fields, DisputedValue.fields,
            JoinDate.fields,
        ]
        for fields in fieldLists {
            hash.add(UInt64(fields.count))
            for field in fields { hash.add(field.name + (field.required ? "!" : "?")) }
        }
        // A word of a vocabulary is recorded by its turn among the words: a new word is a new format.
        let vocabularies: [[String]] = [
            Reliability.words, Confidence.words, MeetingKind.words, WordingStatus.words, Theme.words, MemberKind.words,
            CountQualifier.words, TextStatus.words,
        ]
        for words in vocabularies {
            hash.add(UInt64(words.count))
            for word in words { hash.add(word) }
        }
        return hash
    }

    /// One snapshot per data folder and set of files read, replaced when the data changes.
    func path(folder: String, scope: Set<DataFile>) -> String {
        var name = ContentHash()
        name.add(SnapshotCache.canonical(folder))
        for file in DataFile.allCases where scope.contains(file) { name.add(file.fileName) }
        return directory + "/" + name.digest.prefix(12).map { hex($0) }.joined() + ".snapshot"
    }

    /// True when the cache folder lies inside the data folder: nothing is written next to the data.
    func liesInside(_ folder: String) -> Bool {
        let data = SnapshotCache.canonical(folder)
        let cache = SnapshotCache.canonical(directory)
        return cache == data || cache.hasPrefix(data.hasSuffix("/") ? data : data + "/")
    }

    /// The path with links and dots resolved, as far as it exists (a cache folder may not yet).
    static func canonical(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        var parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard let last = parts.popLast() else { return path }
        let parent = (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
        let base = canonical(parent.isEmpty ? "." : parent)
        return (base.hasSuffix("/") ? base : base + "/") + last
    }

    // MARK: Reading

    /// The data set a valid snapshot at `path` holds for `key`; nil for a missing, stale, damaged
    /// or unreadable one.
    func read(_ path: String, key: [UInt8]) -> Dataset? {
        read(path, expecting: key, at: 8..<24) { key }
    }

    /// The data set a valid snapshot at `path` holds, if this build (`build`, its build key)
    /// wrote it and it was made for the key `key` gives once the records are replayed (a key
    /// worked out meanwhile); nil otherwise. Records of another build are never replayed.
    func read(_ path: String, build: [UInt8], keyAfterReplay key: () -> [UInt8]?) -> Dataset? {
        read(path, expecting: build, at: 24..<40, keyAfterReplay: key)
    }

    /// `expected` is checked against the header's bytes at `range` before the records are
    /// replayed, the key `keyAfterReplay` gives after.
    private func read(_ path: String, expecting expected: [UInt8], at range: Range<Int>, keyAfterReplay: () -> [UInt8]?) -> Dataset? {
        // Mapped rather than copied: the replay copies every value out before the mapping goes.
        // The snapshot is only ever replaced by a rename, never rewritten in place, so the
        // mapped file cannot shrink under the reader.
        FileReader.withMappedFile(path) { file -> Dataset? in
            guard file.count >= SnapshotCache.headerSize, file.starts(with: SnapshotCache.magic), file[range].elementsEqual(expected) else { return nil }
            let length = file.loadUnaligned(fromByteOffset: 40, as: UInt64.self).littleEndian
            guard length == UInt64(file.count - SnapshotCache.headerSize) else { return nil }
            let payload = UnsafeRawBufferPointer(rebasing: file[SnapshotCache.headerSize...])
            // The checksum is worked out beside the replay, on another core for a large snapshot:
            // replaying damaged bytes is safe (every read is checked), and the data set is used
            // only when the checksum holds. It is waited for before the mapping goes.
            let expected = Array(file[48..<64])
            nonisolated(unsafe) let bytes = payload
            let checksumHolds = SideTask(bytes: payload.count) {
                var check = ContentHash()
                check.add(bytes)
                return check.digest == expected
            }
            let dataset = SnapshotSections.dataset(from: payload)
            guard checksumHolds.result else { return nil }
            return keyAfterReplay().map { file[8..<24].elementsEqual($0) } == true ? dataset : nil
        } ?? nil
    }

    // MARK: Writing

    /// A writer for the snapshot at `path`, whose sections are written as the load records them;
    /// nil when the cache folder cannot be made or written.
    func writer(to path: String, key: [UInt8], build: [UInt8]) -> SnapshotWriter? {
        guard makeDirectory() else { return nil }
        removeAbandonedTemporaries()
        return SnapshotWriter(path: path, key: key + build)
    }

    /// Deletes the temporary files of writers that were killed before they finished: those whose
    /// process is gone and that have not changed for a minute (a folder shared between machines
    /// may hold a live writer whose process this machine cannot see).
    func removeAbandonedTemporaries() {
        guard let folder = opendir(directory) else { return }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let writer = SnapshotWriter.process(writingTemporary: name), writer != getpid(),
                  kill(writer, 0) != 0, errno == ESRCH else { continue }
            let path = directory + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, time(nil) - info.st_mtim.tv_sec > 60 else { continue }
            unlink(path)
        }
    }

    private func makeDirectory() -> Bool {
        var made = ""
        for part in directory.split(separator: "/") {
            made += "/" + part
            if mkdir(made, 0o700) != 0 && errno != EEXIST { return false }
        }
        return FileReader.isDirectory(directory)
    }
}

private extension KnownValues {
    static var words: [String] { allCases.map(\.rawValue) }
}

private func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
}
