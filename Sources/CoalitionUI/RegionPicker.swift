import CoalitionModel

/// One line of the region picker: an M49 area, or a country once the user types.
public struct RegionEntry: Hashable, Sendable {
    public var id: String
    public var name: String
    public var depth: Int
    public var count: Int
}

/// The region picker: the M49 tree with the number of matching records beside each area;
/// typing narrows it to names that contain the text, countries included.
public struct RegionPickerState: Hashable, Sendable {
    public private(set) var query = ""
    public internal(set) var selected = 0
    /// The lines shown for the query.
    public private(set) var entries: [RegionEntry]
    let tree: [RegionEntry]
    let countries: [RegionEntry]

    init(dataset: Dataset) {
        let counts = dataset.regionCounts()
        var tree: [RegionEntry] = []
        func visit(_ id: String, depth: Int) {
            guard let area = dataset.regions.area(id) else { return }
            tree.append(RegionEntry(id: id, name: area.name, depth: depth, count: counts[id] ?? 0))
            for child in dataset.regions.children(of: id) { visit(child.id, depth: depth + 1) }
        }
        let roots = dataset.areas.filter { $0.parent == nil || dataset.regions.area($0.parent!) == nil }
        for root in roots.sorted(by: { $0.name < $1.name }) { visit(root.id, depth: 0) }
        self.tree = tree
        self.countries = dataset.countries
            .filter { (counts[$0.code] ?? 0) > 0 }
            .map { RegionEntry(id: $0.code, name: $0.name, depth: 0, count: counts[$0.code] ?? 0) }
            .sorted { $0.name < $1.name }
        self.entries = tree
    }

    /// Narrows the entries to the typed text and chooses the first.
    mutating func setQuery(_ text: String) {
        query = text
        selected = 0
        entries = matching(text)
    }

    private func matching(_ query: String) -> [RegionEntry] {
        let wanted = query.lowercased()
        guard !wanted.isEmpty else { return tree }
        let areas = tree.filter { $0.name.lowercased().contains(wanted) || $0.id.contains(wanted) }
            .map { RegionEntry(id: $0.id, name: $0.name, depth: 0, count: $0.count) }
        let countries = countries.filter { $0.name.lowercased().contains(wanted) || $0.id.lowercased() == wanted }
        return areas + countries
    }
}
