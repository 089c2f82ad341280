import CoalitionModel
import Synchronization

/// The search index and the matches of the last query. Built on the first search, not at start-up,
/// and shared by every copy of the state: it depends only on the data, which never changes.
final class SearchCache: Sendable {
    private struct Storage {
        var indexes: [TextSearchIndex]?
        var query = ""
        var matches: [[Bool]] = []
    }

    private let dataset: Dataset
    private let storage = Mutex(Storage())

    init(dataset: Dataset) {
        self.dataset = dataset
    }

    func matches(for query: String) -> [[Bool]] {
        storage.withLock { storage in
            if storage.indexes != nil, storage.query == query { return storage.matches }
            let indexes = storage.indexes ?? Pane.allCases.map { pane in
                TextSearchIndex(texts: (0..<RecordRows.count(pane, in: dataset)).map { RecordRows.searchText(pane, $0, in: dataset) })
            }
            storage.indexes = indexes
            storage.query = query
            storage.matches = indexes.map { query.isEmpty ? Array(repeating: false, count: $0.count) : $0.matches(query) }
            return storage.matches
        }
    }
}
