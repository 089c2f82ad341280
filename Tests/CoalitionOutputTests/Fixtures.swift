import CoalitionModel
import CoalitionOutput
import CoalitionTestSupport

/// A small data set built by decoding JSON text as the loader does (which also sanitizes it), with
/// the quotes, commas and pipes the writers must escape.
enum Fixtures {
    static let source = #"{ "publisher": "U.S. Department of State", "url": "https://www.state.gov/a/b", "reliability": "official" }"#

    static let meetingsJSON = """
    [
      { "id": "mtg-2014-12-03-brussels", "textStatus": "recorded", "title": "Brussels ministerial", "kind": "ministerial", "date": "2014-12-03",
        "city": "Brussels", "country": "BE", "hosts": ["John Kerry"], "memberCount": 60, "regions": ["IQ", "SY"],
        "outcomes": ["Partners agreed on five lines of effort."], "sources": [\(source)] },
      { "id": "mtg-2022-05-11-marrakesh", "textStatus": "recorded", "title": "Marrakesh ministerial, \\"first in Africa\\" | 84", "kind": "ministerial",
        "date": "2022-05-11", "city": "Marrakesh", "country": "MA", "regions": ["africa"],
        "disputes": [{ "field": "memberCount", "values": [
          { "value": "84", "sources": [\(source)] }, { "value": "83", "sources": [\(source)] }] }],
        "sources": [\(source)] },
      { "id": "mtg-2022-12-political-directors", "textStatus": "not-found", "textNote": "Sought nowhere: a test record.", "title": "Political directors\\u001b[31m", "kind": "political-directors",
        "date": "2022-12", "virtual": true, "sources": [\(source)] }
    ]
    """

    static let resolutionsJSON = """
    [
      { "id": "res-2014-12-03-brussels-01", "meeting": "mtg-2014-12-03-brussels", "document": "Joint statement", "order": 1,
        "summary": "Partners resolved to stop foreign terrorist fighters.", "wording": "official-text",
        "themes": ["foreign-terrorist-fighters"], "regions": ["IQ", "SY"], "sources": [\(source)] },
      { "id": "res-2022-05-11-marrakesh-01", "meeting": "mtg-2022-05-11-marrakesh", "document": "Joint communiqué", "order": 1,
        "summary": "Ministers welcomed the Africa Focus Group.", "quote": "the number one priority", "wording": "official-text",
        "themes": ["africa", "coordination"], "regions": ["africa"], "sources": [\(source)] },
      { "id": "res-afg-2023-03-01-niamey-01", "session": "afg-2023-03-01-niamey", "document": "Niamey chairs' summary", "order": 1,
        "summary": "Participants endorsed the Action Plan.", "wording": "paraphrase",
        "themes": ["africa"], "regions": ["NE"], "sources": [\(source)] }
    ]
    """

    static let sessionsJSON = """
    [
      { "id": "afg-2023-03-01-niamey", "textStatus": "recorded", "number": 5, "title": "Niamey plenary", "date": "2023-03-01", "endDate": "2023-03-02",
        "city": "Niamey", "country": "NE", "format": "Plenary", "coChairs": ["MA", "NE"], "regions": ["africa"],
        "sources": [\(source)] }
    ]
    """

    static let membersJSON = """
    [
      { "id": "MA", "name": "Morocco", "kind": "state", "country": "MA", "joined": { "on": "2014-09" }, "sources": [\(source)] },
      { "id": "NE", "name": "Niger", "kind": "state", "country": "NE", "joined": { "after": "2018", "by": "2019-02" },
        "sources": [\(source)] },
      { "id": "CENSAD", "name": "Community of Sahel-Saharan States", "kind": "organisation", "regions": ["africa"],
        "sources": [\(source)] }
    ]
    """

    static let areasJSON = """
    [
      { "id": "world", "m49": "001", "name": "World", "sources": [\(source)] },
      { "id": "africa", "m49": "002", "name": "Africa", "parent": "world", "sources": [\(source)] },
      { "id": "northern-africa", "m49": "015", "name": "Northern Africa", "parent": "africa", "sources": [\(source)] },
      { "id": "western-africa", "m49": "011", "name": "Western Africa", "parent": "africa", "sources": [\(source)] },
      { "id": "asia", "m49": "142", "name": "Asia", "parent": "world", "sources": [\(source)] },
      { "id": "western-asia", "m49": "145", "name": "Western Asia", "parent": "asia", "sources": [\(source)] },
      { "id": "europe", "m49": "150", "name": "Europe", "parent": "world", "sources": [\(source)] },
      { "id": "western-europe", "m49": "155", "name": "Western Europe", "parent": "europe", "sources": [\(source)] }
    ]
    """

    static let countriesJSON = """
    [
      { "code": "BE", "m49": "056", "name": "Belgium", "area": "western-europe" },
      { "code": "MA", "m49": "504", "name": "Morocco", "area": "northern-africa" },
      { "code": "NE", "m49": "562", "name": "Niger", "area": "western-africa" },
      { "code": "IQ", "m49": "368", "name": "Iraq", "area": "western-asia" },
      { "code": "SY", "m49": "760", "name": "Syria", "area": "western-asia" }
    ]
    """

    static func decode<T: JSONReadable>(_ type: T.Type, _ json: String) throws -> T {
        try RecordReading.read(type, fromJSON: json)
    }

    static func dataset() throws -> Dataset {
        Dataset(
            meetings: try decode([Meeting].self, meetingsJSON),
            resolutions: try decode([Resolution].self, resolutionsJSON),
            sessions: try decode([FocusGroupSession].self, sessionsJSON),
            members: try decode([Member].self, membersJSON),
            memberCounts: [],
            areas: try decode([RegionArea].self, areasJSON),
            countries: try decode([Country].self, countriesJSON)
        )
    }

    /// The data set the repository ships, loaded and validated as the command loads it.
    static func shipped() throws -> Dataset {
        let report = DatasetLoader.load(directory: shippedDataFolder)
        guard let dataset = report.dataset else { throw ShippedDataProblem(problems: report.problems.map(\.description)) }
        return dataset
    }

    struct ShippedDataProblem: Error { var problems: [String] }

    static func ids(_ list: RecordList) -> [String] {
        switch list {
        case .meetings(let records): records.map(\.id)
        case .resolutions(let records): records.map(\.id)
        case .sessions(let records): records.map(\.id)
        case .members(let records): records.map(\.id)
        }
    }
}

/// Whole tables of records, for tests: `list` writes its rows as they are made.
extension RecordColumns {
    static func table(_ records: RecordList, columns: [String], in dataset: Dataset, region: String? = nil) -> Table {
        let source = rows(records, columns: columns, in: dataset, region: region)
        return Table(columns: source.columns, rows: (0..<source.count).map(source.row))
    }

    /// The table `list` prints by default.
    static func defaultTable(_ records: RecordList, in dataset: Dataset, region: String? = nil) -> Table {
        table(records, columns: tableNames(for: records.type), in: dataset, region: region)
    }
}
