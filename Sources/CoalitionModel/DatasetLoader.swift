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

        /// True when some file could not be read, as opposed to read and found wrong.
        public var hasUnreadableInput: Bool { problems.contains { $0.kind == .unreadable } }
    }

    /// What the loader is doing, for a progress message on long loads.
    public enum Stage: Sendable {
        case reading(String)
        case decoding(String, records: Int)
        case validating
    }

    public static func load(directory: String, progress: (@Sendable (Stage) -> Void)? = nil) -> Report {
        let folder = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        if let problem = FileReader.folderProblem(folder) {
            return Report(problems: [DataProblem(kind: .unreadable, file: folder.isEmpty ? "--data" : folder, message: problem)], counts: [])
        }

        var problems: [DataProblem] = []
        var files: [DataFile: ParsedFile] = [:]
        for file in DataFile.allCases {
            let path = folder + "/" + file.fileName
            progress?(.reading(file.fileName))
            do {
                let bytes = try FileReader.read(path)
                switch ParsedFile.outline(bytes) {
                case .success(let outline):
                    files[file] = ParsedFile(kind: file, path: path, bytes: bytes, outline: outline)
                case .failure(let error):
                    problems.append(ParsedFile.syntaxProblem(error, path: path, bytes: bytes))
                }
            } catch {
                problems.append(DataProblem(kind: .unreadable, file: path, message: error.message))
            }
        }

        let (raw, decodingProblems, filesWithSyntaxErrors) = {
            var decoder = RecordDecoder(files: files, progress: progress)
            let raw = decoder.decodeAll()
            return (raw, decoder.problems, decoder.filesWithSyntaxErrors)
        }()
        problems += decodingProblems
        // A file whose records hold a syntax error counts as unparsed, like one broken at its top.
        for file in filesWithSyntaxErrors { files[file] = nil }
        let everyFileDecoded = files.count == DataFile.allCases.count && decodingProblems.isEmpty
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
        let parts = Validator.Part.allCases
        let found = Mutex<[[Validator.Finding]]>(Array(repeating: [], count: parts.count))
        let validator = Validator(data: raw, checkLinks: everyFileDecoded)
        DispatchQueue.concurrentPerform(iterations: parts.count + 1) { task in
            if task == parts.count {
                guard buildDataset else { return }
                let dataset = Dataset(
                    meetings: raw.meetings, resolutions: raw.resolutions, sessions: raw.sessions, members: raw.members,
                    memberCounts: raw.memberCounts, areas: raw.areas, countries: raw.countries, regionSources: raw.regionSources,
                    groupings: raw.groupings
                )
                built.withLock { $0 = dataset }
            } else {
                let findings = validator.run(parts[task])
                found.withLock { $0[task] = findings }
            }
        }
        for finding in found.withLock({ $0 }).joined() {
            files[finding.file]?.reloadBytes()
            guard let parsed = files[finding.file] else { continue }
            problems.append(DataProblem(
                kind: .meaning, file: parsed.path, position: parsed.position(of: parsed.offset(of: finding.path)),
                path: fieldPath(finding.path), message: finding.message
            ))
        }

        let counts: [(String, Int)] = [
            ("meetings", raw.meetings.count), ("resolutions", raw.resolutions.count),
            ("Africa Focus Group sessions", raw.sessions.count), ("members", raw.members.count),
            ("member counts", raw.memberCounts.count), ("regions", raw.areas.count), ("countries", raw.countries.count),
            ("analyst regions", raw.groupings.count),
        ]
        guard problems.isEmpty, let dataset = built.withLock({ $0 }) else { return Report(dataset: nil, problems: problems, counts: counts) }
        return Report(dataset: dataset, problems: [], counts: counts)
    }
}

/// A file read and outlined: its bytes, and where its top-level members and list elements lie.
struct ParsedFile: Sendable {
    var kind: DataFile
    var path: String
    var bytes: [UInt8]
    var outline: JSONOutline
    /// Found on the first problem: a clean file never needs its lines counted.
    private let lines: LineStartsCache

    init(kind: DataFile, path: String, bytes: [UInt8], outline: JSONOutline) {
        self.kind = kind
        self.path = path
        self.bytes = bytes
        self.outline = outline
        self.lines = LineStartsCache()
    }

    static func outline(_ bytes: [UInt8]) -> Result<JSONOutline, StrictJSONParser.SyntaxError> {
        bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(StrictJSONParser.SyntaxError) -> JSONOutline in try StrictJSONParser.outline(buffer) }
        }
    }

    /// The outline and element parses only find that something is wrong; a whole-file parse says
    /// what and where, with the same message whichever way the error was met.
    static func syntaxProblem(_ fallback: StrictJSONParser.SyntaxError, path: String, bytes: [UInt8]) -> DataProblem {
        var error = fallback
        do { _ = try StrictJSONParser.parse(bytes) } catch let found { error = found }
        return DataProblem(kind: .syntax, file: path, position: TextPosition(offset: error.offset, in: bytes), message: error.message)
    }

    mutating func releaseBytes() {
        bytes = []
    }

    /// Reads the file again after `releaseBytes`, to place problems found later.
    mutating func reloadBytes() {
        if bytes.isEmpty, let again = try? FileReader.read(path) { bytes = again }
    }

    func member(_ key: String) -> JSONOutline.Member? {
        outline.members?.first { $0.key == key }
    }

    func position(of offset: Int) -> TextPosition { lines.starts(of: bytes).position(of: offset, in: bytes) }

    /// Parses one element of a list.
    func element(_ range: Range<Int>) throws(StrictJSONParser.SyntaxError) -> JSONNode {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(StrictJSONParser.SyntaxError) -> JSONNode in try StrictJSONParser.parseElement(buffer, range: range) }
        }
        return try result.get()
    }

    /// Where the value a coding path names begins: `list[index].field…` within its element.
    func offset(of path: [CodingKey]) -> Int {
        guard let first = path.first, let member = member(first.stringValue) else { return 0 }
        guard path.count > 1, let index = path[1].intValue, let ranges = member.elements, ranges.indices.contains(index),
              let node = try? element(ranges[index]) else { return member.valueOffset }
        return TreeDecoding.node(at: Array(path.dropFirst(2)), in: node).offset
    }
}

final class LineStartsCache: Sendable {
    private let cached = Mutex<LineStarts?>(nil)

    func starts(of bytes: [UInt8]) -> LineStarts {
        cached.withLock { cached in
            if let cached { return cached }
            let starts = LineStarts(bytes)
            cached = starts
            return starts
        }
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
    var problems: [DataProblem] = []
    private(set) var filesWithSyntaxErrors: Set<DataFile> = []

    init(files: [DataFile: ParsedFile], progress: (@Sendable (DatasetLoader.Stage) -> Void)? = nil) {
        self.files = files
        self.progress = progress
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

    /// What decoding one element gave.
    private enum Outcome<Record: Sendable>: Sendable {
        case record(Record)
        case problem(path: String, offset: Int, message: String)
        case syntax(StrictJSONParser.SyntaxError)
    }

    private mutating func decodeList<T: Decodable & Sendable>(_ type: T.Type, file: DataFile, key: String, into data: inout RawData) -> [T] {
        guard let parsed = files[file], !filesWithSyntaxErrors.contains(file) else { return [] }
        // A top level that is not an object is reported once, by checkTopLevelKeys.
        guard parsed.outline.members != nil else { return [] }
        guard let member = parsed.member(key) else {
            if file.optionalListKeys.contains(key) { return [] }
            problems.append(DataProblem(kind: .meaning, file: parsed.path, path: key, message: "missing required list \"\(key)\""))
            return []
        }
        guard let ranges = member.elements else {
            report(parsed, path: key, offset: member.valueOffset, message: "expected an array, found \(member.valueKind)")
            return []
        }
        progress?(.decoding(key, records: ranges.count))
        var parts = RecordDecoder.decode(type, ranges: ranges, of: parsed, list: key)
        var records: [T] = []
        var positions: [Int] = []
        records.reserveCapacity(ranges.count)
        positions.reserveCapacity(ranges.count)
        var index = -1
        for part in parts.indices {
            // Each half is let go as soon as its records are taken, to keep the peak of memory low.
            defer { parts[part] = [] }
            for outcome in parts[part] {
                index += 1
                switch outcome {
                case .record(let record):
                    records.append(record)
                    positions.append(index)
                case .problem(let path, let offset, let message):
                    report(parsed, path: path, offset: offset, message: message)
                case .syntax(let error):
                    problems.append(ParsedFile.syntaxProblem(error, path: parsed.path, bytes: parsed.bytes))
                    filesWithSyntaxErrors.insert(file)
                    problems.removeAll { $0.file == TextSanitizer.clean(parsed.path) && $0.kind == .meaning }
                    return []
                }
            }
        }
        data.positions[key] = positions
        return records
    }

    /// Parses and decodes every element, in two halves on two threads when the list is long; the
    /// halves come back as they are, in order, so no third copy of the records is made.
    private static func decode<T: Decodable & Sendable>(_ type: T.Type, ranges: [Range<Int>], of parsed: ParsedFile, list: String) -> [[Outcome<T>]] {
        let fastType = T.self as? any FastDecodable.Type
        @Sendable func decodeElement(_ index: Int) -> Outcome<T> {
            let node: JSONNode
            do { node = try parsed.element(ranges[index]) } catch { return .syntax(error) }
            if let fastType, let record = fastType.fastDecode(node) as? T { return .record(record) }
            do {
                return .record(try TreeDecoding.decode(type, from: node, at: [PathKey(list), PathKey(intValue: index)]))
            } catch let error as DecodingError {
                let (path, message) = describe(error)
                let offset = TreeDecoding.node(at: Array(path.dropFirst(2)), in: node).offset
                return .problem(path: fieldPath(path), offset: offset, message: message)
            } catch {
                return .problem(path: fieldPath([PathKey(list), PathKey(intValue: index)]), offset: node.offset, message: "\(error)")
            }
        }
        let workers = ranges.count >= 4096 ? 2 : 1
        guard workers > 1 else { return [ranges.indices.map(decodeElement)] }
        let halves = Mutex<[[Outcome<T>]]>(Array(repeating: [], count: workers))
        let size = (ranges.count + workers - 1) / workers
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let part = (worker * size)..<min(ranges.count, (worker + 1) * size)
            let outcomes = part.map(decodeElement)
            halves.withLock { $0[worker] = outcomes }
        }
        return halves.withLock { $0 }
    }

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
        problems.append(DataProblem(kind: .meaning, file: parsed.path, position: parsed.position(of: offset), path: path, message: message))
    }

    private static func describe(_ error: DecodingError) -> ([CodingKey], String) {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return (context.codingPath, context.debugDescription)
        case .keyNotFound(let key, let context):
            let path = context.codingPath.last?.stringValue == key.stringValue ? context.codingPath : context.codingPath + [key]
            return (path, "missing required field \"\(key.stringValue)\"")
        @unknown default:
            return ([], "\(error)")
        }
    }
}
