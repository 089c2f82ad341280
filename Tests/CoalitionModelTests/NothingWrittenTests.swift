import CoalitionModel
import CoalitionTestSupport
import Dispatch
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every file of a folder: its bytes and its modification time to the nanosecond.
private struct FolderSnapshot: Equatable {
    struct Entry: Equatable {
        var bytes: Data
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
    }

    var entries: [String: Entry] = [:]

    init(_ folder: String) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let path = folder + "/" + name
            var info = stat()
            #expect(stat(path, &info) == 0)
            entries[name] = Entry(
                bytes: try Data(contentsOf: URL(fileURLWithPath: path)),
                modifiedSeconds: info.st_mtim.tv_sec, modifiedNanoseconds: info.st_mtim.tv_nsec
            )
        }
    }
}

/// The program only reads its data. (Tests/EndToEnd/faults.sh checks the same for the binary's
/// validate, render and dashboard.)
@Suite struct NothingWrittenTests {
    @Test func loadingTheShippedDataChangesNoFile() throws {
        try withTemporaryFolder { folder in
            let copy = folder + "/data"
            try FileManager.default.copyItem(atPath: shippedDataFolder, toPath: copy)
            let before = try FolderSnapshot(copy)
            #expect(before.entries.count == DataFile.allCases.count)
            let report = DatasetLoader.load(directory: copy)
            #expect(report.dataset != nil)
            #expect(try FolderSnapshot(copy) == before)
        }
    }

    /// The snapshot cache writes only in its own folder: a first load (which writes a snapshot)
    /// and a second (which reads it) leave the data as it was.
    @Test func loadingThroughTheCacheChangesNoDataFile() throws {
        try withTemporaryFolder { folder in
            let copy = folder + "/data"
            try FileManager.default.copyItem(atPath: shippedDataFolder, toPath: copy)
            let before = try FolderSnapshot(copy)
            let cache = SnapshotCache(directory: folder + "/cache/coalition", programIdentity: "tests")
            #expect(DatasetLoader.load(directory: copy, cache: cache).dataset != nil)
            #expect(DatasetLoader.load(directory: copy, cache: cache).fromSnapshot)
            #expect(try FolderSnapshot(copy) == before)
        }
    }

    /// A cache folder that lies inside the data folder (XDG_CACHE_HOME set to it, or the data
    /// kept under ~/.cache) is not used, so nothing appears next to the data.
    @Test(arguments: ["/cache", "", "/./"])
    func aCacheInsideTheDataFolderIsNotUsed(place: String) throws {
        try withTemporaryFolder { folder in
            let copy = folder + "/data"
            try FileManager.default.copyItem(atPath: shippedDataFolder, toPath: copy)
            let before = try FolderSnapshot(copy)
            let cache = SnapshotCache(directory: copy + place, programIdentity: "tests")
            #expect(DatasetLoader.load(directory: copy, cache: cache).dataset != nil)
            #expect(!DatasetLoader.load(directory: copy, cache: cache).fromSnapshot)
            #expect(try FolderSnapshot(copy) == before)
        }
    }

    /// The dashboard's watcher only reads: after an edit it reloads, a broken file it reports, and
    /// the folder holds exactly what the test wrote, byte for byte and time for time.
    @Test func watchingAndReloadingChangesNoFile() throws {
        try withTemporaryFolder { folder in
            let copy = folder + "/data"
            try FileManager.default.copyItem(atPath: shippedDataFolder, toPath: copy)
            let outcomes = DispatchSemaphore(value: 0)
            let watcher = DataWatcher(folder: copy, timing: .init(settleMilliseconds: 100, pollMilliseconds: 100)) { _ in outcomes.signal() }
            defer { watcher.stop() }
            let meetings = copy + "/meetings.json"
            let text = try String(contentsOfFile: meetings, encoding: .utf8)
            for edit in [text + "\n", "{", text] {
                try edit.write(toFile: meetings, atomically: false, encoding: .utf8)
                let written = try FolderSnapshot(copy)
                #expect(outcomes.wait(timeout: .now() + 20) == .success, "the watcher reloads after the edit")
                #expect(try FolderSnapshot(copy) == written)
            }
            watcher.stop()
            #expect(try FolderSnapshot(copy).entries.count == DataFile.allCases.count)
        }
    }
}
