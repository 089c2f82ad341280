import CoalitionModel

/// How many members the dashboard says the Coalition has: the latest total a source states, else
/// the named members counted. The one definition the header and the reload notice both use, so
/// they cannot give two figures for the same data.
struct MemberTotal: Equatable {
    /// The latest total a source states, if any does.
    let stated: Int?
    /// The members the data names.
    let named: Int

    init(_ dataset: Dataset) {
        stated = dataset.latestMemberCount?.count
        named = RecordRows.count(.members, in: dataset)
    }

    var shown: Int { stated ?? named }

    /// "90 members", as the header says it.
    var text: String { "\(shown) members" }

    /// "90 members (88 named)": the header's figure, and the named count beside it when it differs.
    var withNamed: String { shown == named ? text : "\(text) (\(named) named)" }
}
