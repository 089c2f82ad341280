#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// Watches a data folder while it is edited: when its data files change and the writes have
/// settled, reloads and validates them on a thread of its own and hands over the new data set or
/// the first problem. Editors' saves (a temporary file renamed over the old one, a file written in
/// several pieces) are waited out, so a save in progress is never reported as broken data. A
/// folder removed or renamed away is reported as the loader reports it, and watched again when it
/// comes back. It only reads the folder.
public final class DataWatcher: Sendable {
    public enum Outcome: Sendable {
        case reloaded(Dataset)
        /// The first problem of the changed data; the caller keeps what it had.
        case invalid(DataProblem)
    }

    public enum Mechanism: Sendable, Equatable {
        /// Linux inotify: woken by the kernel as files change.
        case inotify
        /// Comparing the files' sizes and times at an interval, where inotify is unavailable.
        case polling
    }

    public struct Timing: Sendable {
        /// How long the files must stay unchanged before they are read.
        public var settleMilliseconds: Int
        /// How often the files are compared when polling.
        public var pollMilliseconds: Int

        public init(settleMilliseconds: Int = 300, pollMilliseconds: Int = 1000) {
            self.settleMilliseconds = settleMilliseconds
            self.pollMilliseconds = pollMilliseconds
        }
    }

    public let folder: String
    public let mechanism: Mechanism
    private let control = Control()

    /// Shared with the watcher's thread, which must not keep the watcher itself alive.
    private final class Control: Sendable {
        let stopped = Mutex(false)
        let finished = DispatchSemaphore(value: 0)
    }

    /// Starts watching at once, from the files as they are now (so start it right after loading
    /// them); `deliver` is called on the watcher's thread, once per settled change.
    public init(folder: String, timing: Timing = Timing(), preferPolling: Bool = false, deliver: @escaping @Sendable (Outcome) -> Void) {
        self.folder = folder
        let events = preferPolling ? nil : InotifyEvents(folder: folder, fileNames: DataWatcher.fileNames)
        mechanism = events == nil ? .polling : .inotify
        let loop = WatchLoop(folder: folder, timing: timing, events: events, deliver: deliver,
                             start: FolderFingerprint(folder: folder, fileNames: DataWatcher.fileNames))
        let control = control
        DispatchQueue(label: "coalition.data-watcher").async {
            loop.run { control.stopped.withLock { $0 } }
            control.finished.signal()
        }
    }

    /// Stops watching and waits until the watcher's thread has let go of the folder.
    public func stop() {
        let wasRunning = control.stopped.withLock { stopped in
            defer { stopped = true }
            return !stopped
        }
        if wasRunning { control.finished.wait() }
    }

    deinit { stop() }

    static let fileNames = Set(DataFile.allCases.map(\.fileName))
}

/// The watcher's thread: notice changes, wait for them to settle, reload.
private struct WatchLoop: Sendable {
    let folder: String
    let timing: DataWatcher.Timing
    let events: InotifyEvents?
    let deliver: @Sendable (DataWatcher.Outcome) -> Void
    /// The files as they were when watching began.
    let start: FolderFingerprint

    /// How often a waiting loop looks at whether it was stopped or the writes have settled.
    static let tickMilliseconds = 50

    func run(isStopped: () -> Bool) {
        var settling = SettleClock(settleMilliseconds: timing.settleMilliseconds)
        var loaded = start
        var polled = loaded
        var nextPoll = Monotonic.milliseconds() + timing.pollMilliseconds
        while !isStopped() {
            var changed = false
            if let events {
                changed = events.wait(milliseconds: WatchLoop.tickMilliseconds)
            } else {
                usleep(useconds_t(WatchLoop.tickMilliseconds * 1000))
            }
            // The folder is compared at the poll interval even with inotify, whose watch goes
            // with a folder that is removed or renamed away (and is put back when it returns).
            // Without inotify, while a change settles, at every tick, so a write still in
            // progress is seen.
            if (events == nil && settling.isWaiting) || Monotonic.milliseconds() >= nextPoll {
                let now = FolderFingerprint(folder: folder, fileNames: DataWatcher.fileNames)
                changed = changed || now != polled
                polled = now
                nextPoll = Monotonic.milliseconds() + timing.pollMilliseconds
                if events?.rearmIfLost() == true { changed = true }
            }
            let now = Monotonic.milliseconds()
            if changed { settling.noteChange(at: now) }
            guard settling.isSettled(at: now) else { continue }
            settling.reset()
            let before = FolderFingerprint(folder: folder, fileNames: DataWatcher.fileNames)
            // Touched but unchanged (an editor's backup or swap file, a save without edits).
            guard before != loaded else { continue }
            let report = DatasetLoader.load(directory: folder)
            // A write that landed while the files were read means they may be read half-way: wait again.
            guard FolderFingerprint(folder: folder, fileNames: DataWatcher.fileNames) == before else {
                settling.noteChange(at: Monotonic.milliseconds())
                continue
            }
            loaded = before
            polled = before
            if let dataset = report.dataset {
                deliver(.reloaded(dataset))
            } else if let first = report.problems.first {
                deliver(.invalid(first))
            }
        }
    }
}

/// When a burst of writes is over: no change for the settle time since the last one.
struct SettleClock: Sendable {
    let settleMilliseconds: Int
    private(set) var lastChange: Int?

    init(settleMilliseconds: Int) { self.settleMilliseconds = settleMilliseconds }

    var isWaiting: Bool { lastChange != nil }

    mutating func noteChange(at milliseconds: Int) { lastChange = milliseconds }

    func isSettled(at milliseconds: Int) -> Bool {
        lastChange.map { milliseconds - $0 >= settleMilliseconds } ?? false
    }

    mutating func reset() { lastChange = nil }
}

/// What the data files look like from outside (size, modification time, inode, permissions), to
/// tell a change without reading them. A rename over a file changes its inode even when size and
/// time match; a chmod that makes a file unreadable changes only its mode.
struct FolderFingerprint: Equatable, Sendable {
    struct FileState: Equatable, Sendable {
        var size: Int64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
        var inode: UInt64
        var mode: UInt32
    }

    var files: [String: FileState]

    init(folder: String, fileNames: Set<String>) {
        var files: [String: FileState] = [:]
        for name in fileNames {
            var info = stat()
            guard stat(folder + "/" + name, &info) == 0 else { continue }
            files[name] = FileState(
                size: Int64(info.st_size), modifiedSeconds: Int(info.st_mtim.tv_sec),
                modifiedNanoseconds: Int(info.st_mtim.tv_nsec), inode: UInt64(info.st_ino),
                mode: UInt32(info.st_mode)
            )
        }
        self.files = files
    }
}

/// inotify on the folder, reporting only events about the data files and about the folder itself.
private final class InotifyEvents: Sendable {
    private let descriptor: Int32
    private let folder: String
    private let fileNames: Set<String>
    /// The folder's watch, or -1 once the folder was removed or renamed away.
    private let watch: Atomic<Int32>

    /// Writes, saves, renames in and out, creation, deletion and permissions: every way an editor
    /// replaces a file; and the folder itself going away.
    private static let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB
        | IN_DELETE_SELF | IN_MOVE_SELF)

    /// nil when inotify is unavailable (not Linux, no descriptors or watches left): then poll.
    init?(folder: String, fileNames: Set<String>) {
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let watch = inotify_add_watch(descriptor, folder, InotifyEvents.mask)
        guard watch >= 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.folder = folder
        self.fileNames = fileNames
        self.watch = Atomic(watch)
        #else
        return nil
        #endif
    }

    deinit { close(descriptor) }

    /// Waits up to `milliseconds` for events; true when one concerned a data file or the folder.
    func wait(milliseconds: Int) -> Bool {
        #if os(Linux)
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(milliseconds)) > 0 else { return false }
        var concerned = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        // Non-blocking: drains what is queued, a bounded buffer at a time, and stops.
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            concerned = concernsTheData(buffer[0..<count]) || concerned
        }
        return concerned
        #else
        return false
        #endif
    }

    /// After the folder went away: watches it again once it is back; true when it did.
    func rearmIfLost() -> Bool {
        #if os(Linux)
        guard watch.load(ordering: .relaxed) < 0 else { return false }
        let renewed = inotify_add_watch(descriptor, folder, InotifyEvents.mask)
        guard renewed >= 0 else { return false }
        watch.store(renewed, ordering: .relaxed)
        return true
        #else
        return false
        #endif
    }

    /// Each event is a header (watch, mask, cookie, name length) and a NUL-padded name.
    private func concernsTheData(_ bytes: ArraySlice<UInt8>) -> Bool {
        #if os(Linux)
        let headerSize = 16
        var concerned = false
        var offset = bytes.startIndex
        func word(at start: Int) -> Int { bytes[start..<(start + 4)].reversed().reduce(0) { $0 << 8 | Int($1) } }
        while offset + headerSize <= bytes.endIndex {
            let mask = UInt32(truncatingIfNeeded: word(at: offset + 4))
            let nameLength = word(at: offset + 12)
            if mask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                // The folder is gone from its path: its watch is of no use any more. (An event of
                // a watch already replaced is about the old folder, and changes nothing.)
                let gone = Int32(truncatingIfNeeded: word(at: offset))
                if watch.compareExchange(expected: gone, desired: -1, ordering: .relaxed).exchanged {
                    if mask & UInt32(IN_MOVE_SELF) != 0 { inotify_rm_watch(descriptor, gone) }
                    concerned = true
                }
            } else {
                let nameBytes = bytes[(offset + headerSize)..<min(bytes.endIndex, offset + headerSize + nameLength)].prefix { $0 != 0 }
                if fileNames.contains(String(decoding: nameBytes, as: UTF8.self)) { concerned = true }
            }
            offset += headerSize + nameLength
        }
        return concerned
        #else
        return false
        #endif
    }
}

/// Milliseconds on a clock that never jumps.
public enum Monotonic {
    public static func milliseconds() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int(time.tv_sec) * 1000 + Int(time.tv_nsec) / 1_000_000
    }
}
