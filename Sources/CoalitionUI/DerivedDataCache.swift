import CoalitionModel
import Synchronization

/// What the state derives from the data only when first needed: the region bit sets on the first
/// filter, the timeline when it is first shown. Shared by every copy of the state, since the data
/// never changes.
final class DerivedDataCache: Sendable {
    private struct Storage {
        var membership: RegionMembership?
        var timelines: [String: TimelineModel] = [:]
    }

    private let dataset: Dataset
    private let storage = Mutex(Storage())

    init(dataset: Dataset) {
        self.dataset = dataset
    }

    func membership() -> RegionMembership {
        storage.withLock { storage in
            if let membership = storage.membership { return membership }
            let membership = RegionMembership(dataset: dataset)
            storage.membership = membership
            return membership
        }
    }

    func timeline(region: String?) -> TimelineModel {
        storage.withLock { storage in
            let key = region ?? ""
            if let model = storage.timelines[key] { return model }
            let model = TimelineModel(dataset: dataset, region: region)
            storage.timelines[key] = model
            return model
        }
    }
}
