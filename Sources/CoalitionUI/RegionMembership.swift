import CoalitionModel

/// The region bit sets of the model (`RegionBitSets`), asked by pane.
struct RegionMembership: Sendable {
    private let bitSets: RegionBitSets

    init(dataset: Dataset) {
        bitSets = RegionBitSets(dataset: dataset)
    }

    /// The records of a pane that lie in the region, in dataset order.
    func records(in pane: Pane, region: String) -> [Int] {
        bitSets.records(pane.recordKind, inRegion: region)
    }
}
