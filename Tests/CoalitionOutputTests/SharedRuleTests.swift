import CoalitionModel
import CoalitionOutput
import Testing

/// The rules `list` and the dashboard share, from the model: whether a record is within dates,
/// the orders, and the labelled search fields. The dashboard's own tests drive its keys; these
/// check that it and `list` cannot disagree.
@Suite("The model's shared rules: dates, orders and labelled search fields")
struct SharedRuleTests {
    let dataset: Dataset

    init() throws { dataset = try Fixtures.dataset() }

    @Test(arguments: [("2022", "2022"), ("2014", nil), (nil, "2015"), ("2018-02", "2023-03")] as [(String?, String?)])
    func datesKeepWhatListKeeps(_ from: String?, _ to: String?) throws {
        let bounds = DateBounds(from: from.flatMap(PartialDate.init), to: to.flatMap(PartialDate.init))
        for type in RecordType.allCases {
            let listed = Fixtures.ids(try RecordFilter(for: type, in: dataset, from: from, to: to).records(type, in: dataset))
            let kept = (0..<dataset.count(of: type.recordKind)).filter { dataset.isWithin(type.recordKind, at: $0, bounds) }
            let all = Fixtures.ids(try RecordFilter(for: type, in: dataset).records(type, in: dataset))
            #expect(kept.map { all[$0] } == listed, "\(type) \(String(describing: from))..\(String(describing: to))")
        }
    }

    @Test func orderedPositionsAreListsOrder() throws {
        for type in RecordType.allCases {
            let all = try RecordFilter(for: type, in: dataset).records(type, in: dataset)
            let ids = Fixtures.ids(all)
            for order in type.orders {
                let positions = dataset.orderedPositions(of: type.recordKind, by: order)
                #expect(positions.map { ids[$0] } == Fixtures.ids(all.ordered(by: order, in: dataset)), "\(type) by \(order)")
            }
        }
    }

    /// The date order is taken to be the data set's own, with no value computed: records handed
    /// over in reverse come out as sorting by their dates puts them, ties in the data set's order.
    @Test func dateOrderIsTheDatasetsOwnWhateverOrderTheFilesHold() {
        let reversed = Dataset(
            meetings: dataset.meetings.reversed(), resolutions: dataset.resolutions.reversed(), sessions: dataset.sessions.reversed(),
            members: dataset.members, memberCounts: dataset.memberCounts, areas: dataset.areas, countries: dataset.countries,
            regionSources: dataset.regionSources, groupings: dataset.groupings
        )
        func sortedByValue(_ kind: RecordKind) -> [Int] {
            let keys = (0..<reversed.count(of: kind)).map { reversed.orderValue(of: kind, at: $0, by: .date) }
            return keys.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        }
        for kind in [RecordKind.meetings, .resolutions, .sessions] {
            #expect(reversed.orderedPositions(of: kind, by: .date) == sortedByValue(kind), "\(kind)")
        }
    }

    @Test func searchTextIsItsLabelledFieldsSoAMatchCanBeNamed() throws {
        let resolution = dataset.resolutions[0]
        let fields = dataset.searchFields(of: resolution)
        #expect(dataset.searchText(of: resolution) == fields.map(\.text).joined(separator: "\u{1}"))
        let theme = try #require(resolution.themes.first).label
        #expect(Dataset.fieldsMatching(theme.uppercased(), in: fields).contains(.themes))
        #expect(Dataset.fieldsMatching(resolution.sources[0].publisher, in: fields) == [.sources])
        #expect(Dataset.fieldsMatching("no such words anywhere", in: fields).isEmpty)
    }

    /// The dashboard's index, written field by field, finds what `list --search` finds in each
    /// record's joined search text, in every list.
    @Test(arguments: ["a", "Coalition", "é", "ISIS-K", "\u{1}", "2019", "May 2015", "state"])
    func theSearchIndexFindsWhatTheSearchTextHolds(query: String) {
        for kind in RecordKind.allCases {
            let index = TextSearchIndex(searching: kind, in: dataset)
            #expect(index.matches(query) == RecordScan.matches(kind, query: query, in: dataset), "\(kind) \(query)")
        }
    }
}
