import CoalitionModel
import CoalitionOutput
import Testing

@Suite("regions: the M49 tree with record counts")
struct RegionTreeTests {
    @Test func fixtureTreeNestsAreasThenCountriesWithCounts() throws {
        let dataset = try Fixtures.dataset()
        let lines = TableWriter.lines(RegionTree.table(RegionTree.roots(of: dataset)), width: nil)
        #expect(lines == [
            "region               id               m49  records  via broader",
            "-------------------  ---------------  ---  -------  -----------",
            "World                world            001        9             ",
            "  Africa             africa           002        7             ",
            "    Northern Africa  northern-africa  015        3           +2",
            "      Morocco        MA               504        3           +2",
            "    Western Africa   western-africa   011        3           +3",
            "      Niger          NE               562        3           +3",
            "  Asia               asia             142        2             ",
            "    Western Asia     western-asia     145        2             ",
            "      Iraq           IQ               368        2             ",
            "      Syria          SY               760        2             ",
            "  Europe             europe           150        2             ",
            "    Western Europe   western-europe   155        2             ",
            "      Belgium        BE               056        2             ",
        ])
    }

    @Test func everyNameAndIdItPrintsIsOneRegionAccepts() throws {
        let dataset = try Fixtures.shipped()
        let nodes = RegionTree.roots(of: dataset).flatMap { $0.flattened() }.map(\.node)
        let analystNodes = dataset.groupings.count + dataset.groupings.reduce(0) { $0 + $1.countries.count }
        #expect(nodes.count == dataset.areas.count + dataset.countries.count + analystNodes)
        // Countries appear again under the analyst regions that name them.
        let names = Dictionary(grouping: Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }).values, by: { $0.name.lowercased() })
        for node in nodes {
            #expect(dataset.regions.resolve(node.id) == node.id)
            // A country named like an area (Micronesia) is reached by its code; the name means the area.
            let sharesItsName = names[node.name.lowercased()]!.count > 1
            #expect(dataset.regions.resolve(node.name) == node.id || (sharesItsName && node.type == "country"))
        }
        let counts = dataset.regionTallies()
        #expect(nodes.allSatisfy { $0.records == (counts[$0.id]?.within ?? 0) && $0.viaBroader == (counts[$0.id]?.viaBroader ?? 0) })
    }

    @Test func markdownIsANestedList() throws {
        let lines = RegionTree.markdown(RegionTree.roots(of: try Fixtures.dataset()))
        #expect(lines[0] == "- **World** (`world`, M49 001): 9 records")
        #expect(lines[3] == "      - **Morocco** (`MA`, M49 504): 3 records (+2 about broader areas)")
    }

    @Test func jsonNestsChildren() throws {
        let text = try RecordJSON.text(RegionTree.roots(of: try Fixtures.dataset()))
        #expect(text.hasPrefix("[\n  {\n    \"children\" : ["))
        #expect(text.contains("\"type\" : \"country\""))
    }
}
