import CoalitionModel

/// The records a filter kept, still typed, so JSON can write the records themselves.
public enum RecordList: Sendable {
    case meetings([Meeting]), resolutions([Resolution]), sessions([FocusGroupSession]), members([Member])
}

extension RecordList {
    public var type: RecordType {
        switch self {
        case .meetings: .meetings
        case .resolutions: .resolutions
        case .sessions: .sessions
        case .members: .members
        }
    }

    public var count: Int {
        switch self {
        case .meetings(let list): list.count
        case .resolutions(let list): list.count
        case .sessions(let list): list.count
        case .members(let list): list.count
        }
    }

    /// The same records in the order (see `RecordOrder`).
    public func ordered(by order: RecordOrder, in dataset: Dataset) -> RecordList {
        switch self {
        case .meetings(let list): .meetings(dataset.ordered(list) { dataset.orderValue(of: $0, by: order) })
        case .resolutions(let list): .resolutions(dataset.ordered(list) { dataset.orderValue(of: $0, by: order) })
        case .sessions(let list): .sessions(dataset.ordered(list) { dataset.orderValue(of: $0, by: order) })
        case .members(let list): .members(dataset.ordered(list) { dataset.orderValue(of: $0, by: order) })
        }
    }

    /// How many records a region filter kept only because they are about a broader area, by area.
    public func viaBroaderCounts(region: String, in dataset: Dataset) -> [(area: String, count: Int)] {
        let matches: [RegionMatch?] = switch self {
        case .meetings(let list): list.map { dataset.regionMatch($0, region: region) }
        case .resolutions(let list): list.map { dataset.regionMatch($0, region: region) }
        case .sessions(let list): list.map { dataset.regionMatch($0, region: region) }
        case .members(let list): list.map { dataset.regionMatch($0, region: region) }
        }
        var counts: [String: Int] = [:]
        for case .viaBroader(let area)? in matches { counts[area, default: 0] += 1 }
        return dataset.regions.broaderAreas(of: region).compactMap { area in counts[area].map { (area, $0) } }
    }
}

extension RecordType {
    /// The orders `--sort` takes for this kind of record.
    public var orders: [RecordOrder] { RecordOrder.orders(for: recordKind) }

    public var recordKind: RecordKind {
        switch self {
        case .meetings: .meetings
        case .resolutions: .resolutions
        case .sessions: .sessions
        case .members: .members
        }
    }

    /// Reads `--sort`, naming the valid orders for this kind when the typed one is not among them.
    public func order(named typed: String) throws(UsageProblem) -> RecordOrder {
        if let order = RecordOrder.named(typed, for: recordKind) { return order }
        throw UsageProblem.unknown("sort order for \(rawValue)", typed, valid: orders.map(\.rawValue))
    }
}
