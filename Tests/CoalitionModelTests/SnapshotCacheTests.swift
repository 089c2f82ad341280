@testable import CoalitionModel
import CoalitionTestSupport
import Foundation
import Testing

/// The snapshot cache: a hit gives what a full load gives, and anything else falls back to it.
@Suite struct SnapshotCacheTests {
    /// A copy of the shipped data and an empty cache folder beside it.
    private func withDataAndCache(_ body: (_ data: String, _ cache: SnapshotCache) throws -> Void) throws {
        try withTemporaryFolder { folder in
            let data = folder + "/data"
            try FileManager.default.copyItem(atPath: shippedDataFolder, toPath: data)
            try body(data, SnapshotCache(directory: folder + "/cache/coalition", programIdentity: "tests"))
        }
    }

    private func snapshotFiles(_ cache: SnapshotCache) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.directory)) ?? []).sorted()
    }

    private func expectSame(_ a: Dataset?, _ b: Dataset?, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let a, let b else {
            Issue.record("a data set is missing", sourceLocation: sourceLocation)
            return
        }
        #expect(a.meetings == b.meetings, sourceLocation: sourceLocation)
        #expect(a.resolutions == b.resolutions, sourceLocation: sourceLocation)
        #expect(a.sessions == b.sessions, sourceLocation: sourceLocation)
        #expect(a.members == b.members, sourceLocation: sourceLocation)
        #expect(a.memberCounts == b.memberCounts, sourceLocation: sourceLocation)
        #expect(a.areas == b.areas, sourceLocation: sourceLocation)
        #expect(a.countries == b.countries, sourceLocation: sourceLocation)
        #expect(a.regionSources == b.regionSources, sourceLocation: sourceLocation)
        #expect(a.groupings == b.groupings, sourceLocation: sourceLocation)
    }

    @Test func aHitGivesTheDataSetAFullLoadGives() throws {
        try withDataAndCache { data, cache in
            let full = DatasetLoader.load(directory: data)
            let first = DatasetLoader.load(directory: data, cache: cache)
            #expect(!first.fromSnapshot)
            #expect(snapshotFiles(cache).count == 1)
            let second = DatasetLoader.load(directory: data, cache: cache)
            #expect(second.fromSnapshot)
            #expect(second.problems.isEmpty)
            #expect(second.counts.map(\.count) == full.counts.map(\.count))
            expectSame(second.dataset, full.dataset)
            // The lookups built from the records work the same.
            let id = try #require(full.dataset?.resolutions.last?.id)
            #expect(second.dataset?.resolution(id: id) == full.dataset?.resolution(id: id))
        }
    }

    @Test func aScopedLoadKeepsItsOwnSnapshot() throws {
        try withDataAndCache { data, cache in
            _ = DatasetLoader.load(directory: data, cache: cache)
            let meetingsOnly = DatasetLoader.load(directory: data, showing: [.meetings], cache: cache)
            #expect(!meetingsOnly.fromSnapshot)
            #expect(meetingsOnly.dataset?.resolutions.isEmpty == true)
            let again = DatasetLoader.load(directory: data, showing: [.meetings], cache: cache)
            #expect(again.fromSnapshot)
            expectSame(again.dataset, meetingsOnly.dataset)
            #expect(snapshotFiles(cache).count == 2)
        }
    }

    /// A byte that changes no record (a newline after the JSON) still misses, in every file.
    @Test func anyByteChangedInAnyFileMisses() throws {
        try withDataAndCache { data, cache in
            _ = DatasetLoader.load(directory: data, cache: cache)
            for file in DataFile.allCases {
                let handle = try #require(FileHandle(forWritingAtPath: data + "/" + file.fileName))
                handle.seekToEndOfFile()
                handle.write(Data("\n".utf8))
                handle.closeFile()
                let report = DatasetLoader.load(directory: data, cache: cache)
                #expect(!report.fromSnapshot, "\(file)")
                #expect(report.dataset != nil, "\(file)")
                #expect(DatasetLoader.load(directory: data, cache: cache).fromSnapshot, "\(file)")
            }
        }
    }

    /// A snapshot newer than every file is replayed while the files are fingerprinted; a file
    /// whose bytes changed all the same (its times say otherwise) still misses.
    @Test func aChangeTheFileTimesHideStillMisses() throws {
        try withDataAndCache { data, cache in
            _ = DatasetLoader.load(directory: data, cache: cache)
            let path = data + "/meetings.json"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try (text + "\n").write(toFile: path, atomically: false, encoding: .utf8)
            let snapshot = cache.directory + "/" + (try #require(snapshotFiles(cache).first))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: snapshot)
            let report = DatasetLoader.load(directory: data, cache: cache)
            #expect(!report.fromSnapshot)
            #expect(report.dataset != nil)
            #expect(DatasetLoader.load(directory: data, cache: cache).fromSnapshot)
        }
    }

    @Test func aChangedRecordIsReadFromTheFile() throws {
        try withDataAndCache { data, cache in
            let before = try #require(DatasetLoader.load(directory: data, cache: cache).dataset)
            let path = data + "/meetings.json"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let title = try #require(before.meetings.first?.title)
            try text.replacingOccurrences(of: "\"\(title)\"", with: "\"\(title)!\"").write(toFile: path, atomically: false, encoding: .utf8)
            let after = DatasetLoader.load(directory: data, cache: cache)
            #expect(!after.fromSnapshot)
            #expect(after.dataset?.meetings.contains { $0.title == title + "!" } == true)
        }
    }

    /// Data with problems leaves no snapshot, so its problems are found again next time.
    @Test func invalidDataIsNeverKept() throws {
        try withDataAndCache { data, cache in
            let path = data + "/sessions.json"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: "\"afg-", with: "\"AFG-").write(toFile: path, atomically: false, encoding: .utf8)
            let first = DatasetLoader.load(directory: data, cache: cache)
            #expect(first.dataset == nil)
            #expect(snapshotFiles(cache).isEmpty)
            let second = DatasetLoader.load(directory: data, cache: cache)
            #expect(second.problems.map(\.description) == first.problems.map(\.description))
        }
    }

    @Test(arguments: ["truncated", "a flipped byte", "emptied", "another build's"])
    func aDamagedOrForeignSnapshotIsIgnored(damage: String) throws {
        try withDataAndCache { data, cache in
            let full = DatasetLoader.load(directory: data, cache: cache)
            let snapshot = cache.directory + "/" + (try #require(snapshotFiles(cache).first))
            var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: snapshot)))
            var reader = cache
            switch damage {
            case "truncated": bytes.removeLast(bytes.count / 2)
            case "a flipped byte": bytes[bytes.count * 2 / 3] ^= 0x20
            case "emptied": bytes = []
            default: reader = SnapshotCache(directory: cache.directory, programIdentity: "another build")
            }
            try Data(bytes).write(to: URL(fileURLWithPath: snapshot))
            let report = DatasetLoader.load(directory: data, cache: reader)
            #expect(!report.fromSnapshot)
            expectSame(report.dataset, full.dataset)
            // The full load replaced it with a good one.
            #expect(DatasetLoader.load(directory: data, cache: reader).fromSnapshot)
        }
    }

    /// Past the checksum (as if it had matched by chance), damaged records are still refused
    /// without a crash: every truncation gives nothing, and a sweep of bytes set to 0xFF gives
    /// nothing or a data set, never a crash or a hang.
    @Test func damagedRecordsAreRefusedWithoutACrash() throws {
        try withDataAndCache { data, cache in
            _ = DatasetLoader.load(directory: data, showing: [.members], cache: cache)
            let snapshot = cache.directory + "/" + (try #require(snapshotFiles(cache).first))
            let payload = Array(try [UInt8](Data(contentsOf: URL(fileURLWithPath: snapshot))).dropFirst(SnapshotCache.headerSize))
            #expect(payload.withUnsafeBytes { SnapshotSections.dataset(from: $0) } != nil)
            let cuts = Array(stride(from: 0, to: payload.count, by: max(1, payload.count / 400)))
            let refused = cuts.filter { cut in Array(payload[..<cut]).withUnsafeBytes { SnapshotSections.dataset(from: $0) } == nil }
            #expect(refused.count == cuts.count)
            for position in stride(from: 0, to: payload.count, by: max(1, payload.count / 400)) {
                var damaged = payload
                damaged[position] = 0xFF
                _ = damaged.withUnsafeBytes { SnapshotSections.dataset(from: $0) }
            }
        }
    }

    /// Sections are replayed side by side, each into its place: records recorded in many small
    /// sections (some empty) come back as the files hold them, in order, list by list.
    @Test func manySectionsReplayAsTheFilesRead() throws {
        let full = try #require(DatasetLoader.load(directory: shippedDataFolder).dataset)
        var payload: [UInt8] = []
        var table: [(list: String, count: Int, offset: Int, length: Int)] = []
        func record<Record: JSONRecord>(_ type: Record.Type, from file: DataFile, list: String, perSection: Int) throws {
            let root = try StrictJSONParser.parse(try [UInt8](Data(contentsOf: URL(fileURLWithPath: shippedDataFolder + "/" + file.fileName))))
            guard case .object(let members) = root.value, let node = members.first(where: { $0.key == list })?.node,
                  case .array(let elements) = node.value else {
                Issue.record("no list \(list) in \(file.fileName)")
                return
            }
            let recorder = SnapshotRecorder()
            let context = ReadContext(recorder: recorder)
            var inSection = 0
            func handOver() {
                let bytes = recorder.take()
                table.append((list, inSection, payload.count, bytes.count))
                payload += bytes
                inSection = 0
            }
            for (index, element) in elements.enumerated() {
                context.reset(path: [PathKey(list)])
                #expect(JSONTape(element).withRoot { Record.read($0, at: PathKey(intValue: index), in: context) } != nil)
                inSection += 1
                if inSection == perSection { handOver() }
            }
            handOver()
        }
        try record(Meeting.self, from: .meetings, list: "meetings", perSection: 7)
        try record(Resolution.self, from: .resolutions, list: "resolutions", perSection: 5)
        try record(FocusGroupSession.self, from: .sessions, list: "sessions", perSection: 3)
        try record(Member.self, from: .members, list: "members", perSection: 11)
        try record(MemberCount.self, from: .members, list: "memberCounts", perSection: 2)
        try record(Source.self, from: .regions, list: "sources", perSection: 1)
        try record(RegionArea.self, from: .regions, list: "areas", perSection: 4)
        try record(Country.self, from: .regions, list: "countries", perSection: 9)
        try record(AnalystRegion.self, from: .regions, list: "groupings", perSection: 2)
        #expect(table.filter { $0.list == "resolutions" }.count > 3)
        payload += SnapshotSections.table(table)
        expectSame(payload.withUnsafeBytes { SnapshotSections.dataset(from: $0) }, full)
    }

    /// Long text met again in a section is written as a reference to the first; text that only
    /// looks the same (the same letters, composed differently) keeps its own bytes.
    @Test func repeatedTextIsSharedByteForByte() throws {
        let composed = "Réunion ministérielle de la Coalition"
        let decomposed = "Re\u{301}union ministe\u{301}rielle de la Coalition"
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
        let texts = [composed, composed, decomposed, "short", "short", composed, decomposed]
        let recorder = SnapshotRecorder()
        for text in texts { recorder.write(text) }
        let bytes = recorder.take()
        let written = texts.map { $0.utf8.count + 1 }.reduce(0, +)
        #expect(bytes.count < written - 2 * composed.utf8.count)
        let replayed = bytes.withUnsafeBytes { buffer in
            let cursor = SnapshotCursor(buffer)
            return (texts.map { _ in cursor.readString() }, cursor.isAtEnd)
        }
        #expect(replayed.0.map { $0.map { Array($0.utf8) } } == texts.map { Array($0.utf8) })
        #expect(replayed.1)
        // A reference to text the section has not met is damage.
        let reference = SnapshotRecorder()
        reference.write(-1)
        #expect(reference.take().withUnsafeBytes { SnapshotCursor($0).readString() } == nil)
    }

    /// A writer killed before it finished leaves its temporary file; the next writer removes it
    /// once its process is gone and it has not changed for a minute, and nothing else.
    @Test func aKilledWritersTemporaryFileIsRemoved() throws {
        try withDataAndCache { data, cache in
            try FileManager.default.createDirectory(atPath: cache.directory, withIntermediateDirectories: true)
            // Process numbers above the kernel's limit, so no such process runs.
            let abandoned = cache.directory + "/0123456789abcdef01234567.snapshot.2147483646.tmp"
            let recent = cache.directory + "/0123456789abcdef01234567.snapshot.2147483645.tmp"
            let running = cache.directory + "/0123456789abcdef01234567.snapshot.\(getpid()).tmp"
            let unrelated = cache.directory + "/notes.2147483646.tmp"
            for path in [abandoned, recent, running, unrelated] { try Data("x".utf8).write(to: URL(fileURLWithPath: path)) }
            for path in [abandoned, running, unrelated] {
                try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
            }
            let report = DatasetLoader.load(directory: data, cache: cache)
            #expect(report.dataset != nil)
            #expect(!FileManager.default.fileExists(atPath: abandoned))
            for path in [recent, running, unrelated] { #expect(FileManager.default.fileExists(atPath: path), "\(path)") }
            #expect(DatasetLoader.load(directory: data, cache: cache).fromSnapshot)
        }
    }

    @Test func withoutACacheNothingIsReadOrWritten() throws {
        try withDataAndCache { data, cache in
            _ = DatasetLoader.load(directory: data, cache: nil)
            #expect(!FileManager.default.fileExists(atPath: cache.directory))
        }
    }

    @Test func aCacheThatCannotBeWrittenIsNoFailure() throws {
        try withDataAndCache { data, _ in
            // A file where the cache's folder would go.
            let blocked = URL(fileURLWithPath: data).deletingLastPathComponent().path + "/blocked"
            try Data("x".utf8).write(to: URL(fileURLWithPath: blocked))
            let cache = SnapshotCache(directory: blocked + "/coalition", programIdentity: "tests")
            let report = DatasetLoader.load(directory: data, cache: cache)
            #expect(report.dataset != nil && report.problems.isEmpty)
            #expect(!DatasetLoader.load(directory: data, cache: cache).fromSnapshot)
        }
    }

    @Test func theCacheFolderFollowsTheXDGRules() {
        #expect(SnapshotCache.standardDirectory(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/a"]) == "/x/cache/coalition")
        #expect(SnapshotCache.standardDirectory(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/a"]) == "/home/a/.cache/coalition")
        #expect(SnapshotCache.standardDirectory(environment: ["HOME": "/home/a"]) == "/home/a/.cache/coalition")
        #expect(SnapshotCache.standardDirectory(environment: [:]) == nil)
    }

    @Test func theFingerprintSeesEveryByte() {
        let text = Array("the quick brown fox jumps over the lazy dog, twice over".utf8)
        var whole = ContentHash()
        whole.add(text)
        var pieces = ContentHash()
        pieces.add(Array(text[..<5]))
        pieces.add(Array(text[5...]))
        #expect(whole.digest == pieces.digest)
        var seen: Set<[UInt8]> = [whole.digest]
        for index in text.indices {
            var changed = text
            changed[index] ^= 1
            var hash = ContentHash()
            hash.add(changed)
            seen.insert(hash.digest)
        }
        #expect(seen.count == text.count + 1)
    }
}
