import Dispatch
import Synchronization

/// Reads a data folder: strict JSON syntax, then decoding record by record, then validation.
/// It never stops at the first problem of a file that can still be read, so one run lists them all.
public enum DatasetLoader {
    public struct Report: Sendable {
        /// Present only when the data has no problem at all.
        public var dataset: Dataset?
        public var problems: [DataProblem]
        /// Counts of records per kind, for `validate`'s summary.
        public var counts: [(kind: String, count: Int)]
        /// True when the data set came from the snapshot cache, not from parsing the files.
        public var fromSnapshot = false

        /// True when some file could not be read, as opposed to read and found wrong.
        public var hasUnreadableInput: Bool { problems.contains { $0.kind == .unreadable } }
    }

    /// What the loader is doing, for a progress message on long loads.
    public enum Stage: Sendable {
        case reading(String)
        case decoding(String, records: Int)
        case validating
        /// Reading the snapshot of files unchanged since they were last loaded.
        case snapshot
        /// Keeping a snapshot of what was loaded, for the next time.
        case savingSnapshot
    }

    /// Reads and checks the files `showing` names and every file their records link to
    /// (`DataFile.closure`), and no other: a data set for a command that shows only meetings has
    /// no statements. Everything read is checked as `validate` checks it.
    ///
    /// With a `cache`, files whose bytes are exactly those of a data set loaded before are not
    /// parsed or checked again: the snapshot made then is read instead (`SnapshotCache`), and a
    /// data set loaded in full leaves a snapshot for next time.
    public static func load(
        directory: String, showing: Set<DataFile> = Set(DataFile.allCases), progress: (@Sendable (Stage) -> Void)? = nil,
        cache: SnapshotCache? = nil
    ) -> Report {
        load(directory: directory, showing: showing, progress: progress, meter: nil, cache: cache)
    }

    /// `meter`, when given, counts the bytes parsed and scanned, for tests that check work grows
    /// in proportion to the input.
    static func load(
        directory: String, showing: Set<DataFile> = Set(DataFile.allCases), progress: (@Sendable (Stage) -> Void)?, meter: WorkMeter?,
        cache: SnapshotCache? = nil
    ) -> Report {
        let folder = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        if let problem = FileReader.folderProblem(folder) {
            return Report(problems: [DataProblem(kind: .unreadable, file: folder.isEmpty ? "--data" : folder, message: problem)], counts: [])
        }
        guard let cache, !cache.liesInside(folder) else {
            return load(folder: folder, showing: showing, progress: progress, meter: meter, snapshot: nil) { path in try FileReader.read(path) }
        }
        return loadThrough(cache, folder: folder, showing: showing, progress: progress, meter: meter)
    }

    /// Fingerprints each file; a snapshot of the same bytes stands in for parsing and checking
    /// them. Otherwise the files are read and fingerprinted again as they are loaded, so a
    /// snapshot written afterwards is keyed by exactly the bytes that were checked, even if a file
    /// changed in between.
    private static func loadThrough(
        _ cache: SnapshotCache, folder: String, showing: Set<DataFile>, progress: (@Sendable (Stage) -> Void)?, meter: WorkMeter?
    ) -> Report {
        let wanted = DataFile.closure(of: showing)
        let snapshot = cache.path(folder: folder, scope: wanted)
        if FileReader.exists(snapshot) {
            let fingerprint = { @Sendable () -> [UInt8]? in
                var key = cache.keyHash(scope: wanted)
                for file in DataFile.allCases where wanted.contains(file) {
                    var content = ContentHash()
                    guard let length = FileReader.fingerprint(folder + "/" + file.fileName, into: &content) else { return nil }
                    key.add(file: file, length: length, content: content)
                }
                return key.digest
            }
            let paths = DataFile.allCases.filter { wanted.contains($0) }.map { folder + "/" + $0.fileName }
            let dataset: Dataset?
            if FileReader.allChanged(before: snapshot, paths) {
                // Most likely unchanged since the snapshot was made: the files are fingerprinted
                // beside the replay of the snapshot (only one this build wrote), on another core
                // when they are large, and the data set is used only if the fingerprints match.
                progress?(.snapshot)
                let key = SideTask(bytes: FileReader.totalSize(paths), fingerprint)
                dataset = cache.read(snapshot, build: cache.keyHash(scope: wanted).digest) { key.result }
            } else if let key = fingerprint() {
                progress?(.snapshot)
                dataset = cache.read(snapshot, key: key)
            } else {
                dataset = nil
            }
            if let dataset { return Report(dataset: dataset, problems: [], counts: counts(of: dataset), fromSnapshot: true) }
        }
        var key = cache.keyHash(scope: wanted)
        var held: [String: [UInt8]] = [:]
        for file in DataFile.allCases where wanted.contains(file) {
            let path = folder + "/" + file.fileName
            progress?(.reading(file.fileName))
            // A file that cannot be read is reported by the full load, as without a cache.
            guard let bytes = try? FileReader.read(path) else {
                return load(folder: folder, showing: showing, progress: progress, meter: meter, snapshot: nil) { path in try FileReader.read(path) }
            }
            var content = ContentHash()
            content.add(bytes)
            key.add(file: file, length: bytes.count, content: content)
            held[path] = bytes
        }
        let digest = key.digest
        // Each file's bytes are handed over once, so they are let go as soon as the load lets go
        // of them; a second read (to place a problem) reads the file again.
        let handOver = Mutex(held)
        held = [:]
        let writer = cache.writer(to: snapshot, key: digest, build: cache.keyHash(scope: wanted).digest)
        let report = load(folder: folder, showing: showing, progress: progress, meter: meter, snapshot: writer) { path in
            if let bytes = handOver.withLock({ $0.removeValue(forKey: path) }) { return bytes }
            return try FileReader.read(path)
        }
        if report.dataset != nil {
            progress?(.savingSnapshot)
            writer?.finish()
        } else {
            writer?.abandon()
        }
        return report
    }

    /// The loader's every step over files held in memory, named as if in `folder`: for fuzzing and
    /// tests. A file missing from `contents` is reported as missing.
    public static func load(contents: [DataFile: [UInt8]], folder: String = "memory", showing: Set<DataFile> = Set(DataFile.allCases)) -> Report {
        load(folder: folder, showing: showing, progress: nil, meter: nil, snapshot: nil) { path in
            guard let file = DataFile.allCases.first(where: { path == folder + "/" + $0.fileName }), let bytes = contents[file] else {
                throw FileReader.Failure.missing
            }
            return bytes
        }
    }

    /// `snapshot`: record the values read and hand them to it as they are read (`SnapshotRecording.swift`).
    private static func load(
        folder: String, showing: Set<DataFile>, progress: (@Sendable (Stage) -> Void)?, meter: WorkMeter?, snapshot: SnapshotWriter?,
        read: @escaping @Sendable (String) throws -> [UInt8]
    ) -> Report {
        let wanted = DataFile.closure(of: showing)
        var problems: [DataProblem] = []
        var files: [DataFile: ParsedFile] = [:]
        for file in DataFile.allCases where wanted.contains(file) {
            let path = folder + "/" + file.fileName
            progress?(.reading(file.fileName))
            do {
                let bytes = try read(path)
                switch ParsedFile.outline(bytes) {
                case .success(let outline):
                    files[file] = ParsedFile(kind: file, path: path, bytes: bytes, outline: outline, meter: meter, read: read)
                case .failure(let error):
                    problems.append(ParsedFile.syntaxProblem(error, path: path, bytes: bytes, meter: meter))
                }
            } catch {
                problems.append(DataProblem(kind: .unreadable, file: path, message: (error as? FileReader.Failure)?.message ?? "\(error)"))
            }
        }

        let (raw, decodingProblems, filesWithSyntaxErrors) = {
            var decoder = RecordDecoder(files: files, progress: progress, snapshot: snapshot)
            let raw = decoder.decodeAll()
            return (raw, decoder.problems, decoder.filesWithSyntaxErrors)
        }()
        // A file whose records hold a syntax error counts as unparsed, like one broken at its top.
        for file in filesWithSyntaxErrors { files[file] = nil }
        let everyFileDecoded = files.count == wanted.count && decodingProblems.isEmpty
        problems += place(decodingProblems, in: files)
        // The records hold everything now. The bytes are read again only if validation finds a
        // problem that needs a line and column, so they are not kept through validation.
        if decodingProblems.isEmpty {
            for file in files.keys { files[file]?.releaseBytes() }
        }

        progress?(.validating)
        // Validation and building the lookups both only read the records: run them side by side,
        // and keep the data set only when validation finds nothing.
        let buildDataset = problems.isEmpty
        let built = Mutex<Dataset?>(nil)
        let validator = Validator(data: raw, checkLinks: everyFileDecoded, statementsRead: wanted.contains(.resolutions), meter: meter)
        let tasks = validator.tasks()
        let found = Mutex<[Validator.TaskFindings]>(Array(repeating: Validator.TaskFindings(), count: tasks.count))
        // Tasks are handed out in order: the data set first, as it is the longest single task.
        DispatchQueue.concurrentPerform(iterations: tasks.count + 1) { task in
            if task == 0 {
                guard buildDataset else { return }
                let dataset = Dataset(
                    meetings: raw.meetings, resolutions: raw.resolutions, sessions: raw.sessions, members: raw.members,
                    memberCounts: raw.memberCounts, areas: raw.areas, countries: raw.countries, regionSources: raw.regionSources,
                    groupings: raw.groupings
                )
                built.withLock { $0 = dataset }
            } else {
                let findings = validator.run(tasks[task - 1])
                found.withLock { $0[task - 1] = findings }
            }
        }
        let findings = validator.merge(tasks, found.withLock { $0 })
        for file in Set(findings.map(\.file)) { files[file]?.reloadBytes() }
        problems += place(locate(findings, in: files), in: files)

        let counts = counts(
            meetings: raw.meetings.count, resolutions: raw.resolutions.count, sessions: raw.sessions.count, members: raw.members.count,
            memberCounts: raw.memberCounts.count, areas: raw.areas.count, countries: raw.countries.count, groupings: raw.groupings.count
        )
        guard problems.isEmpty, let dataset = built.withLock({ $0 }) else { return Report(dataset: nil, problems: problems, counts: counts) }
        return Report(dataset: dataset, problems: [], counts: counts)
    }
}

extension DatasetLoader {
    /// The numbers `validate` prints.
    static func counts(
        meetings: Int, resolutions: Int, sessions: Int, members: Int, memberCounts: Int, areas: Int, countries: Int, groupings: Int
    ) -> [(kind: String, count: Int)] {
        [
            ("meetings", meetings), ("resolutions", resolutions), ("Africa Focus Group sessions", sessions), ("members", members),
            ("member counts", memberCounts), ("regions", areas), ("countries", countries), ("analyst regions", groupings),
        ]
    }

    static func counts(of dataset: Dataset) -> [(kind: String, count: Int)] {
        counts(
            meetings: dataset.meetings.count, resolutions: dataset.resolutions.count, sessions: dataset.sessions.count,
            members: dataset.members.count, memberCounts: dataset.memberCounts.count, areas: dataset.areas.count,
            countries: dataset.countries.count, groupings: dataset.groupings.count
        )
    }

    /// Where each finding of validation starts: each record with findings is parsed once, however
    /// many findings it has.
    static func locate(_ findings: [Validator.Finding], in files: [DataFile: ParsedFile]) -> [PendingProblem] {
        var offsets = Array(repeating: 0, count: findings.count)
        var byRecord: [RecordSlot: [Int]] = [:]
        for (position, finding) in findings.enumerated() {
            guard let list = finding.path.first?.stringValue else { continue }
            byRecord[RecordSlot(file: finding.file, list: list, index: finding.path.count > 1 ? finding.path[1].intValue : nil), default: []].append(position)
        }
        for (slot, positions) in byRecord {
            guard let parsed = files[slot.file], let member = parsed.member(slot.list) else { continue }
            guard let index = slot.index, let ranges = member.elements, ranges.indices.contains(index),
                  let node = try? parsed.element(ranges[index]) else {
                for position in positions { offsets[position] = member.valueOffset }
                continue
            }
            for position in positions { offsets[position] = node.node(at: findings[position].path.dropFirst(2)).offset }
        }
        return findings.indices.compactMap { position in
            let finding = findings[position]
            guard let parsed = files[finding.file] else { return nil }
            let problem = DataProblem(kind: .meaning, file: parsed.path, path: fieldPath(finding.path), message: finding.message)
            return PendingProblem(problem: problem, file: finding.file, offset: offsets[position])
        }
    }

    /// Turns offsets into lines and columns, file by file, with one sweep of each file however
    /// many problems it has. Problems of files that could not be parsed lose their position.
    static func place(_ pending: [PendingProblem], in files: [DataFile: ParsedFile]) -> [DataProblem] {
        var placed = pending.map(\.problem)
        for (file, parsed) in files {
            let here = pending.indices.filter { pending[$0].file == file && pending[$0].offset != nil }
            guard !here.isEmpty else { continue }
            let found = parsed.positions(of: here.map { pending[$0].offset ?? 0 })
            for (index, position) in zip(here, found) { placed[index].position = position }
        }
        return placed
    }
}

/// A problem found before its line and column are known: `offset` is where in `file` it lies,
/// nil for a problem that has no place or is positioned already.
struct PendingProblem: Sendable {
    var problem: DataProblem
    var file: DataFile
    var offset: Int?
}

private struct RecordSlot: Hashable {
    var file: DataFile
    var list: String
    var index: Int?
}

/// Counts units of work (bytes parsed, bytes scanned for lines and columns, keys compared), so
/// tests can check that work grows in proportion to the input without timing anything.
final class WorkMeter: Sendable {
    private let count = Mutex<Int>(0)
    func add(_ units: Int) { count.withLock { $0 += units } }
    var total: Int { count.withLock { $0 } }
}

/// A file read and outlined: its bytes, and where its top-level members and list elements lie.
struct ParsedFile: Sendable {
    var kind: DataFile
    var path: String
    var bytes: [UInt8]
    var outline: JSONOutline
    let meter: WorkMeter?
    /// Reads the file again, after `releaseBytes`.
    private let read: @Sendable (String) throws -> [UInt8]

    init(kind: DataFile, path: String, bytes: [UInt8], outline: JSONOutline, meter: WorkMeter?, read: @escaping @Sendable (String) throws -> [UInt8]) {
        self.kind = kind
        self.path = path
        self.bytes = bytes
        self.outline = outline
        self.meter = meter
        self.read = read
    }

    static func outline(_ bytes: [UInt8]) -> Result<JSONOutline, StrictJSONParser.SyntaxError> {
        bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(StrictJSONParser.SyntaxError) -> JSONOutline in try StrictJSONParser.outline(buffer) }
        }
    }

    /// The outline and element parses only find that something is wrong; a whole-file parse says
    /// what and where, with the same message whichever way the error was met.
    static func syntaxProblem(_ fallback: StrictJSONParser.SyntaxError, path: String, bytes: [UInt8], meter: WorkMeter?) -> DataProblem {
        var error = fallback
        meter?.add(bytes.count * 2)
        do { _ = try StrictJSONParser.parse(bytes) } catch let found { error = found }
        return DataProblem(kind: .syntax, file: path, position: TextPosition(offset: error.offset, in: bytes), message: error.message)
    }

    mutating func releaseBytes() {
        bytes = []
    }

    /// Reads the file again after `releaseBytes`, to place problems found later.
    mutating func reloadBytes() {
        if bytes.isEmpty, let again = try? read(path) { bytes = again }
    }

    func member(_ key: String) -> JSONOutline.Member? {
        outline.members?.first { $0.key == key }
    }

    /// Lines and columns of many offsets, in their order, from one sweep of the file.
    func positions(of offsets: [Int]) -> [TextPosition] {
        var scanned = 0
        let found = LineStarts(bytes).positions(of: offsets, in: bytes, scanned: &scanned)
        meter?.add(bytes.count + scanned)
        return found
    }

    /// Parses one element of a list.
    func element(_ range: Range<Int>) throws(StrictJSONParser.SyntaxError) -> JSONNode {
        meter?.add(range.count)
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(StrictJSONParser.SyntaxError) -> JSONNode in try StrictJSONParser.parseElement(buffer, range: range, meter: meter) }
        }
        return try result.get()
    }
}

/// The records as they stand in the files, in file order, before any sorting.
struct RawData {
    var meetings: [Meeting] = []
    var resolutions: [Resolution] = []
    var sessions: [FocusGroupSession] = []
    var members: [Member] = []
    var memberCounts: [MemberCount] = []
    var areas: [RegionArea] = []
    var countries: [Country] = []
    var groupings: [AnalystRegion] = []
    var regionSources: [Source] = []
    /// Where each decoded record stood in its list, by list name: records that failed to decode
    /// are missing from the arrays above, so array positions alone would misplace later problems.
    var positions: [String: [Int]] = [:]

    func positioned<Record>(_ records: [Record], in list: String) -> Zip2Sequence<[Int], [Record]> {
        zip(positions[list] ?? Array(records.indices), records)
    }
}

/// Decodes each list of each file record by record, so one bad record does not hide the others.
/// Long lists are split between the processor's cores.
struct RecordDecoder {
    let files: [DataFile: ParsedFile]
    let progress: (@Sendable (DatasetLoader.Stage) -> Void)?
    let snapshot: SnapshotWriter?
    /// Each list's turn among those read, for its sections' place in a snapshot.
    private var listsRead = 0
    var problems: [PendingProblem] = []
    private(set) var filesWithSyntaxErrors: Set<DataFile> = []

    init(files: [DataFile: ParsedFile], progress: (@Sendable (DatasetLoader.Stage) -> Void)? = nil, snapshot: SnapshotWriter? = nil) {
        self.files = files
        self.progress = progress
        self.snapshot = snapshot
    }

    mutating func decodeAll() -> RawData {
        var data = RawData()
        data.meetings = decodeList(Meeting.self, file: .meetings, key: "meetings", into: &data)
        data.resolutions = decodeList(Resolution.self, file: .resolutions, key: "resolutions", into: &data)
        data.sessions = decodeList(FocusGroupSession.self, file: .sessions, key: "sessions", into: &data)
        data.members = decodeList(Member.self, file: .members, key: "members", into: &data)
        data.memberCounts = decodeList(MemberCount.self, file: .members, key: "memberCounts", into: &data)
        data.regionSources = decodeList(Source.self, file: .regions, key: "sources", into: &data)
        data.areas = decodeList(RegionArea.self, file: .regions, key: "areas", into: &data)
        data.countries = decodeList(Country.self, file: .regions, key: "countries", into: &data)
        data.groupings = decodeList(AnalystRegion.self, file: .regions, key: "groupings", into: &data)
        checkTopLevelKeys()
        return data
    }

    /// What decoding a part of a list found besides its records: the elements that failed to
    /// read, with their problems, in order, and the first element that is not valid JSON.
    private struct PartReport: Sendable {
        var decoded = 0
        var failures: [(index: Int, problems: [ReadProblem])] = []
        var syntax: (index: Int, error: StrictJSONParser.SyntaxError)?
    }

    private mutating func decodeList<T: JSONRecord & Sendable>(_ type: T.Type, file: DataFile, key: String, into data: inout RawData) -> [T] {
        guard let parsed = files[file], !filesWithSyntaxErrors.contains(file) else { return [] }
        // A top level that is not an object is reported once, by checkTopLevelKeys.
        guard parsed.outline.members != nil else { return [] }
        guard let member = parsed.member(key) else {
            if file.optionalListKeys.contains(key) { return [] }
            let problem = DataProblem(kind: .meaning, file: parsed.path, path: key, message: "missing required list \"\(key)\"")
            problems.append(PendingProblem(problem: problem, file: file, offset: nil))
            return []
        }
        guard let ranges = member.elements else {
            report(parsed, path: key, offset: member.valueOffset, message: "expected an array, found \(member.valueKind)")
            return []
        }
        progress?(.decoding(key, records: ranges.count))
        listsRead += 1
        let (records, parts) = RecordDecoder.decode(type, ranges: ranges, of: parsed, list: key, listTurn: listsRead, snapshot: snapshot)
        for part in parts {
            for failure in part.failures where failure.index < part.syntax?.index ?? Int.max {
                for problem in failure.problems { report(parsed, path: problem.pathText, offset: problem.offset, message: problem.message) }
            }
            if let syntax = part.syntax {
                problems.removeAll { $0.file == file && $0.problem.kind == .meaning }
                let problem = ParsedFile.syntaxProblem(syntax.error, path: parsed.path, bytes: parsed.bytes, meter: parsed.meter)
                problems.append(PendingProblem(problem: problem, file: file, offset: nil))
                filesWithSyntaxErrors.insert(file)
                return []
            }
        }
        // Positions are kept only when some element failed; otherwise each record's is its index.
        if records.count < ranges.count {
            let failed = Set(parts.flatMap { $0.failures.map(\.index) })
            data.positions[key] = ranges.indices.filter { !failed.contains($0) }
        }
        return records
    }

    /// Parses and reads every element, in two halves on two threads when the list is long. Each
    /// half reads its records straight into its stretch of the list, which is closed up only
    /// when elements failed, so no record is copied (a copy retains every text it holds). With a
    /// `snapshot`, the values read are handed to it every few megabytes, each time as one section.
    private static func decode<T: JSONRecord & Sendable>(
        _ type: T.Type, ranges: [Range<Int>], of parsed: ParsedFile, list: String, listTurn: Int, snapshot: SnapshotWriter?
    ) -> (records: [T], parts: [PartReport]) {
        /// Reads the elements of `part` into consecutive records from `target` on.
        @Sendable func decodePart(_ part: Range<Int>, number: Int, into target: UnsafeMutablePointer<T>) -> PartReport {
            let context = ReadContext(recorder: snapshot == nil ? nil : SnapshotRecorder())
            var sections = 0
            var recordedSince = part.lowerBound
            func handOver(upTo end: Int) {
                guard let snapshot, let recorder = context.recorder else { return }
                snapshot.append(RecordedSection(
                    place: .init(list: listTurn, part: number, section: sections), list: list, count: end - recordedSince, bytes: recorder.take()
                ))
                sections += 1
                recordedSince = end
            }
            let listKey = PathKey(list)
            var tape = JSONTape()
            var report = PartReport()
            parsed.bytes.withUnsafeBufferPointer { bytes in
                for index in part {
                    do throws(StrictJSONParser.SyntaxError) {
                        try tape.parse(element: ranges[index], of: bytes, meter: parsed.meter)
                    } catch {
                        // The list is reported as unparsed: nothing after this element counts.
                        report.syntax = (index, error)
                        return
                    }
                    context.reset(path: [listKey])
                    defer { if let recorder = context.recorder, recorder.bytes.count >= RecordDecoder.sectionSize { handOver(upTo: index + 1) } }
                    if let record = tape.withRoot(in: bytes, { T.read($0, at: PathKey(intValue: index), in: context) }), context.problems.isEmpty {
                        (target + report.decoded).initialize(to: record)
                        report.decoded += 1
                    } else {
                        report.failures.append((index, context.problems))
                    }
                }
            }
            handOver(upTo: part.upperBound)
            return report
        }
        guard !ranges.isEmpty else { return ([], [PartReport()]) }
        let workers = ranges.count >= 4096 ? 2 : 1
        let size = (ranges.count + workers - 1) / workers
        var parts: [PartReport] = []
        let records = [T](unsafeUninitializedCapacity: ranges.count) { buffer, count in
            guard let start = buffer.baseAddress else { return }
            if workers == 1 {
                parts = [decodePart(ranges.indices, number: 0, into: start)]
            } else {
                nonisolated(unsafe) let start = start
                let found = Mutex<[PartReport]>(Array(repeating: PartReport(), count: workers))
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    let part = (worker * size)..<min(ranges.count, (worker + 1) * size)
                    let report = decodePart(part, number: worker, into: start + part.lowerBound)
                    found.withLock { $0[worker] = report }
                }
                parts = found.withLock { $0 }
            }
            for (worker, part) in parts.enumerated() {
                let first = start + worker * size
                if start + count != first { (start + count).moveInitialize(from: first, count: part.decoded) }
                count += part.decoded
            }
        }
        return (records, parts)
    }

    /// How many recorded bytes a snapshot section holds at most (one record more): small enough
    /// that the recording never adds much to the load's peak of memory.
    static let sectionSize = 4 << 20

    private mutating func checkTopLevelKeys() {
        for (file, parsed) in files.sorted(by: { $0.key.fileName < $1.key.fileName }) where !filesWithSyntaxErrors.contains(file) {
            guard let members = parsed.outline.members else {
                report(parsed, path: "(top level)", offset: 0, message: "expected an object with \(file.listKeys.map { "\"\($0)\"" }.joined(separator: ", ")), found \(parsed.outline.topLevelKind)")
                continue
            }
            for member in members where !file.listKeys.contains(member.key) {
                var message = "unknown top-level field \"\(TextSanitizer.clean(member.key))\""
                if let guess = NameMatcher.nearest(to: member.key, in: file.listKeys) { message += " (did you mean \"\(guess)\"?)" }
                report(parsed, path: member.key, offset: member.valueOffset, message: message)
            }
        }
    }

    private mutating func report(_ parsed: ParsedFile, path: String, offset: Int, message: String) {
        let problem = DataProblem(kind: .meaning, file: parsed.path, path: path, message: message)
        problems.append(PendingProblem(problem: problem, file: parsed.kind, offset: offset))
    }
}
