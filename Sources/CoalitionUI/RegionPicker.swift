import CoalitionModel

/// One line of the region picker: an analyst region, an M49 area, or a country once the user types.
public struct RegionEntry: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case analyst, area, country
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var depth: Int
    /// Records within the region, and apart from them those its filter also shows because they are
    /// about a broader area as a whole (`Dataset.regionTallies`, the rule `list` marks "via").
    public var tally: RegionTally
    /// Other names typing finds it by (an analyst region's aliases).
    var aliases: [String] = []

    /// "12", or "12 + 5 via Africa" with every area the extra records come through named, the
    /// most first: "12 + 5 via Africa 3, Sub-Saharan Africa 2" when that fits the width, else
    /// without their counts, else "via broader areas".
    func countText(_ regions: RegionIndex, width: Int = .max) -> String {
        guard tally.viaBroader > 0 else { return "\(tally.within)" }
        let prefix = "\(tally.within) + \(tally.viaBroader) via "
        let areas = tally.viaArea.map { (name: regions.name(of: $0.key), count: $0.value) }
            .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
        let forms = areas.count == 1 ? [areas[0].name] : [
            areas.map { "\($0.name) \($0.count)" }.joined(separator: ", "),
            areas.map(\.name).joined(separator: ", "),
        ]
        let named = forms.map { prefix + $0 }.first { TextWidth.of($0) <= width }
        return named ?? prefix + (areas.count == 1 ? areas[0].name : "broader areas")
    }

    /// How well a name or alias matches the lowercased text: 0 equal, 1 a prefix, 2 inside; nil none.
    func rank(for wanted: String) -> Int? {
        ([name, id] + aliases).compactMap { candidate -> Int? in
            let lowered = candidate.lowercased()
            if lowered == wanted { return 0 }
            if lowered.hasPrefix(wanted) { return 1 }
            return lowered.contains(wanted) ? 2 : nil
        }.min()
    }
}

/// The region picker: the analyst regions (the Sahel, the Gulf) and the M49 tree, each with the
/// number of records its filter shows; typing narrows it to names and aliases that contain the
/// text, countries included.
public struct RegionPickerState: Hashable, Sendable {
    public private(set) var query = ""
    public internal(set) var selected = 0
    /// The lines shown for the query.
    public private(set) var entries: [RegionEntry]
    let tree: [RegionEntry]
    let countries: [RegionEntry]

    init(dataset: Dataset) {
        let tallies = dataset.regionTallies()
        let analyst = dataset.regions.sortedGroupings.map { grouping in
            RegionEntry(id: grouping.id, name: grouping.name, kind: .analyst, depth: 0, tally: tallies[grouping.id] ?? RegionTally(),
                        aliases: grouping.aliases ?? [])
        }
        var tree: [RegionEntry] = []
        func visit(_ id: String, depth: Int) {
            guard let area = dataset.regions.area(id) else { return }
            tree.append(RegionEntry(id: id, name: area.name, kind: .area, depth: depth, tally: tallies[id] ?? RegionTally()))
            for child in dataset.regions.children(of: id) { visit(child.id, depth: depth + 1) }
        }
        let roots = dataset.areas.filter { $0.parent == nil || dataset.regions.area($0.parent!) == nil }
        for root in roots.sorted(by: { $0.name < $1.name }) { visit(root.id, depth: 0) }
        self.tree = analyst + tree
        self.countries = dataset.countries
            .filter { (tallies[$0.code]?.within ?? 0) > 0 }
            .map { RegionEntry(id: $0.code, name: $0.name, kind: .country, depth: 0, tally: tallies[$0.code] ?? RegionTally()) }
            .sorted { $0.name < $1.name }
        self.entries = self.tree
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
        // Names typed whole come first ("sahel" is the Sahel before the G5 Sahel), then the tree's order.
        let ranked = tree.enumerated().compactMap { position, entry in entry.rank(for: wanted).map { (rank: $0, position: position) } }
        let regions = ranked.sorted { ($0.rank, $0.position) < ($1.rank, $1.position) }.map { match in
            var flat = tree[match.position]
            flat.depth = 0
            return flat
        }
        let countries = countries.filter { $0.name.lowercased().contains(wanted) || $0.id.lowercased() == wanted }
        return regions + countries
    }
}
