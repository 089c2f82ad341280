import CoalitionModel
import Synchronization

/// What the dashboard derives from the data alone so that keys stay fast at scale, each built
/// once. The dashboard builds every one off its input loop right after the first frame, in this
/// order (`Update.firstFrameDrawn`); until one is ready, what needs it answers another way.
public enum DataIndex: Hashable, Sendable, CaseIterable {
    /// Each pane's folded search text (`TextSearchIndex`). Until built, a search on a large data
    /// set shows "indexing…" and its matches follow when the index is done; so it comes first.
    case search
    /// Which region filters show each record (`RegionBitSets`). Until built, a filter scans the
    /// records (`RecordScan`), which gives the same rows.
    case regions
    /// Every pane's rows in each of its orders (`RecordOrder`). Until built, the first sort into
    /// an order sorts inline (n log n) and keeps the result.
    case sortOrders
}

/// The data the dashboard shows and what is derived from the data alone: the indexes
/// (`DataIndex`), the timelines, the membership by year, the theme matrices and the coverage
/// report. It is not part of the state's value: a data set never changes, so every state shares
/// it, compared by identity; a reload (`ReloadUpdate`) brings a new one. Safe to use from any thread.
public final class DashboardData: Sendable, Hashable {
    private struct Storage {
        var regions: RegionBitSets?
        /// Before `regions` is built: the last region each pane was scanned for and its records,
        /// as each change of order or filter recomputes every pane's rows under the same region.
        var scannedRegion: [Pane: (region: String, records: [Int])] = [:]
        var search: [TextSearchIndex]?
        var sortedRows: [SortKey: [Int]] = [:]
        var timelines: [TimelineKey: TimelineModel] = [:]
        var membershipGrowth: [MembershipYear]?
        var themeMatrices: [ThemeMatrixKey: ThemeMatrix] = [:]
        var coverage: CoverageReport?
    }

    private struct ThemeMatrixKey: Hashable {
        var axis: ThemeMatrix.Axis
        var region: String?
        var dates: DateBounds
    }

    private struct TimelineKey: Hashable {
        var region: String?
        var dates: DateBounds
    }

    private struct SortKey: Hashable {
        var pane: Pane
        var order: RecordOrder
        var descending: Bool
    }

    public let dataset: Dataset
    /// Up to this many records the search index is built inside `Update` when first needed, too
    /// fast to notice; above it, a search waits for the index's command.
    let inlineSearchIndexLimit: Int
    private let storage = Mutex(Storage())

    public static let defaultInlineSearchIndexLimit = 20_000

    public init(dataset: Dataset, inlineSearchIndexLimit: Int = DashboardData.defaultInlineSearchIndexLimit) {
        self.dataset = dataset
        self.inlineSearchIndexLimit = inlineSearchIndexLimit
    }

    public static func == (lhs: DashboardData, rhs: DashboardData) -> Bool { lhs === rhs }

    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

    var recordCount: Int { Pane.allCases.reduce(0) { $0 + RecordRows.count($1, in: dataset) } }

    public func isBuilt(_ index: DataIndex) -> Bool {
        storage.withLock { storage in
            switch index {
            case .regions: storage.regions != nil
            case .search: storage.search != nil
            case .sortOrders: DashboardData.everyOrder.allSatisfy { storage.sortedRows[$0] != nil }
            }
        }
    }

    /// Builds the index unless it is built already. The lock is not held while building, so
    /// lookups never wait for it; should two builds of one index overlap, the first is kept.
    public func build(_ index: DataIndex) {
        guard !isBuilt(index) else { return }
        switch index {
        case .regions:
            let bitSets = RegionBitSets(dataset: dataset)
            storage.withLock { storage in
                storage.regions = storage.regions ?? bitSets
                storage.scannedRegion = [:]
            }
        case .search:
            let indexes = TextSearchIndex.searching(Pane.allCases.map(\.recordKind), in: dataset)
            storage.withLock { $0.search = $0.search ?? indexes }
        case .sortOrders:
            for key in DashboardData.everyOrder { _ = sortedRows(key.pane, key.order) }
        }
    }

    private static let everyOrder = Pane.allCases.flatMap { pane in
        RecordOrder.orders(for: pane.recordKind).map { SortKey(pane: pane, order: $0, descending: false) }
    }

    /// Whether a search can be answered now: the index is built, or small enough to build inline.
    var canSearchNow: Bool {
        recordCount <= inlineSearchIndexLimit || isBuilt(.search)
    }

    /// For each pane, which records (by dataset index) contain the query; all false for "".
    /// Builds the index when it does not exist yet. `previous` is the query before and its
    /// matches: when the new query extends it, only those are searched again.
    func matches(for query: String, narrowing previous: (query: String, matches: [[Bool]])? = nil) -> [[Bool]] {
        build(.search)
        let indexes = storage.withLock { $0.search ?? [] }
        return indexes.enumerated().map { pane, index in
            index.matches(query, narrowing: previous.flatMap { $0.matches.indices.contains(pane) ? ($0.query, $0.matches[pane]) : nil })
        }
    }

    /// The records of a pane that lie in the region, in dataset order: from the bit sets once
    /// built, by a scan before, kept for the next time the pane's rows are recomputed (the first
    /// sort after a first filter would otherwise scan every pane again).
    func records(in pane: Pane, region: String) -> [Int] {
        let (bitSets, scanned) = storage.withLock { ($0.regions, $0.scannedRegion[pane]) }
        if let bitSets { return bitSets.records(pane.recordKind, inRegion: region) }
        if let scanned, scanned.region == region { return scanned.records }
        let records = RecordScan.records(pane.recordKind, inRegion: region, in: dataset)
        storage.withLock { storage in
            if storage.regions == nil { storage.scannedRegion[pane] = (region, records) }
        }
        return records
    }

    /// Named members by year, as `stats` counts them.
    var membershipGrowth: [MembershipYear] {
        storage.withLock { storage in
            if let growth = storage.membershipGrowth { return growth }
            let growth = dataset.membershipGrowth()
            storage.membershipGrowth = growth
            return growth
        }
    }

    func timeline(region: String?, dates: DateBounds = DateBounds()) -> TimelineModel {
        storage.withLock { storage in
            let key = TimelineKey(region: region, dates: dates)
            if let model = storage.timelines[key] { return model }
            let model = TimelineModel(dataset: dataset, region: region, from: dates.from, to: dates.to)
            storage.timelines[key] = model
            return model
        }
    }

    /// Every record of a pane (by dataset index) in the order, sorted once (n log n over keys
    /// computed once each) and kept: re-sorting to an order seen before costs nothing.
    public func sortedRows(_ pane: Pane, _ order: RecordOrder, descending: Bool = false) -> [Int] {
        let key = SortKey(pane: pane, order: order, descending: descending)
        if let sorted = storage.withLock({ $0.sortedRows[key] }) { return sorted }
        let sorted = dataset.orderedPositions(of: pane.recordKind, by: order, descending: descending)
        storage.withLock { $0.sortedRows[key] = $0.sortedRows[key] ?? sorted }
        return sorted
    }

    /// One matrix per set of filters, kept: moving the cursor never counts the statements again.
    func themeMatrix(by axis: ThemeMatrix.Axis, region: String?, dates: DateBounds) -> ThemeMatrix {
        let key = ThemeMatrixKey(axis: axis, region: region, dates: dates)
        if let matrix = storage.withLock({ $0.themeMatrices[key] }) { return matrix }
        let matrix = ThemeMatrix(dataset: dataset, by: axis, region: region, dates: dates)
        storage.withLock { $0.themeMatrices[key] = matrix }
        return matrix
    }

    func coverageReport() -> CoverageReport {
        if let report = storage.withLock({ $0.coverage }) { return report }
        let report = CoverageReport(dataset)
        storage.withLock { $0.coverage = report }
        return report
    }
}
