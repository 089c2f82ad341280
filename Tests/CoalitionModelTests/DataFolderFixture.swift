import CoalitionModel
import CoalitionTestSupport
import Foundation

/// The smallest data folder that passes validation: one meeting, one Africa Focus Group session,
/// a resolution of each, two members, two member counts and a small M49 tree. Tests change one
/// thing and check that exactly that is reported.
struct DataFolderFixture {
    var files: [DataFile: FixtureJSON] = [
        .meetings: ["meetings": [Self.marrakeshMeeting]],
        .sessions: ["sessions": [Self.niameySession]],
        .resolutions: ["resolutions": [Self.marrakeshResolution, Self.niameyResolution]],
        .members: ["members": [Self.morocco, Self.cenSad], "memberCounts": [Self.brusselsCount, Self.marrakeshCount]],
        .regions: ["sources": [Self.source()], "areas": Self.minimalAreas, "countries": Self.minimalCountries],
    ]
    /// Text written instead of a file's JSON, for syntax errors.
    var rawText: [DataFile: String] = [:]
    /// Files left out of the folder.
    var omitted: Set<DataFile> = []

    var meetings: FixtureJSON { get { list(.meetings, "meetings") } set { setList(.meetings, "meetings", newValue) } }
    var sessions: FixtureJSON { get { list(.sessions, "sessions") } set { setList(.sessions, "sessions", newValue) } }
    var resolutions: FixtureJSON { get { list(.resolutions, "resolutions") } set { setList(.resolutions, "resolutions", newValue) } }
    var members: FixtureJSON { get { list(.members, "members") } set { setList(.members, "members", newValue) } }
    var memberCounts: FixtureJSON { get { list(.members, "memberCounts") } set { setList(.members, "memberCounts", newValue) } }
    var areas: FixtureJSON { get { list(.regions, "areas") } set { setList(.regions, "areas", newValue) } }
    var countries: FixtureJSON { get { list(.regions, "countries") } set { setList(.regions, "countries", newValue) } }

    private func list(_ file: DataFile, _ key: String) -> FixtureJSON { files[file]![key]! }
    private mutating func setList(_ file: DataFile, _ key: String, _ value: FixtureJSON) { files[file]![key] = value }

    /// The folder's files: each file's raw text or its JSON, the omitted ones left out.
    var texts: [(name: String, text: String)] {
        DataFile.allCases.filter { !omitted.contains($0) }.map { file in
            (file.fileName, rawText[file] ?? files[file]!.serialized() + "\n")
        }
    }

    func write(to folder: String) throws {
        try writeFiles(texts, into: folder)
    }

    // MARK: Records

    static func source(_ publisher: String = "U.S. Department of State") -> FixtureJSON {
        ["publisher": .string(publisher), "title": "Joint Statement", "url": "https://www.state.gov/joint-statement/", "reliability": "official"]
    }

    static let marrakeshMeeting: FixtureJSON = [
        "id": "mtg-2022-05-11-marrakesh", "title": "Marrakesh ministerial", "kind": "ministerial",
        "date": "2022-05-11", "city": "Marrakesh", "country": "MA", "memberCount": 84,
        "regions": ["africa", "IQ"], "textStatus": "recorded", "sources": [source()],
    ]

    static let niameySession: FixtureJSON = [
        "id": "afg-2023-03-01-niamey", "number": 1, "title": "Niamey plenary", "date": "2023-03-01",
        "endDate": "2023-03-02", "city": "Niamey", "country": "NE", "format": "Plenary", "coChairs": ["MA"],
        "regions": ["africa"], "textStatus": "recorded", "sources": [source()],
    ]

    static let marrakeshResolution: FixtureJSON = [
        "id": "res-2022-05-11-marrakesh-01", "meeting": "mtg-2022-05-11-marrakesh",
        "document": "Joint communiqué", "order": 1, "summary": "Ministers set a priority.",
        "quote": "the number one priority", "wording": "official-text", "themes": ["iraq-syria"],
        "regions": ["IQ"], "sources": [source()],
    ]

    static let niameyResolution: FixtureJSON = [
        "id": "res-afg-2023-03-01-niamey-01", "session": "afg-2023-03-01-niamey",
        "document": "Chairs' summary", "order": 1, "summary": "Participants endorsed an action plan.",
        "wording": "paraphrase", "themes": ["africa"], "regions": ["NE"], "sources": [source()],
    ]

    static let morocco: FixtureJSON = [
        "id": "MA", "name": "Morocco", "kind": "state", "country": "MA", "joined": ["on": "2014-12"], "sources": [source()],
    ]

    static let cenSad: FixtureJSON = [
        "id": "CENSAD", "name": "Community of Sahel-Saharan States", "kind": "organisation", "regions": ["africa"],
        "joined": ["after": "2018-02", "by": "2019-02"], "sources": [source()],
    ]

    static let brusselsCount: FixtureJSON = ["date": "2014-12-03", "count": 60, "sources": [source()]]
    static let marrakeshCount: FixtureJSON = ["date": "2022-05-11", "count": 84, "sources": [source()]]

    /// Indices: world 0, africa 1, northern-africa 2, sub-saharan-africa 3, western-africa 4,
    /// asia 5, western-asia 6, europe 7, western-europe 8.
    static let minimalAreas: FixtureJSON = [
        area("world", "001", "World", parent: nil),
        area("africa", "002", "Africa", parent: "world"),
        area("northern-africa", "015", "Northern Africa", parent: "africa"),
        area("sub-saharan-africa", "202", "Sub-Saharan Africa", parent: "africa"),
        area("western-africa", "011", "Western Africa", parent: "sub-saharan-africa"),
        area("asia", "142", "Asia", parent: "world"),
        area("western-asia", "145", "Western Asia", parent: "asia"),
        area("europe", "150", "Europe", parent: "world"),
        area("western-europe", "155", "Western Europe", parent: "europe"),
    ]

    static let minimalCountries: FixtureJSON = [
        ["code": "MA", "m49": "504", "name": "Morocco", "area": "northern-africa"],
        ["code": "NE", "m49": "562", "name": "Niger", "area": "western-africa"],
        ["code": "IQ", "m49": "368", "name": "Iraq", "area": "western-asia"],
        ["code": "BE", "m49": "056", "name": "Belgium", "area": "western-europe"],
    ]

    private static func area(_ id: String, _ m49: String, _ name: String, parent: String?) -> FixtureJSON {
        var area: FixtureJSON = ["id": .string(id), "m49": .string(m49), "name": .string(name), "sources": [source()]]
        if let parent { area["parent"] = .string(parent) }
        return area
    }
}

/// Writes the minimal fixture, changed by `change`, and loads it.
func loadFixture(_ change: (inout DataFolderFixture) -> Void = { _ in }) throws -> DatasetLoader.Report {
    var fixture = DataFolderFixture()
    change(&fixture)
    return try loadDataFolder(fixture.texts)
}

/// A problem as a test compares it: the file's name (not its temporary folder), the path and the message.
struct ReportedProblem: Hashable, CustomStringConvertible {
    var file: String
    var path: String?
    var message: String

    init(_ file: DataFile, _ path: String?, _ message: String) {
        self.file = file.fileName
        self.path = path
        self.message = message
    }

    init(_ problem: DataProblem) {
        file = problem.file.split(separator: "/").last.map(String.init) ?? problem.file
        path = problem.path
        message = problem.message
    }

    var description: String { "\(file): \(path ?? "-"): \(message)" }
}

/// The problems loading the changed fixture reports, in the loader's order.
func problemsInFixture(_ change: (inout DataFolderFixture) -> Void) throws -> [ReportedProblem] {
    try loadFixture(change).problems.map(ReportedProblem.init)
}
