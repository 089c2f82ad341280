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

    public static func load(directory: String) -> Report {
        let folder = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        guard FileReader.exists(folder) else {
            return Report(problems: [DataProblem(kind: .unreadable, file: folder, message: "data folder not found")], counts: [])
        }
        guard FileReader.isDirectory(folder) else {
            return Report(problems: [DataProblem(kind: .unreadable, file: folder, message: "is not a folder")], counts: [])
        }

        var problems: [DataProblem] = []
        var files: [DataFile: ParsedFile] = [:]
        for file in DataFile.allCases {
            let path = folder + "/" + file.fileName
            do {
                let bytes = try FileReader.read(path)
                do {
                    let root = try StrictJSONParser.parse(bytes)
                    files[file] = ParsedFile(kind: file, path: path, bytes: bytes, root: root)
                } catch {
                    problems.append(DataProblem(kind: .syntax, file: path, position: TextPosition(offset: error.offset, in: bytes), message: error.message))
                }
            } catch {
                problems.append(DataProblem(kind: .unreadable, file: path, message: error.message))
            }
        }

        var decoder = RecordDecoder(files: files)
        let raw = decoder.decodeAll()
        problems += decoder.problems
        let everyFileDecoded = files.count == DataFile.allCases.count && decoder.problems.isEmpty

        let findings = Validator(data: raw, checkLinks: everyFileDecoded).run()
        for finding in findings {
            guard let parsed = files[finding.file] else { continue }
            let node = TreeDecoding.node(at: finding.path, in: parsed.root)
            problems.append(DataProblem(
                kind: .meaning, file: parsed.path, position: TextPosition(offset: node.offset, in: parsed.bytes),
                path: fieldPath(finding.path), message: finding.message
            ))
        }

        let counts: [(String, Int)] = [
            ("meetings", raw.meetings.count), ("resolutions", raw.resolutions.count),
            ("Africa Focus Group sessions", raw.sessions.count), ("members", raw.members.count),
            ("member counts", raw.memberCounts.count), ("regions", raw.areas.count), ("countries", raw.countries.count),
        ]
        guard problems.isEmpty else { return Report(dataset: nil, problems: problems, counts: counts) }
        let dataset = Dataset(
            meetings: raw.meetings, resolutions: raw.resolutions, sessions: raw.sessions, members: raw.members,
            memberCounts: raw.memberCounts, areas: raw.areas, countries: raw.countries, regionSources: raw.regionSources
        )
        return Report(dataset: dataset, problems: [], counts: counts)
    }
}

struct ParsedFile {
    var kind: DataFile
    var path: String
    var bytes: [UInt8]
    var root: JSONNode
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
    var regionSources: [Source] = []
    /// Where each decoded record stood in its list, by list name: records that failed to decode
    /// are missing from the arrays above, so array positions alone would misplace later problems.
    var positions: [String: [Int]] = [:]

    func positioned<Record>(_ records: [Record], in list: String) -> [(Int, Record)] {
        Array(zip(positions[list] ?? Array(records.indices), records))
    }
}

/// Decodes each list of each file record by record, so one bad record does not hide the others.
struct RecordDecoder {
    let files: [DataFile: ParsedFile]
    var problems: [DataProblem] = []

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
        checkTopLevelKeys()
        return data
    }

    private mutating func decodeList<T: Decodable>(_ type: T.Type, file: DataFile, key: String, into data: inout RawData) -> [T] {
        guard let parsed = files[file] else { return [] }
        guard case .object(let members) = parsed.root.value else {
            // Reported once per file by checkTopLevelKeys.
            return []
        }
        guard let list = members.first(where: { $0.key == key })?.node else {
            problems.append(DataProblem(kind: .meaning, file: parsed.path, path: key, message: "missing required list \"\(key)\""))
            return []
        }
        guard case .array(let elements) = list.value else {
            report(parsed, path: [PathKey(key)], node: list, message: "expected an array, found \(list.typeName)")
            return []
        }
        var records: [T] = []
        var positions: [Int] = []
        records.reserveCapacity(elements.count)
        positions.reserveCapacity(elements.count)
        defer { data.positions[key] = positions }
        for (index, element) in elements.enumerated() {
            let path: [CodingKey] = [PathKey(key), PathKey(intValue: index)]
            do {
                records.append(try TreeDecoding.decode(type, from: element, at: path))
                positions.append(index)
            } catch let error as DecodingError {
                let (errorPath, message) = describe(error)
                report(parsed, path: errorPath, node: TreeDecoding.node(at: errorPath, in: parsed.root), message: message)
            } catch {
                report(parsed, path: path, node: element, message: "\(error)")
            }
        }
        return records
    }

    private mutating func checkTopLevelKeys() {
        for (file, parsed) in files.sorted(by: { $0.key.fileName < $1.key.fileName }) {
            guard case .object(let members) = parsed.root.value else {
                report(parsed, path: [], node: parsed.root, message: "expected an object with \(file.listKeys.map { "\"\($0)\"" }.joined(separator: ", ")), found \(parsed.root.typeName)")
                continue
            }
            for member in members where !file.listKeys.contains(member.key) {
                var message = "unknown top-level field \"\(TextSanitizer.clean(member.key))\""
                if let guess = NameMatcher.nearest(to: member.key, in: file.listKeys) { message += " (did you mean \"\(guess)\"?)" }
                report(parsed, path: [PathKey(member.key)], node: member.node, message: message)
            }
        }
    }

    private mutating func report(_ parsed: ParsedFile, path: [CodingKey], node: JSONNode, message: String) {
        problems.append(DataProblem(
            kind: .meaning, file: parsed.path, position: TextPosition(offset: node.offset, in: parsed.bytes),
            path: path.isEmpty ? "(top level)" : fieldPath(path), message: message
        ))
    }

    private func describe(_ error: DecodingError) -> ([CodingKey], String) {
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
