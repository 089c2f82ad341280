@testable import CoalitionModel
import Testing

private func area(_ id: String, _ name: String, parent: String?) -> RegionArea {
    RegionArea(id: id, m49: "000", name: name, parent: parent, sources: [])
}

private let source = Source(publisher: "United Nations", title: "A definition", reliability: .official)

/// World > Africa > {Northern Africa > MA, Sub-Saharan Africa > {Western Africa > NE, Middle Africa > TD}},
/// with a Sahel of Niger and Chad and a one-country grouping of Morocco.
private let index = RegionIndex(
    areas: [
        area("world", "World", parent: nil),
        area("africa", "Africa", parent: "world"),
        area("northern-africa", "Northern Africa", parent: "africa"),
        area("sub-saharan-africa", "Sub-Saharan Africa", parent: "africa"),
        area("western-africa", "Western Africa", parent: "sub-saharan-africa"),
        area("middle-africa", "Middle Africa", parent: "sub-saharan-africa"),
    ],
    countries: [
        Country(code: "NE", m49: "562", name: "Niger", area: "western-africa"),
        Country(code: "TD", m49: "148", name: "Chad", area: "middle-africa"),
        Country(code: "MA", m49: "504", name: "Morocco", area: "northern-africa"),
    ],
    groupings: [
        AnalystRegion(id: "sahel-core", name: "Sahel (core)", aliases: ["Sahel"], definition: "Niger and Chad.", countries: ["NE", "TD"], sources: [source]),
        AnalystRegion(id: "maghreb-west", name: "Western Maghreb", definition: "Morocco.", countries: ["MA"], sources: [source]),
    ])

@Suite struct AnalystRegionTests {
    @Test(arguments: [
        ("Sahel", "sahel-core"), ("sahel", "sahel-core"), ("SAHEL (CORE)", "sahel-core"), ("sahel-core", "sahel-core"),
        ("western maghreb", "maghreb-west"),
    ])
    func namesIdsAndAliasesResolve(typed: String, id: String) {
        #expect(index.resolve(typed) == id)
    }

    @Test func aGroupingLiesWithinTheAreasHoldingAllItsCountriesButNeverTheRoot() {
        #expect(index.broaderAreas(of: "sahel-core") == ["sub-saharan-africa", "africa"])
        #expect(index.broaderAreas(of: "maghreb-west") == ["northern-africa", "africa"])
        #expect(index.broaderAreas(of: "western-africa") == ["sub-saharan-africa", "africa"])
        #expect(index.broaderAreas(of: "NE") == ["western-africa", "sub-saharan-africa", "africa"])
        #expect(index.broaderAreas(of: "africa") == [])
    }

    @Test func recordsMatchWithinOrViaTheNearestBroaderAreaTheyAreAbout() {
        #expect(index.match(["NE"], region: "sahel-core") == .within)
        #expect(index.match(["MA", "africa"], region: "sahel-core") == .viaBroader("africa"))
        #expect(index.match(["sub-saharan-africa", "africa"], region: "sahel-core") == .viaBroader("sub-saharan-africa"))
        // Western Africa is not above the Sahel (Chad is in Middle Africa), and World is above everything.
        #expect(index.match(["western-africa"], region: "sahel-core") == nil)
        #expect(index.match(["world"], region: "NE") == nil)
        // A record in a country of Africa is not about Africa as a whole.
        #expect(index.match(["MA"], region: "NE") == nil)
    }

    @Test func everyRegionShowingAnAreasRecordsIsItsInverse() {
        let showing = Set(index.regionsShowing(recordsAbout: "sub-saharan-africa"))
        #expect(showing == ["western-africa", "middle-africa", "NE", "TD", "sahel-core"])
    }

    @Test func talliesCountWithinAndViaBroaderApart() {
        let dataset = Dataset(
            meetings: [], resolutions: [], sessions: [],
            members: [
                Member(id: "NE", name: "Niger", kind: .state, country: "NE", sources: [source]),
                Member(id: "AU", name: "African Union", kind: .organisation, regions: ["africa"], sources: [source]),
                Member(id: "UMA", name: "Arab Maghreb Union", kind: .organisation, regions: ["northern-africa"], sources: [source]),
            ],
            memberCounts: [], areas: Array(index.areas.values), countries: Array(index.countries.values),
            groupings: Array(index.groupings.values)
        )
        let tallies = dataset.regionTallies()
        #expect(tallies["sahel-core"] == RegionTally(within: 1, viaBroader: 1, viaArea: ["africa": 1]))
        #expect(tallies["NE"] == RegionTally(within: 1, viaBroader: 1, viaArea: ["africa": 1]))
        #expect(tallies["maghreb-west"] == RegionTally(within: 0, viaBroader: 2, viaArea: ["africa": 1, "northern-africa": 1]))
        #expect(tallies["africa"] == RegionTally(within: 3, viaBroader: 0))
        #expect(dataset.regionCounts()["sahel-core"] == 1)
    }
}

/// Rules on the analyst regions of regions.json. Each test breaks one rule of a valid grouping.
@Suite struct ValidationGroupingRuleTests {
    private static let sahel: FixtureJSON = [
        "id": "sahel", "name": "Sahel", "definition": "Niger alone, for the test.", "countries": ["NE"],
        "sources": [DataFolderFixture.source()],
    ]

    private func problems(_ change: (inout FixtureJSON) -> Void) throws -> [ReportedProblem] {
        try problemsInFixture { fixture in
            var grouping = Self.sahel
            change(&grouping)
            fixture.files[.regions]!["groupings"] = [grouping]
        }
    }

    @Test func aValidGroupingLoadsAndAFileWithoutAnyIsValidToo() throws {
        #expect(try problems { _ in } == [])
        #expect(try problemsInFixture { _ in } == [])
    }

    @Test func anUnknownCountryIsReportedWithTheNearestCode() throws {
        #expect(try problems { $0["countries"] = ["NE", "NF"] } == [
            ReportedProblem(.regions, "groupings[0].countries[1]", #"unknown country "NF" (did you mean "NE"?)"#),
        ])
    }

    @Test func aRepeatedCountryIsReported() throws {
        #expect(try problems { $0["countries"] = ["NE", "NE"] } == [
            ReportedProblem(.regions, "groupings[0].countries[1]", #""NE" is listed twice"#),
        ])
    }

    @Test func noCountriesAndNoSourcesAreReported() throws {
        #expect(try problems { $0["countries"] = []; $0["sources"] = [] } == [
            ReportedProblem(.regions, "groupings[0].countries", "an analyst region names at least one country"),
            ReportedProblem(.regions, "groupings[0].sources", "every record needs at least one source"),
        ])
    }

    @Test func aNameThatIsAlreadyAnAreasIsReported() throws {
        #expect(try problems { $0["aliases"] = ["Western Africa"] } == [
            ReportedProblem(.regions, "groupings[0].aliases[0]", #""Western Africa" is already the name of an M49 area"#),
        ])
    }

    @Test func aMissingDefinitionIsReported() throws {
        #expect(try problems { $0["definition"] = nil } == [
            ReportedProblem(.regions, "groupings[0].definition", #"missing required field "definition""#),
        ])
    }
}
