import CoalitionModel
import CoalitionTestSupport

/// A small data set written as the five JSON files of a data folder and loaded the way the
/// dashboard loads the real one, so every string goes through decoding and sanitizing.
///
/// It holds the hard cases on purpose: a CJK title (東京会合), an emoji, a combining accent
/// written as e + U+0301, and a title carrying an ESC sequence that must come out as `^[`.
enum Fixture {
    static let dataset: Dataset = {
        let report = try! loadDataFolder(files)
        guard let dataset = report.dataset else {
            fatalError("the fixture does not load: \(report.problems.map { "\($0)" }.joined(separator: "\n"))")
        }
        return dataset
    }()

    /// What the ESC-carrying title looks like after sanitizing.
    static let sanitizedEscapeTitle = "Baghdad ^[[31mred^[[0m meeting"

    private static let source = #"{"publisher": "Fixture Press", "title": "Fixture source", "url": "https://example.org/fixture", "reliability": "official"}"#

    /// The data folder's files, for tests that load a variant of the fixture.
    static let files: [(name: String, text: String)] = [
        ("meetings.json", meetings),
        ("resolutions.json", resolutions),
        ("sessions.json", sessions),
        ("members.json", members),
        ("regions.json", regions),
    ]

    private static let meetings = #"""
    {"meetings": [
      {"id": "mtg-2014-12-03-brussels", "textStatus": "recorded", "title": "Brussels ministerial", "kind": "ministerial", "date": "2014-12-03",
       "city": "Brussels", "venue": "NATO headquarters", "country": "BE", "hosts": ["The United States"],
       "firsts": ["First ministerial-level plenary"], "regions": ["IQ"], "sources": [\#(source)]},
      {"id": "mtg-2019-11-14-paris", "textStatus": "not-found", "textNote": "Sought nowhere: a test record.", "title": "Paris re\u0301union de de\u0301fense", "kind": "defence-ministerial", "date": "2019-11-14",
       "city": "Paris", "country": "FR", "sources": [\#(source)]},
      {"id": "mtg-2020-11-virtual", "textStatus": "not-found", "textNote": "Sought nowhere: a test record.", "title": "Virtual political directors \uD83C\uDF0D", "kind": "political-directors", "date": "2020-11",
       "virtual": true, "regions": ["world"], "sources": [\#(source)]},
      {"id": "mtg-2022-05-11-marrakesh", "textStatus": "recorded", "title": "Marrakesh ministerial", "kind": "ministerial", "date": "2022-05-11",
       "city": "Marrakesh", "country": "MA", "memberCount": 84, "regions": ["africa", "IQ"],
       "outcomes": ["Welcomed the Africa Focus Group."],
       "disputes": [{"field": "memberCount", "note": "Sources give two totals.", "values": [
         {"value": "84", "sources": [{"publisher": "Agency A", "title": "Report A", "reliability": "secondary"}]},
         {"value": "83", "sources": [{"publisher": "Agency B", "title": "Report B", "reliability": "secondary"}]}]}],
       "sources": [\#(source)]},
      {"id": "mtg-2023-06-08-tokyo", "textStatus": "recorded", "title": "東京会合 Tokyo meeting", "kind": "small-group-ministerial", "date": "2023-06-08",
       "city": "Tokyo", "country": "JP", "sources": [\#(source)]},
      {"id": "mtg-2024-02-01-baghdad", "textStatus": "not-found", "textNote": "Sought nowhere: a test record.", "title": "Baghdad \u001b[31mred\u001b[0m meeting", "kind": "foreign-defence-ministerial",
       "date": "2024-02-01", "city": "Baghdad", "country": "IQ", "sources": [\#(source)]}
    ]}
    """#

    private static let resolutions = #"""
    {"resolutions": [
      {"id": "res-2014-12-03-brussels-01", "meeting": "mtg-2014-12-03-brussels", "document": "Brussels joint statement",
       "order": 1, "summary": "Partners agreed a common strategy against Daesh.", "wording": "official-text",
       "themes": ["coordination"], "regions": ["IQ"], "sources": [\#(source)]},
      {"id": "res-2014-12-03-brussels-02", "meeting": "mtg-2014-12-03-brussels", "document": "Brussels joint statement",
       "order": 2, "summary": "Partners pledged to stop the flow of foreign fighters.", "wording": "paraphrase",
       "themes": ["foreign-terrorist-fighters"], "regions": ["world"], "sources": [\#(source)]},
      {"id": "res-2022-05-11-marrakesh-01", "meeting": "mtg-2022-05-11-marrakesh", "document": "Marrakesh communiqué",
       "order": 1, "summary": "Ministers named Africa a priority of the Coalition.", "quote": "the number one priority",
       "wording": "official-text", "themes": ["africa"], "regions": ["africa"], "sources": [\#(source)]},
      {"id": "res-2022-05-11-marrakesh-02", "meeting": "mtg-2022-05-11-marrakesh", "document": "Marrakesh communiqué",
       "order": 2, "summary": "Ministers backed stabilization in Iraq.", "wording": "media-quote",
       "themes": ["stabilization", "iraq-syria"], "regions": ["IQ"], "sources": [\#(source)]},
      {"id": "res-2023-06-08-tokyo-01", "meeting": "mtg-2023-06-08-tokyo", "document": "東京声明",
       "order": 1, "summary": "東京 partners 🤝 agreed on prevention.", "wording": "translation",
       "themes": ["prevention"], "regions": ["asia"], "sources": [\#(source)]},
      {"id": "res-afg-2023-03-01-niamey-01", "session": "afg-2023-03-01-niamey", "document": "Niamey chairs' summary",
       "order": 1, "summary": "The group endorsed its Action Plan for the Sahel.", "wording": "paraphrase",
       "themes": ["africa", "prevention"], "regions": ["western-africa"], "sources": [\#(source)]}
    ]}
    """#

    private static let sessions = #"""
    {"sessions": [
      {"id": "afg-2022-05-marrakesh", "textStatus": "not-found", "textNote": "Sought nowhere: a test record.", "number": 1, "title": "Marrakesh meeting", "date": "2022-05", "city": "Marrakesh",
       "country": "MA", "format": "Beside the ministerial", "meeting": "mtg-2022-05-11-marrakesh",
       "coChairs": ["MA", "NE", "FR"], "regions": ["africa"], "sources": [\#(source)]},
      {"id": "afg-2023-03-01-niamey", "textStatus": "recorded", "number": 2, "title": "Niamey plenary", "date": "2023-03-01", "endDate": "2023-03-02",
       "city": "Niamey", "country": "NE", "format": "Plenary", "host": "Niger", "attendance": "38 members and observers",
       "attendanceCount": 38, "outcomes": ["Endorsed the Action Plan."], "regions": ["sub-saharan-africa"], "sources": [\#(source)]}
    ]}
    """#

    private static let members = #"""
    {"members": [
      {"id": "BE", "name": "Belgium", "kind": "state", "country": "BE", "joined": {"on": "2014-09"}, "sources": [\#(source)]},
      {"id": "FR", "name": "France", "kind": "state", "country": "FR", "joined": {"on": "2014"}, "sources": [\#(source)]},
      {"id": "IQ", "name": "Iraq", "kind": "state", "country": "IQ", "joined": {"on": "2014"}, "ordinal": 1, "sources": [\#(source)]},
      {"id": "JP", "name": "Japan", "kind": "state", "country": "JP", "joined": {"by": "2015-02"}, "sources": [\#(source)]},
      {"id": "MA", "name": "Morocco", "kind": "state", "country": "MA", "joined": {"after": "2014-09", "by": "2014-12"}, "sources": [\#(source)]},
      {"id": "NE", "name": "Niger", "kind": "state", "country": "NE", "joined": {"on": "2018-07-02"}, "formerNames": ["Republic of the Niger"], "sources": [\#(source)]},
      {"id": "EU", "name": "European Union", "kind": "organisation", "regions": ["europe"], "sources": [\#(source)]}
    ],
    "memberCounts": [
      {"date": "2014-12-03", "count": 60, "sources": [\#(source)]},
      {"date": "2022-05-11", "count": 84, "sources": [\#(source)]}
    ]}
    """#

    private static let regions = #"""
    {"sources": [\#(source)],
     "areas": [
      {"id": "world", "m49": "001", "name": "World", "sources": [\#(source)]},
      {"id": "africa", "m49": "002", "name": "Africa", "parent": "world", "sources": [\#(source)]},
      {"id": "northern-africa", "m49": "015", "name": "Northern Africa", "parent": "africa", "sources": [\#(source)]},
      {"id": "sub-saharan-africa", "m49": "202", "name": "Sub-Saharan Africa", "parent": "africa", "sources": [\#(source)]},
      {"id": "western-africa", "m49": "011", "name": "Western Africa", "parent": "sub-saharan-africa", "sources": [\#(source)]},
      {"id": "asia", "m49": "142", "name": "Asia", "parent": "world", "sources": [\#(source)]},
      {"id": "eastern-asia", "m49": "030", "name": "Eastern Asia", "parent": "asia", "sources": [\#(source)]},
      {"id": "western-asia", "m49": "145", "name": "Western Asia", "parent": "asia", "sources": [\#(source)]},
      {"id": "europe", "m49": "150", "name": "Europe", "parent": "world", "sources": [\#(source)]},
      {"id": "western-europe", "m49": "155", "name": "Western Europe", "parent": "europe", "sources": [\#(source)]}
     ],
     "countries": [
      {"code": "BE", "m49": "056", "name": "Belgium", "area": "western-europe"},
      {"code": "FR", "m49": "250", "name": "France", "area": "western-europe"},
      {"code": "IQ", "m49": "368", "name": "Iraq", "area": "western-asia"},
      {"code": "JP", "m49": "392", "name": "Japan", "area": "eastern-asia"},
      {"code": "MA", "m49": "504", "name": "Morocco", "area": "northern-africa"},
      {"code": "NE", "m49": "562", "name": "Niger", "area": "western-africa"}
     ],
     "groupings": [
      {"id": "sahel-test", "name": "Sahel (test strategy)", "aliases": ["Sahel"], "definition": "Niger alone, for the tests.",
       "countries": ["NE"], "sources": [\#(source)]},
      {"id": "maghreb-test", "name": "Maghreb (test grouping)", "definition": "Morocco alone, for the tests.",
       "countries": ["MA"], "sources": [\#(source)]}
     ]}
    """#
}
