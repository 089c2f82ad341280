import Dispatch
import Synchronization

/// Builds `RecordIndexes` on a background thread as soon as it is made, and answers every query
/// in the meantime by scanning the records, so no keystroke waits for the build. Safe to share
/// between threads.
public final class BackgroundIndexes: Sendable {
    private let dataset: Dataset
    private let built = Mutex<RecordIndexes?>(nil)
    private let finished = DispatchGroup()

    /// `whenReady` runs on the background thread once the indexes are built (to redraw, or to
    /// take the "indexing…" note away).
    public init(dataset: Dataset, whenReady: @escaping @Sendable () -> Void = {}) {
        self.dataset = dataset
        finished.enter()
        DispatchQueue.global(qos: .utility).async { [self] in
            let indexes = RecordIndexes(dataset: dataset)
            built.withLock { $0 = indexes }
            finished.leave()
            whenReady()
        }
    }

    /// The indexes, once built.
    public var indexes: RecordIndexes? { built.withLock { $0 } }

    public var isReady: Bool { indexes != nil }

    /// Blocks until the build is done: for tests and the benchmark, never the dashboard.
    public func waitUntilReady() -> RecordIndexes {
        finished.wait()
        return built.withLock { $0 }!
    }

    public func matches(_ kind: RecordKind, query: String) -> [Bool] {
        indexes?.matches(kind, query: query) ?? RecordScan.matches(kind, query: query, in: dataset)
    }

    public func records(_ kind: RecordKind, inRegion region: String) -> [Int] {
        indexes?.records(kind, inRegion: region) ?? RecordScan.records(kind, inRegion: region, in: dataset)
    }
}
