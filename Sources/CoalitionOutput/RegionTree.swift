import CoalitionModel

/// The M49 tree from `world` down to countries, with how many records a `--region` filter on each
/// node would show. Names and ids are the ones `--region` accepts.
public struct RegionTree: Encodable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var m49: String?
    /// "area" or "country".
    public var type: String
    public var records: Int
    public var children: [RegionTree]

    /// The tree under every root area (normally only `world`); areas before countries, each by name.
    public static func roots(of dataset: Dataset) -> [RegionTree] {
        let counts = dataset.regionCounts()
        let countriesByArea = Dictionary(grouping: dataset.countries, by: \.area)
        func node(_ area: RegionArea, visited: Set<String>) -> RegionTree {
            // A cycle in bad data must not recurse forever; the validator reports it.
            let areas = dataset.regions.children(of: area.id).filter { !visited.contains($0.id) }
            let countries = (countriesByArea[area.id] ?? []).sorted { $0.name < $1.name }
            return RegionTree(
                id: area.id, name: area.name, m49: area.m49, type: "area", records: counts[area.id] ?? 0,
                children: areas.map { node($0, visited: visited.union([$0.id])) }
                    + countries.map { RegionTree(id: $0.code, name: $0.name, m49: $0.m49, type: "country", records: counts[$0.code] ?? 0, children: []) }
            )
        }
        return dataset.areas.filter { $0.parent == nil }.sorted { $0.name < $1.name }.map { node($0, visited: [$0.id]) }
    }

    /// Depth-first, each node with its depth below the root.
    public func flattened(depth: Int = 0) -> [(node: RegionTree, depth: Int)] {
        [(self, depth)] + children.flatMap { $0.flattened(depth: depth + 1) }
    }

    /// An indented table: the name column shows the tree.
    public static func table(_ roots: [RegionTree]) -> Table {
        Table(
            columns: [.init("region", shrinks: true), .init("id"), .init("m49"), .init("records", alignment: .right)],
            rows: roots.flatMap { $0.flattened() }.map { node, depth in
                [String(repeating: "  ", count: depth) + node.name, node.id, node.m49 ?? "", String(node.records)]
            }
        )
    }

    /// A nested Markdown list.
    public static func markdown(_ roots: [RegionTree]) -> [String] {
        roots.flatMap { $0.flattened() }.map { node, depth in
            let m49 = node.m49.map { ", M49 \($0)" } ?? ""
            let noun = node.records == 1 ? "record" : "records"
            return String(repeating: "  ", count: depth) + "- **\(MarkdownWriter.text(node.name))** (`\(node.id)`\(m49)): \(node.records) \(noun)"
        }
    }
}
