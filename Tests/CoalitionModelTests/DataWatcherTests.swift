@testable import CoalitionModel
import Dispatch
import Foundation
import Synchronization
import Testing

/// The watcher on a temporary data folder: a valid edit, a file written in two pieces, an
/// editor's rename over the file, a broken file and its fix, with inotify and with polling.
@Suite(.serialized) struct DataWatcherTests {
    /// What the watcher delivered, in order, with a wait for the next one.
    final class Deliveries: Sendable {
        let outcomes = Mutex<[DataWatcher.Outcome]>([])
        let arrived = DispatchSemaphore(value: 0)

        func record(_ outcome: DataWatcher.Outcome) {
            outcomes.withLock { $0.append(outcome) }
            arrived.signal()
        }

        /// The next outcome, or nil when none comes within a generous deadline.
        func next() -> DataWatcher.Outcome? {
            guard arrived.wait(timeout: .now() + 20) == .success else { return nil }
            return outcomes.withLock { $0.removeFirst() }
        }

        var pending: Int { outcomes.withLock { $0.count } }
    }

    private func makeFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coalition-watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try DataFolderFixture().write(to: folder)
        return folder
    }

    private func meetingsText(title: String) -> String {
        var fixture = DataFolderFixture()
        fixture.meetings[0]["title"] = .string(title)
        return fixture.files[.meetings]!.serialized() + "\n"
    }

    private func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    private func title(of outcome: DataWatcher.Outcome?) -> String? {
        if case .reloaded(let dataset)? = outcome { return dataset.meetings.first?.title }
        return nil
    }

    private func scenario(preferPolling: Bool) throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let meetings = folder + "/meetings.json"
        let deliveries = Deliveries()
        let watcher = DataWatcher(folder: folder, timing: .init(settleMilliseconds: 300, pollMilliseconds: 100), preferPolling: preferPolling,
                                  deliver: deliveries.record)
        defer { watcher.stop() }
        #expect(watcher.mechanism == (preferPolling ? .polling : .inotify))

        // A file beside the data is not the data: only the edit after it is delivered.
        try write("notes", to: folder + "/notes.txt")
        try write(meetingsText(title: "Edited once"), to: meetings)
        #expect(title(of: deliveries.next()) == "Edited once")

        // Half a file, then the rest before the writes settle: one delivery, of valid data.
        let whole = meetingsText(title: "Written in two pieces")
        let handle = try #require(FileHandle(forWritingAtPath: meetings))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(whole.utf8.prefix(whole.utf8.count / 2)))
        usleep(100_000)
        try handle.write(contentsOf: Data(whole.utf8.dropFirst(whole.utf8.count / 2)))
        try handle.close()
        #expect(title(of: deliveries.next()) == "Written in two pieces")

        // An editor's save: a temporary file renamed over the data file.
        try write(meetingsText(title: "Renamed into place"), to: folder + "/.meetings.json.swp")
        #expect(rename(folder + "/.meetings.json.swp", meetings) == 0)
        #expect(title(of: deliveries.next()) == "Renamed into place")

        // Broken: the first problem, with its file and place.
        try write("{\"meetings\": [\n  {\"id\": }\n]}\n", to: meetings)
        guard case .invalid(let problem)? = deliveries.next() else {
            Issue.record("a broken file should be delivered as a problem")
            return
        }
        #expect(problem.file.hasSuffix("meetings.json"))
        #expect(problem.position?.line == 2)

        // Fixed again.
        try write(meetingsText(title: "Fixed"), to: meetings)
        #expect(title(of: deliveries.next()) == "Fixed")
        #expect(deliveries.pending == 0)

        // The watcher wrote nothing: the folder holds what the test put there.
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        #expect(names == Set(DataFile.allCases.map(\.fileName) + ["notes.txt"]))
    }

    @Test func withInotify() throws { try scenario(preferPolling: false) }

    @Test func withPolling() throws { try scenario(preferPolling: true) }

    /// The folder renamed away, then back: a problem naming the folder, then the data again, and
    /// later edits are still seen (the watch follows the folder's path, not the folder).
    private func folderGoesAndComesBack(preferPolling: Bool) throws {
        let folder = try makeFolder()
        let away = folder + ".away"
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: away)
        }
        let deliveries = Deliveries()
        let watcher = DataWatcher(folder: folder, timing: .init(settleMilliseconds: 100, pollMilliseconds: 100), preferPolling: preferPolling,
                                  deliver: deliveries.record)
        defer { watcher.stop() }

        #expect(rename(folder, away) == 0)
        guard case .invalid(let problem)? = deliveries.next() else {
            Issue.record("a folder that went away should be delivered as a problem")
            return
        }
        #expect(problem.kind == .unreadable)
        #expect(problem.description.contains("data folder not found"))

        #expect(rename(away, folder) == 0)
        #expect(title(of: deliveries.next()) != nil, "the folder back in place is reloaded")
        try write(meetingsText(title: "Edited after coming back"), to: folder + "/meetings.json")
        #expect(title(of: deliveries.next()) == "Edited after coming back")
        #expect(deliveries.pending == 0)
    }

    @Test func aFolderThatGoesAndComesBackWithInotify() throws { try folderGoesAndComesBack(preferPolling: false) }

    @Test func aFolderThatGoesAndComesBackWithPolling() throws { try folderGoesAndComesBack(preferPolling: true) }

    @Test func stoppingEndsTheWatchAndDeliversNothingMore() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let deliveries = Deliveries()
        let watcher = DataWatcher(folder: folder, timing: .init(settleMilliseconds: 50, pollMilliseconds: 50), deliver: deliveries.record)
        watcher.stop()
        try write(meetingsText(title: "After stopping"), to: folder + "/meetings.json")
        // Only a later, separate watch sees the edit; the stopped one had nothing to deliver.
        let later = Deliveries()
        let second = DataWatcher(folder: folder, timing: .init(settleMilliseconds: 50, pollMilliseconds: 50), deliver: later.record)
        try write(meetingsText(title: "Seen"), to: folder + "/meetings.json")
        #expect(title(of: later.next()) == "Seen")
        second.stop()
        #expect(deliveries.pending == 0)
    }

    @Test func settleClockWaitsForQuiet() {
        var clock = SettleClock(settleMilliseconds: 300)
        #expect(!clock.isWaiting && !clock.isSettled(at: 1_000))
        clock.noteChange(at: 1_000)
        #expect(clock.isWaiting && !clock.isSettled(at: 1_299))
        clock.noteChange(at: 1_200)
        #expect(!clock.isSettled(at: 1_450) && clock.isSettled(at: 1_500))
        clock.reset()
        #expect(!clock.isWaiting && !clock.isSettled(at: 9_999))
    }

    @Test func fingerprintSeesARenameEvenWithTheSameSizeAndTime() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let names: Set<String> = ["meetings.json"]
        let before = FolderFingerprint(folder: folder, fileNames: names)
        let text = try String(contentsOfFile: folder + "/meetings.json", encoding: .utf8)
        try text.write(toFile: folder + "/copy", atomically: false, encoding: .utf8)
        #expect(rename(folder + "/copy", folder + "/meetings.json") == 0)
        #expect(FolderFingerprint(folder: folder, fileNames: names) != before)
        #expect(FolderFingerprint(folder: folder, fileNames: names) == FolderFingerprint(folder: folder, fileNames: names))
    }

    @Test func fingerprintSeesAFileMadeUnreadable() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let names: Set<String> = ["meetings.json"]
        let before = FolderFingerprint(folder: folder, fileNames: names)
        #expect(chmod(folder + "/meetings.json", 0o000) == 0)
        #expect(FolderFingerprint(folder: folder, fileNames: names) != before)
    }
}
