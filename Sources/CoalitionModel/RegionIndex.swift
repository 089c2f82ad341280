/// The M49 tree, and which areas each country or area lies within.
public struct RegionIndex: Sendable {
    public let areas: [String: RegionArea]
    public let countries: [String: Country]
    /// For every area id and country code: itself and every area above it.
    private let containers: [String: Set<String>]
    /// A number for every area and country, for bit sets of regions.
    public let regionNumbers: [String: Int]

    public init(areas: [RegionArea], countries: [Country]) {
        let areaMap = Dictionary(areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let countryMap = Dictionary(countries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.areas = areaMap
        self.countries = countryMap

        func ancestors(ofArea id: String) -> Set<String> {
            var found: Set<String> = []
            var current: String? = id
            // The walk stops at a repeat, so a cycle in bad data cannot hang it, and past the
            // depth bound, so a long chain in bad data costs no more than valid data.
            while let area = current, !found.contains(area), found.count <= DataBounds.areaDepth {
                found.insert(area)
                current = areaMap[area]?.parent
            }
            return found
        }
        var containers: [String: Set<String>] = [:]
        for id in areaMap.keys { containers[id] = ancestors(ofArea: id) }
        for country in countries {
            containers[country.code] = ancestors(ofArea: country.area).union([country.code])
        }
        self.containers = containers
        self.regionNumbers = Dictionary(
            (areaMap.keys.sorted() + countryMap.keys.sorted()).enumerated().map { ($1, $0) },
            uniquingKeysWith: { first, _ in first }
        )
    }

    public func area(_ id: String) -> RegionArea? { areas[id] }
    public func country(_ code: String) -> Country? { countries[code] }

    /// True for an area slug or a country code this index knows.
    public func isKnown(_ reference: String) -> Bool {
        areas[reference] != nil || countries[reference] != nil
    }

    /// True when the place (a country code or area slug) lies within the region (or is it).
    public func place(_ place: String, liesWithin region: String) -> Bool {
        containers[place]?.contains(region) ?? false
    }

    /// The place itself and every area it lies within.
    public func containers(of place: String) -> Set<String> {
        containers[place] ?? []
    }

    /// True when any of the places lies within the region.
    public func anyPlace(_ places: [String], liesWithin region: String) -> Bool {
        places.contains { place($0, liesWithin: region) }
    }

    public func name(of reference: String) -> String {
        areas[reference]?.name ?? countries[reference]?.name ?? reference
    }

    /// Areas directly below an area, by name.
    public func children(of parent: String) -> [RegionArea] {
        areas.values.filter { $0.parent == parent }.sorted { $0.name < $1.name }
    }

    /// Resolves what a user typed ("Sub-Saharan Africa", "sub-saharan-africa", "NE", "Niger") to an
    /// area slug or a country code; case and the choice of spaces or hyphens do not matter.
    public func resolve(_ typed: String) -> String? {
        let wanted = RegionIndex.normalized(typed)
        if let area = areas.values.first(where: { RegionIndex.normalized($0.id) == wanted || RegionIndex.normalized($0.name) == wanted || $0.m49 == typed }) {
            return area.id
        }
        if let country = countries.values.first(where: { $0.code.lowercased() == wanted || RegionIndex.normalized($0.name) == wanted }) {
            return country.code
        }
        return nil
    }

    /// Every name `resolve` accepts for an area, for error messages and completion.
    public var areaNames: [String] {
        areas.values.map(\.name).sorted()
    }

    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).joined(separator: "-")
    }
}
