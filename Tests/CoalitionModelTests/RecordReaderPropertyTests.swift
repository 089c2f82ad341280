@testable import CoalitionModel
import CoalitionTestSupport
import Foundation
import Testing

/// Generated records with every field set, faults injected into their nested objects, and the
/// production loader (`DatasetLoader.load`) must report each fault at its path and line, and
/// accept nothing it should not.
@Suite struct RecordReaderPropertyTests {
    /// A valid data folder whose records, taken together, set every field of every record type.
    static func generatedFolder(using random: inout SeededGenerator) -> DataFolderFixture {
        var folder = DataFolderFixture()
        let meetingCount = Int.random(in: 2...4, using: &random)
        var meetings: [FixtureJSON] = []
        var resolutions: [FixtureJSON] = []
        for index in 0..<meetingCount {
            let id = "mtg-2022-05-1\(index)-city\(index)"
            meetings.append(RecordMaker.meeting(id: id, day: 10 + index, using: &random))
            for order in 1...Int.random(in: 1...3, using: &random) {
                resolutions.append(RecordMaker.resolution(parent: id, link: "meeting", order: order, using: &random))
            }
        }
        folder.meetings = .array(meetings)
        var session = RecordMaker.session(meeting: "mtg-2022-05-10-city0", using: &random)
        session["id"] = "afg-2023-03-01-niamey"
        folder.sessions = [session]
        resolutions.append(RecordMaker.resolution(parent: "afg-2023-03-01-niamey", link: "session", order: 1, using: &random))
        folder.resolutions = .array(resolutions)
        folder.members = [RecordMaker.state(using: &random), RecordMaker.organisation(using: &random)]
        folder.memberCounts = [RecordMaker.memberCount(date: "2014-12-03", using: &random), RecordMaker.memberCount(date: "2022-05", using: &random)]
        var areas = DataFolderFixture.minimalAreas
        areas[1] = RecordMaker.withSources(areas[1], using: &random)
        folder.areas = areas
        var countries = DataFolderFixture.minimalCountries
        countries[0]["note"] = .string(RecordMaker.text(using: &random))
        countries[0]["sources"] = [RecordMaker.source(using: &random)]
        folder.countries = countries
        return folder
    }

    @Test func generatedFoldersAreValidAndSetEveryField() throws {
        var random = SeededGenerator(seed: 12)
        for _ in 0..<5 {
            let folder = Self.generatedFolder(using: &random)
            let report = try withTemporaryFolder { path in
                try folder.write(to: path)
                return DatasetLoader.load(directory: path)
            }
            #expect(report.problems.map(\.description) == [])
            let dataset = try #require(report.dataset)
            // Every field of every type is set by some record, so the round trip below covers it.
            assertEveryFieldSet(dataset.meetings)
            assertEveryFieldSet(dataset.resolutions)
            assertEveryFieldSet(dataset.sessions)
            assertEveryFieldSet(dataset.members)
            assertEveryFieldSet(dataset.members.compactMap(\.joined))
            assertEveryFieldSet(dataset.memberCounts)
            assertEveryFieldSet(dataset.areas)
            assertEveryFieldSet(dataset.countries)
            assertEveryFieldSet(dataset.meetings.flatMap(\.sources))
            assertEveryFieldSet(dataset.meetings.flatMap { $0.disputes ?? [] })
            assertEveryFieldSet(dataset.meetings.flatMap { $0.disputes ?? [] }.flatMap(\.values))
        }
    }

    /// Encoding a record and reading it back with the production reader gives the same record.
    /// With every field set, a field added to a struct but not to its `init(reader:)` is written,
    /// then rejected as unknown, and fails here.
    @Test func everyRecordRoundTripsThroughEncodingAndTheReader() throws {
        var random = SeededGenerator(seed: 5)
        let generated = try withTemporaryFolder { path in
            try Self.generatedFolder(using: &random).write(to: path)
            return try #require(DatasetLoader.load(directory: path).dataset)
        }
        for dataset in [generated, try ShippedData.load()] {
            try expectRoundTrip(dataset.meetings)
            try expectRoundTrip(dataset.resolutions)
            try expectRoundTrip(dataset.sessions)
            try expectRoundTrip(dataset.members)
            try expectRoundTrip(dataset.memberCounts)
            try expectRoundTrip(dataset.areas)
            try expectRoundTrip(dataset.countries)
            try expectRoundTrip(dataset.regionSources)
        }
    }

    /// Faults in every kind of nested object: each one is reported with its path and line, and the
    /// data set is refused.
    @Test func injectedFaultsAreEachReportedAtTheirPath() throws {
        var random = SeededGenerator(seed: 2026)
        var faultsSeen: [FaultKind: Int] = [:]
        var objectKindsSeen: Set<String> = []
        for _ in 0..<60 {
            var folder = Self.generatedFolder(using: &random)
            let locations = ObjectLocation.all(in: folder)
            // One fault in each of up to three different records, so faults cannot hide each other.
            var usedRecords: Set<String> = []
            var faults: [InjectedFault] = []
            for location in locations.shuffled(using: &random) where faults.count < 3 {
                guard usedRecords.insert(location.recordKey).inserted else { continue }
                let kind = FaultKind.allCases.randomElement(using: &random)!
                guard let fault = InjectedFault.inject(kind, at: location, into: &folder, using: &random) else { continue }
                faults.append(fault)
                faultsSeen[kind, default: 0] += 1
                objectKindsSeen.insert(location.type)
            }
            let (report, files) = try withTemporaryFolder { path in
                try folder.write(to: path)
                var files: [DataFile: [Substring]] = [:]
                for file in DataFile.allCases {
                    files[file] = try String(contentsOfFile: path + "/" + file.fileName, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                }
                return (DatasetLoader.load(directory: path), files)
            }
            #expect(report.dataset == nil, "accepted: \(faults)")
            for fault in faults {
                let found = report.problems.filter { $0.path == fault.path && $0.file.hasSuffix(fault.file.fileName) }
                guard let problem = found.first else {
                    Issue.record("not reported: \(fault) among \(report.problems.map(\.description))")
                    continue
                }
                #expect(problem.message.hasPrefix(fault.messagePrefix), "\(fault): \(problem.message)")
                let line = try #require(problem.position?.line, "\(fault) has no line")
                let text = files[fault.file]?[line - 1] ?? ""
                #expect(text.contains(fault.lineHolds), "\(fault): line \(line) is \(text)")
            }
            // Nothing else: every problem is one of the faults, or (for the list of regions.json's
            // sources, the one list outside a record) the list left empty by a rejected source.
            for problem in report.problems {
                let explained = faults.contains { fault in
                    fault.path == problem.path || problem.path == "sources" && problem.message == "every record needs at least one source"
                        && fault.path.hasPrefix("sources[")
                }
                #expect(explained, "unexpected: \(problem) for \(faults)")
            }
        }
        #expect(Set(faultsSeen.keys) == Set(FaultKind.allCases))
        #expect(objectKindsSeen.isSuperset(of: ["Meeting", "Resolution", "FocusGroupSession", "Member", "MemberCount", "RegionArea",
                                                "Country", "Source", "Dispute", "DisputedValue", "JoinDate"]))
    }

    private func assertEveryFieldSet<Record>(_ records: [Record], sourceLocation: SourceLocation = #_sourceLocation) {
        guard let first = records.first else {
            Issue.record("no \(Record.self) generated", sourceLocation: sourceLocation)
            return
        }
        for child in Mirror(reflecting: first).children {
            guard let label = child.label else { continue }
            let setSomewhere = records.contains { record in
                let value = Mirror(reflecting: record).children.first { $0.label == label }?.value
                guard let value else { return false }
                let mirror = Mirror(reflecting: value)
                return mirror.displayStyle != .optional || !mirror.children.isEmpty
            }
            #expect(setSomewhere, "no generated \(Record.self) sets \(label)", sourceLocation: sourceLocation)
        }
    }

    private func expectRoundTrip<Record: JSONRecord & Encodable & Equatable>(_ records: [Record], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(records), as: UTF8.self)
        let read = try RecordReading.read([Record].self, fromJSON: text)
        #expect(read == records, sourceLocation: sourceLocation)
    }
}

// MARK: Generating records

enum RecordMaker {
    static let words = ["Coalition", "partners", "ministers", "welcomed", "stabilization", "Africa", "Iraq", "Syria", "plan", "support", "Niamey", "communiqué"]

    static func text(using random: inout SeededGenerator) -> String {
        (0..<Int.random(in: 2...6, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
    }

    static func texts(using random: inout SeededGenerator) -> FixtureJSON {
        .array((0..<Int.random(in: 1...3, using: &random)).map { _ in .string(text(using: &random)) })
    }

    static func source(using random: inout SeededGenerator) -> FixtureJSON {
        [
            "publisher": .string(text(using: &random)), "title": .string(text(using: &random)),
            "url": .string("https://www.state.gov/a/\(Int.random(in: 1...999, using: &random))"), "date": "2022-05-12",
            "reliability": .string(Reliability.allCases.randomElement(using: &random)!.rawValue),
            "verbatim": .bool(Bool.random(using: &random)), "note": .string(text(using: &random)),
        ]
    }

    static func sources(using random: inout SeededGenerator) -> FixtureJSON {
        var list = (0..<Int.random(in: 1...2, using: &random)).map { _ in source(using: &random) }
        // The first carries the wording word for word, so any wording status is true to its sources.
        list[0]["verbatim"] = true
        return .array(list)
    }

    static func dispute(field: String, values: [String], using random: inout SeededGenerator) -> FixtureJSON {
        [
            "field": .string(field), "note": .string(text(using: &random)),
            "values": .array(values.map { ["value": .string($0), "sources": sources(using: &random)] }),
        ]
    }

    static func common(_ record: FixtureJSON, disputing field: String, values: [String], using random: inout SeededGenerator) -> FixtureJSON {
        var record = record
        record["confidence"] = .string(Confidence.allCases.randomElement(using: &random)!.rawValue)
        record["notes"] = texts(using: &random)
        record["disputes"] = [dispute(field: field, values: values, using: &random)]
        record["sources"] = sources(using: &random)
        return record
    }

    static func withSources(_ record: FixtureJSON, using random: inout SeededGenerator) -> FixtureJSON {
        var record = record
        record["sources"] = sources(using: &random)
        return record
    }

    static func meeting(id: String, day: Int, using random: inout SeededGenerator) -> FixtureJSON {
        let meeting: FixtureJSON = [
            "id": .string(id), "title": .string(text(using: &random)),
            "kind": .string(MeetingKind.allCases.randomElement(using: &random)!.rawValue),
            "date": .string("2022-05-\(day)"), "endDate": .string("2022-05-\(day + 1)"), "virtual": false,
            "city": "Marrakesh", "venue": .string(text(using: &random)), "country": "MA", "hosts": texts(using: &random),
            "memberCount": .number(String(Int.random(in: 60...90, using: &random))), "memberCountNote": .string(text(using: &random)),
            "firsts": texts(using: &random), "outcomes": texts(using: &random), "regions": ["africa", "IQ"],
            // Every generated meeting and session has statements, so its text is recorded.
            "textStatus": "recorded", "textNote": .string(text(using: &random)),
        ]
        return common(meeting, disputing: "memberCount", values: ["84", "83"], using: &random)
    }

    static func resolution(parent: String, link: String, order: Int, using random: inout SeededGenerator) -> FixtureJSON {
        let stem = parent.hasPrefix("mtg-") ? String(parent.dropFirst(4)) : parent
        let resolution: FixtureJSON = [
            "id": .string("res-\(stem)-0\(order)"), link: .string(parent), "document": .string(text(using: &random)),
            "order": .number(String(order)), "summary": .string(text(using: &random)), "quote": .string(text(using: &random)),
            "wording": .string(WordingStatus.allCases.randomElement(using: &random)!.rawValue), "partial": .bool(Bool.random(using: &random)),
            "themes": .array(Theme.allCases.shuffled(using: &random).prefix(2).map { .string($0.rawValue) }), "regions": ["IQ"],
        ]
        return common(resolution, disputing: "wording", values: ["paraphrase", "translation"], using: &random)
    }

    static func session(meeting: String, using random: inout SeededGenerator) -> FixtureJSON {
        let session: FixtureJSON = [
            "id": "afg-x", "number": 1, "title": .string(text(using: &random)), "date": "2023-03-01", "endDate": "2023-03-02",
            "virtual": false, "city": "Niamey", "venue": .string(text(using: &random)), "country": "NE",
            "format": .string(text(using: &random)), "meeting": .string(meeting), "host": .string(text(using: &random)),
            "coChairs": ["MA"], "attendance": .string(text(using: &random)), "attendanceCount": 38,
            "firsts": texts(using: &random), "outcomes": texts(using: &random), "regions": ["africa"],
            // Every generated meeting and session has statements, so its text is recorded.
            "textStatus": "recorded", "textNote": .string(text(using: &random)),
        ]
        return common(session, disputing: "date", values: ["2023-03-01", "2023-03"], using: &random)
    }

    static func state(using random: inout SeededGenerator) -> FixtureJSON {
        let member: FixtureJSON = [
            "id": "MA", "name": "Morocco", "formerNames": texts(using: &random), "kind": "state", "country": "MA",
            "joined": ["on": "2014-12", "note": .string(text(using: &random))], "ordinal": 12,
        ]
        return common(member, disputing: "joined", values: ["2014", "2015"], using: &random)
    }

    static func organisation(using random: inout SeededGenerator) -> FixtureJSON {
        let member: FixtureJSON = [
            "id": "CENSAD", "name": .string(text(using: &random)), "kind": "organisation", "regions": ["africa"],
            "joined": ["after": "2018-02", "by": "2019-02", "note": .string(text(using: &random))],
        ]
        return common(member, disputing: "name", values: ["CEN-SAD", "CENSAD"], using: &random)
    }

    static func memberCount(date: String, using random: inout SeededGenerator) -> FixtureJSON {
        let count: FixtureJSON = [
            "date": .string(date), "count": .number(String(Int.random(in: 60...90, using: &random))),
            "qualifier": .string(CountQualifier.allCases.randomElement(using: &random)!.rawValue), "note": .string(text(using: &random)),
        ]
        var record = common(count, disputing: "count", values: ["60", "62"], using: &random)
        record["notes"] = nil  // a member count has a note, not notes
        return record
    }
}

// MARK: Injecting faults

/// An object somewhere in a data folder, and the record type that reads it.
struct ObjectLocation {
    var file: DataFile
    /// From the file's top: list, index, then keys and indices.
    var steps: [PathKey]
    var type: String
    var value: FixtureJSON

    var recordKey: String { "\(file)/\(steps.prefix(2).map(\.stringValue).joined(separator: "/"))" }

    static let lists: [(DataFile, String, String)] = [
        (.meetings, "meetings", "Meeting"), (.resolutions, "resolutions", "Resolution"), (.sessions, "sessions", "FocusGroupSession"),
        (.members, "members", "Member"), (.members, "memberCounts", "MemberCount"), (.regions, "areas", "RegionArea"),
        (.regions, "countries", "Country"), (.regions, "sources", "Source"),
    ]
    static let nestedTypes = ["sources": "Source", "disputes": "Dispute", "values": "DisputedValue", "joined": "JoinDate"]

    static func all(in folder: DataFolderFixture) -> [ObjectLocation] {
        var found: [ObjectLocation] = []
        func visit(_ value: FixtureJSON, _ file: DataFile, _ steps: [PathKey], _ type: String) {
            guard case .object(let members) = value else { return }
            found.append(ObjectLocation(file: file, steps: steps, type: type, value: value))
            for member in members {
                guard let nested = nestedTypes[member.key] else { continue }
                switch member.value {
                case .array(let elements):
                    for (index, element) in elements.enumerated() { visit(element, file, steps + [PathKey(member.key), PathKey(intValue: index)], nested) }
                default:
                    visit(member.value, file, steps + [PathKey(member.key)], nested)
                }
            }
        }
        for (file, list, type) in lists {
            guard case .array(let elements)? = folder.files[file]?[list] else { continue }
            for (index, element) in elements.enumerated() { visit(element, file, [PathKey(list), PathKey(intValue: index)], type) }
        }
        return found
    }
}

enum FaultKind: CaseIterable, Hashable {
    case unknownKey, wrongType, nullRequired, missingRequired, nullElement
}

struct InjectedFault: CustomStringConvertible {
    var file: DataFile
    var path: String
    var messagePrefix: String
    /// Text the reported line must hold.
    var lineHolds: String

    var description: String { "\(file.fileName): \(path) (\(messagePrefix))" }

    static let readers: [String: [(name: String, required: Bool)]] = [
        "Meeting": Meeting.fields, "Resolution": Resolution.fields, "FocusGroupSession": FocusGroupSession.fields,
        "Member": Member.fields, "MemberCount": MemberCount.fields, "RegionArea": RegionArea.fields, "Country": Country.fields,
        "Source": Source.fields, "Dispute": Dispute.fields, "DisputedValue": DisputedValue.fields, "JoinDate": JoinDate.fields,
    ]

    static func inject(_ kind: FaultKind, at location: ObjectLocation, into folder: inout DataFolderFixture, using random: inout SeededGenerator) -> InjectedFault? {
        guard case .object(let members) = location.value, let fields = readers[location.type] else { return nil }
        let required = fields.filter(\.required).map(\.name)
        var object = location.value
        let base = fieldPath(location.steps)
        switch kind {
        case .unknownKey:
            let key = ["zz", "colour", "sourcess", "x-\(Int.random(in: 0...99, using: &random))"].randomElement(using: &random)!
            object[key] = .bool(true)
            return finish(object, location, &folder, path: base + "." + key, "unknown field \"\(key)\"", holds: "\"\(key)\":")
        case .wrongType:
            let member = members.randomElement(using: &random)!
            object[member.key] = wrongType(for: member.value)
            return finish(object, location, &folder, path: base + "." + member.key, "expected ", holds: "\"\(member.key)\":")
        case .nullRequired:
            guard let key = required.randomElement(using: &random) else { return nil }
            object[key] = .null
            return finish(object, location, &folder, path: base + "." + key, "expected a value, found null", holds: "\"\(key)\":")
        case .missingRequired:
            guard let key = required.randomElement(using: &random) else { return nil }
            object[key] = nil
            let opening = location.steps.last?.intValue != nil ? "{" : "\"\(location.steps.last!.stringValue)\":"
            return finish(object, location, &folder, path: base + "." + key, "missing required field \"\(key)\"", holds: opening)
        case .nullElement:
            let lists = members.filter { if case .array(let elements) = $0.value { !elements.isEmpty } else { false } }
            guard let member = lists.randomElement(using: &random), case .array(var elements) = member.value else { return nil }
            let index = Int.random(in: 0..<elements.count, using: &random)
            elements[index] = .null
            object[member.key] = .array(elements)
            return finish(object, location, &folder, path: base + "." + member.key + "[\(index)]", "expected a value, found null", holds: "null")
        }
    }

    private static func wrongType(for value: FixtureJSON) -> FixtureJSON {
        switch value {
        case .string: .number("7")
        case .number: .string("7")
        case .bool: .string("true")
        case .array: .object([])
        case .object: .array([])
        case .null: .bool(true)
        }
    }

    private static func finish(_ object: FixtureJSON, _ location: ObjectLocation, _ folder: inout DataFolderFixture, path: String, _ message: String, holds: String) -> InjectedFault {
        set(object, at: location.steps, in: &folder.files[location.file]!)
        return InjectedFault(file: location.file, path: path, messagePrefix: message, lineHolds: holds)
    }

    private static func set(_ value: FixtureJSON, at steps: [PathKey], in root: inout FixtureJSON) {
        guard let step = steps.first else {
            root = value
            return
        }
        if let index = step.intValue {
            var element = root[index]
            set(value, at: Array(steps.dropFirst()), in: &element)
            root[index] = element
        } else {
            var member = root[step.stringValue]!
            set(value, at: Array(steps.dropFirst()), in: &member)
            root[step.stringValue] = member
        }
    }
}

enum ShippedData {
    static func load() throws -> Dataset {
        try #require(DatasetLoader.load(directory: shippedDataFolder).dataset)
    }
}
