@testable import CoalitionModel
import CoalitionTestSupport
import Testing

private func area(_ id: String, _ m49: String, _ name: String, parent: String?) -> RegionArea {
    RegionArea(id: id, m49: m49, name: name, parent: parent, sources: [])
}

private let index = RegionIndex(
    areas: [
        area("world", "001", "World", parent: nil),
        area("africa", "002", "Africa", parent: "world"),
        area("northern-africa", "015", "Northern Africa", parent: "africa"),
        area("sub-saharan-africa", "202", "Sub-Saharan Africa", parent: "africa"),
        area("western-africa", "011", "Western Africa", parent: "sub-saharan-africa"),
        area("asia", "142", "Asia", parent: "world"),
    ],
    countries: [
        Country(code: "NE", m49: "562", name: "Niger", area: "western-africa"),
        Country(code: "MA", m49: "504", name: "Morocco", area: "northern-africa"),
        Country(code: "GW", m49: "624", name: "Guinea-Bissau", area: "western-africa"),
    ])

@Suite struct RegionIndexTests {
    @Test(arguments: [
        ("Sub-Saharan Africa", "sub-saharan-africa"),
        ("sub-saharan-africa", "sub-saharan-africa"),
        ("SUB SAHARAN AFRICA", "sub-saharan-africa"),
        ("sub_saharan  africa", "sub-saharan-africa"),
        ("202", "sub-saharan-africa"),
        ("Africa", "africa"),
        ("NE", "NE"),
        ("ne", "NE"),
        ("Niger", "NE"),
        ("  niger ", "NE"),
        ("guinea bissau", "GW"),
    ])
    func resolvesWhatAUserTypes(typed: String, expected: String) {
        #expect(index.resolve(typed) == expected)
    }

    @Test(arguments: ["", "Atlantis", "sub saharan", "N"])
    func resolvesNothingForUnknownNames(typed: String) {
        #expect(index.resolve(typed) == nil)
    }

    @Test(arguments: ["NE", "western-africa", "sub-saharan-africa", "africa", "world"])
    func nigerLiesWithinEveryAreaAboveIt(region: String) {
        #expect(index.place("NE", liesWithin: region))
    }

    @Test(arguments: ["northern-africa", "asia", "MA", "GW"])
    func nigerDoesNotLieWithinOtherPlaces(region: String) {
        #expect(!index.place("NE", liesWithin: region))
    }

    @Test func anAreaLiesWithinItselfAndItsAncestorsOnly() {
        #expect(index.containers(of: "sub-saharan-africa") == ["sub-saharan-africa", "africa", "world"])
        #expect(!index.place("africa", liesWithin: "sub-saharan-africa"))
    }

    @Test func anUnknownPlaceLiesNowhere() {
        #expect(!index.place("XX", liesWithin: "world"))
        #expect(index.containers(of: "XX").isEmpty)
    }

    @Test func anyPlaceMatchesWhenOneOfThemLiesWithin() {
        #expect(index.anyPlace(["asia", "MA"], liesWithin: "africa"))
        #expect(!index.anyPlace(["asia", "XX"], liesWithin: "africa"))
        #expect(!index.anyPlace([], liesWithin: "world"))
    }

    @Test func childrenAreTheAreasDirectlyBelowSortedByName() {
        #expect(index.children(of: "africa").map(\.id) == ["northern-africa", "sub-saharan-africa"])
    }

    @Test(.timeLimit(.minutes(1)))
    func aParentCycleDoesNotHang() {
        let cyclic = RegionIndex(
            areas: [area("a", "001", "A", parent: "b"), area("b", "002", "B", parent: "c"), area("c", "003", "C", parent: "a")],
            countries: [Country(code: "XA", m49: nil, name: "X", area: "a")])
        #expect(cyclic.containers(of: "XA") == ["XA", "a", "b", "c"])
        #expect(cyclic.place("a", liesWithin: "c"))
        #expect(!cyclic.place("a", liesWithin: "world"))
        #expect(cyclic.resolve("C") == "c")
    }

    /// The index shares each area's chain among its countries and keeps analyst regions apart:
    /// over the shipped regions, and with a country no area holds, every answer must be the one
    /// walking the tree gives.
    @Test func lookupsMatchWalkingTheTree() throws {
        let shipped = try #require(DatasetLoader.load(directory: shippedDataFolder).dataset)
        let stray = AnalystRegion(id: "stray-group", name: "Stray", definition: "", countries: ["QQ", "NE"], sources: [])
        let groupings = shipped.groupings + [stray]
        let index = RegionIndex(areas: shipped.areas, countries: shipped.countries, groupings: groupings)
        let parents = Dictionary(shipped.areas.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        let countryAreas = Dictionary(shipped.countries.map { ($0.code, $0.area) }, uniquingKeysWith: { first, _ in first })
        func walk(from area: String?) -> [String] {
            var found: [String] = []
            var current = area
            while let id = current, !found.contains(id) {
                found.append(id)
                current = parents[id] ?? nil
            }
            return found
        }
        func expected(_ place: String) -> Set<String> {
            var within = Set(parents[place] != nil ? walk(from: place) : countryAreas[place].map { walk(from: $0) + [place] } ?? [])
            for grouping in groupings where grouping.countries.contains(place) { within.formUnion([place, grouping.id]) }
            return within
        }
        let places = shipped.areas.map(\.id) + shipped.countries.map(\.code) + ["QQ", "XX"]
        let regions = places + groupings.map(\.id)
        for place in places {
            #expect(index.containers(of: place) == expected(place), "\(place)")
            for region in regions where index.place(place, liesWithin: region) != expected(place).contains(region) {
                Issue.record("\(place) within \(region)")
            }
        }
    }
}
