import CoalitionModel

/// The M49 tree from `world` down to countries, then the analyst regions with their countries,
/// with how many records a `--region` filter on each node would show: those within it, and apart
/// from them those about an area above it as a whole. Names and ids are the ones `--region` accepts.
public struct RegionTree: Encodable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var m49: String?
    /// "area", "country" or "analyst region".
    public var type: String
    /// Records within the region.
    public var records: Int
    /// Records the filter also shows because they are about an area above it as a whole.
    public var viaBroader: Int
    /// An analyst region's definition, in our words, and the areas above it.
    public var definition: String?
    public var within: [String]?
    public var children: [RegionTree]

    init(id: String, name: String, m49: String?, type: String, tally: RegionTally?, definition: String? = nil, within: [String]? = nil, children: [RegionTree]) {
        self.id = id
        self.name = name
        self.m49 = m49
        self.type = type
        self.records = tally?.within ?? 0
        self.viaBroader = tally?.viaBroader ?? 0
        self.definition = definition
        self.within = within
        self.children = children
    }

    /// The tree under every root area (normally only `world`); areas before countries, each by name.
    public static func roots(of dataset: Dataset) -> [RegionTree] {
        let counts = dataset.regionTallies()
        let countriesByArea = Dictionary(grouping: dataset.countries, by: \.area)
        func node(_ area: RegionArea, visited: Set<String>) -> RegionTree {
            // A cycle in bad data must not recurse forever; the validator reports it.
            let areas = dataset.regions.children(of: area.id).filter { !visited.contains($0.id) }
            let countries = (countriesByArea[area.id] ?? []).sorted { $0.name < $1.name }
            return RegionTree(
                id: area.id, name: area.name, m49: area.m49, type: "area", tally: counts[area.id],
                children: areas.map { node($0, visited: visited.union([$0.id])) }
                    + countries.map { country(dataset.regions.country($0.code) ?? $0, counts) }
            )
        }
        let tree = dataset.areas.filter { $0.parent == nil }.sorted { $0.name < $1.name }.map { node($0, visited: [$0.id]) }
        let analyst = dataset.regions.sortedGroupings.map { grouping in
            RegionTree(
                id: grouping.id, name: grouping.name, m49: nil, type: "analyst region", tally: counts[grouping.id],
                definition: grouping.definition, within: dataset.regions.broaderAreas(of: grouping.id),
                children: grouping.countries.compactMap { dataset.regions.country($0) }.sorted { $0.name < $1.name }.map { country($0, counts) }
            )
        }
        return tree + analyst
    }

    private static func country(_ country: Country, _ counts: [String: RegionTally]) -> RegionTree {
        RegionTree(id: country.code, name: country.name, m49: country.m49, type: "country", tally: counts[country.code], children: [])
    }

    /// Depth-first, each node with its depth below the root.
    public func flattened(depth: Int = 0) -> [(node: RegionTree, depth: Int)] {
        [(self, depth)] + children.flatMap { $0.flattened(depth: depth + 1) }
    }

    /// An indented table: the name column shows the tree.
    public static func table(_ roots: [RegionTree]) -> Table {
        Table(
            columns: [.init("region", shrinks: true), .init("id"), .init("m49"), .init("records", alignment: .right),
                      .init("via broader", alignment: .right)],
            rows: roots.flatMap { $0.flattened() }.map { node, depth -> [String] in
                let name: String = String(repeating: "  ", count: depth) + node.name
                let code: String = node.m49 ?? (node.type == "analyst region" ? "analyst" : "")
                let via: String = node.viaBroader == 0 ? "" : "+\(node.viaBroader)"
                return [name, node.id, code, String(node.records), via]
            }
        )
    }

    /// A nested Markdown list.
    public static func markdown(_ roots: [RegionTree]) -> [String] {
        roots.flatMap { $0.flattened() }.map { node, depth in
            let m49 = node.m49.map { ", M49 \($0)" } ?? (node.type == "analyst region" ? ", analyst region" : "")
            let noun = node.records == 1 ? "record" : "records"
            let via = node.viaBroader == 0 ? "" : " (+\(node.viaBroader) about broader areas)"
            let definition = node.definition.map { ": " + MarkdownWriter.text($0) } ?? ""
            return String(repeating: "  ", count: depth) + "- **\(MarkdownWriter.text(node.name))** (`\(node.id)`\(m49)): \(node.records) \(noun)\(via)\(definition)"
        }
    }
}
