import CoalitionModel
import Synchronization

/// The data the dashboard shows and what is derived from the data alone: the search index, the
/// region bit sets, each pane's sort orders, the timelines, the theme matrices and the coverage
/// report, each built the first time it is needed. It is not part of
/// the state's value: the data never changes, so every state shares one, compared by identity.
public final class DashboardData: Sendable, Equatable {
    private struct Storage {
        var searchIndexes: [TextSearchIndex]?
        var membership: RegionMembership?
        var timelines: [TimelineKey: TimelineModel] = [:]
        var sortedRows: [SortKey: [Int]] = [:]
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
    }

    public let dataset: Dataset
    /// Up to this many records the search index is built inside `Update`, too fast to notice;
    /// above it, building is a `Command` run off the input loop.
    let inlineSearchIndexLimit: Int
    private let storage = Mutex(Storage())

    public static let defaultInlineSearchIndexLimit = 20_000

    public init(dataset: Dataset, inlineSearchIndexLimit: Int = DashboardData.defaultInlineSearchIndexLimit) {
        self.dataset = dataset
        self.inlineSearchIndexLimit = inlineSearchIndexLimit
    }

    public static func == (lhs: DashboardData, rhs: DashboardData) -> Bool { lhs === rhs }

    var recordCount: Int { Pane.allCases.reduce(0) { $0 + RecordRows.count($1, in: dataset) } }

    /// Whether searching can start now without a command building the index first.
    var canSearchNow: Bool {
        recordCount <= inlineSearchIndexLimit || storage.withLock { $0.searchIndexes != nil }
    }

    /// For each pane, which records (by dataset index) contain the query; all false for "".
    /// Builds the index when it does not exist yet.
    func matches(for query: String) -> [[Bool]] {
        let indexes = buildSearchIndex()
        return indexes.map { query.isEmpty ? Array(repeating: false, count: $0.count) : $0.matches(query) }
    }

    /// The slow part of the first search: one index per pane over the rows' searchable text.
    @discardableResult
    func buildSearchIndex() -> [TextSearchIndex] {
        if let built = storage.withLock({ $0.searchIndexes }) { return built }
        let indexes = Pane.allCases.map { pane in
            TextSearchIndex(texts: (0..<RecordRows.count(pane, in: dataset)).map { RecordRows.searchText(pane, $0, in: dataset) })
        }
        storage.withLock { $0.searchIndexes = $0.searchIndexes ?? indexes }
        return indexes
    }

    func membership() -> RegionMembership {
        storage.withLock { storage in
            if let membership = storage.membership { return membership }
            let membership = RegionMembership(dataset: dataset)
            storage.membership = membership
            return membership
        }
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
    public func sortedRows(_ pane: Pane, _ order: RecordOrder) -> [Int] {
        let key = SortKey(pane: pane, order: order)
        if let sorted = storage.withLock({ $0.sortedRows[key] }) { return sorted }
        let sorted = dataset.orderedPositions(of: pane.recordKind, by: order)
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
