#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// Writes one snapshot while the load that makes it runs: each recorded section goes to a
/// temporary file beside the snapshot's place as soon as it is handed over, on a queue of its own,
/// so the recorded values are never all held at once and the writing overlaps decoding and
/// checking. `finish` adds the table and the header, then renames the file into place, so a reader
/// sees the old snapshot or the new one, never half of one; `abandon` (or any failure) leaves nothing.
final class SnapshotWriter: Sendable {
    private struct State {
        var descriptor: Int32
        var failed = false
        var check = ContentHash()
        var length = 0
        /// Where each section lies in the payload, with its place in file order.
        var table: [(section: RecordedSection.Place, list: String, count: Int, offset: Int, length: Int)] = []
    }

    private let path: String
    private let temporary: String
    /// The snapshot's key and build key, as the header holds them.
    private let key: [UInt8]
    private let queue = DispatchQueue(label: "coalition.snapshot-writer")
    private let state: Mutex<State>

    init?(path: String, key: [UInt8]) {
        let temporary = path + ".\(getpid())" + SnapshotWriter.temporarySuffix
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        self.path = path
        self.temporary = temporary
        self.key = key
        state = Mutex(State(descriptor: descriptor))
        // Room for the header, written last.
        if !write([UInt8](repeating: 0, count: SnapshotCache.headerSize), at: 0, descriptor: descriptor) {
            state.withLock { $0.failed = true }
        }
    }

    /// A temporary file is named after the snapshot and the writing process: `NAME.snapshot.PID.tmp`.
    static let temporarySuffix = ".tmp"

    /// The process that writes (or wrote) the temporary file `name`; nil for any other file.
    static func process(writingTemporary name: String) -> pid_t? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[1] == "snapshot", "." + parts[3] == temporarySuffix, let process = pid_t(parts[2]), process > 0 else { return nil }
        return process
    }

    /// Queues a section's bytes for writing; the caller lets go of its copy.
    func append(_ section: RecordedSection) {
        queue.async { [self] in
            state.withLock { state in
                guard !state.failed else { return }
                let offset = state.length
                state.failed = !write(section.bytes, at: SnapshotCache.headerSize + offset, descriptor: state.descriptor)
                section.bytes.withUnsafeBytes { state.check.add($0) }
                state.length += section.bytes.count
                state.table.append((section.place, section.list, section.count, offset, section.bytes.count))
            }
        }
    }

    /// Waits for the queued sections, then writes the table and the header and puts the snapshot
    /// in place.
    func finish() {
        queue.sync {
            state.withLock { state in
                defer { state.descriptor = close(descriptor: state.descriptor) }
                guard !state.failed else {
                    unlink(temporary)
                    return
                }
                let table = SnapshotSections.table(state.table.sorted { $0.section < $1.section }.map { ($0.list, $0.count, $0.offset, $0.length) })
                table.withUnsafeBytes { state.check.add($0) }
                let payloadLength = state.length + table.count
                var header = SnapshotCache.magic + key
                withUnsafeBytes(of: UInt64(payloadLength).littleEndian) { header += $0 }
                header += state.check.digest
                let written = write(table, at: SnapshotCache.headerSize + state.length, descriptor: state.descriptor)
                    && write(header, at: 0, descriptor: state.descriptor)
                if !written || rename(temporary, path) != 0 { unlink(temporary) }
            }
        }
    }

    /// Drops the snapshot: the load it was for found a problem.
    func abandon() {
        queue.sync {
            state.withLock { state in
                state.descriptor = close(descriptor: state.descriptor)
                state.failed = true
                unlink(temporary)
            }
        }
    }

    /// Closes an open descriptor; gives the value of a closed one.
    private func close(descriptor: Int32) -> Int32 {
        if descriptor >= 0 { _ = Glibc.close(descriptor) }
        return -1
    }

    private func write(_ bytes: [UInt8], at position: Int, descriptor: Int32) -> Bool {
        guard descriptor >= 0 else { return false }
        return bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = pwrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset, off_t(position + offset))
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
    }
}
