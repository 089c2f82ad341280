/// The M49 tree and the analyst regions beside it, and which of them each place lies within.
public struct RegionIndex: Sendable {
    public let areas: [String: RegionArea]
    public let countries: [String: Country]
    /// Analyst regions (the Sahel, the Gulf) by id.
    public let groupings: [String: AnalystRegion]
    /// For every area id and country code: itself and every area above it. At most
    /// `DataBounds.areaDepth` and one each, so arrays: cheaper to build than sets, as quick to search.
    private let containers: [String: [String]]
    /// For every country an analyst region names: the analyst regions that name it.
    private let analystRegions: [String: Set<String>]
    /// For every area, country and analyst region: the areas above it whose own records a filter on
    /// it also shows (records about Africa as a whole under Western Africa), nearest first. The
    /// root (World) is left out: a global statement is not about every region.
    private let broader: [String: [String]]
    /// The inverse of `broader`: for an area, every region that shows its records.
    private let narrower: [String: [String]]
    /// A number for every area, country and analyst region, for bit sets of regions.
    public let regionNumbers: [String: Int]

    public init(areas: [RegionArea], countries: [Country], groupings: [AnalystRegion] = []) {
        let areaMap = Dictionary(areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let countryMap = Dictionary(countries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let groupingMap = Dictionary(groupings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.areas = areaMap
        self.countries = countryMap
        self.groupings = groupingMap

        /// The area and those above it, nearest first.
        func chain(fromArea id: String) -> [String] {
            var found: [String] = []
            var seen: Set<String> = []
            var current: String? = id
            // The walk stops at a repeat, so a cycle in bad data cannot hang it, and past the
            // depth bound, so a long chain in bad data costs no more than valid data.
            while let area = current, seen.insert(area).inserted, found.count <= DataBounds.areaDepth {
                found.append(area)
                current = areaMap[area]?.parent
            }
            return found
        }
        func withoutRoot(_ chain: [String]) -> [String] {
            chain.filter { areaMap[$0]?.parent != nil }
        }
        // Every country of an area shares the area's chain: each area's is walked once.
        var areaChains: [String: (chain: [String], broader: [String])] = [:]
        areaChains.reserveCapacity(areaMap.count)
        func shared(area id: String) -> (chain: [String], broader: [String]) {
            if let known = areaChains[id] { return known }
            let up = chain(fromArea: id)
            let found = (chain: up, broader: withoutRoot(up))
            areaChains[id] = found
            return found
        }
        var containers: [String: [String]] = [:]
        var namedBy: [String: Set<String>] = [:]
        var broader: [String: [String]] = [:]
        containers.reserveCapacity(areaMap.count + countries.count)
        broader.reserveCapacity(areaMap.count + countries.count + groupings.count)
        for id in areaMap.keys {
            let up = shared(area: id).chain
            containers[id] = up
            broader[id] = withoutRoot(Array(up.dropFirst()))
        }
        for country in countries {
            let area = shared(area: country.area)
            containers[country.code] = area.chain + [country.code]
            broader[country.code] = area.broader
        }
        for grouping in groupings {
            // A grouping lies within the areas that hold all of its countries.
            var common: [String]?
            for code in grouping.countries {
                namedBy[code, default: []].insert(grouping.id)
                let up = countryMap[code].map { shared(area: $0.area).chain } ?? []
                common = common.map { shared in shared.filter(up.contains) } ?? up
            }
            broader[grouping.id] = withoutRoot(common ?? [])
        }
        self.containers = containers
        self.analystRegions = namedBy
        self.broader = broader
        var narrower: [String: [String]] = [:]
        for (region, above) in broader {
            for area in above { narrower[area, default: []].append(region) }
        }
        self.narrower = narrower
        self.regionNumbers = Dictionary(
            (areaMap.keys.sorted() + countryMap.keys.sorted() + groupingMap.keys.sorted()).enumerated().map { ($1, $0) },
            uniquingKeysWith: { first, _ in first }
        )
    }

    public func area(_ id: String) -> RegionArea? { areas[id] }
    public func country(_ code: String) -> Country? { countries[code] }
    public func grouping(_ id: String) -> AnalystRegion? { groupings[id] }

    /// True for an area slug or a country code this index knows: what records may name.
    public func isKnown(_ reference: String) -> Bool {
        areas[reference] != nil || countries[reference] != nil
    }

    /// True when the place (a country code or area slug) lies within the region (or is it).
    public func place(_ place: String, liesWithin region: String) -> Bool {
        if let within = containers[place] { return within.contains(region) || analystRegions[place]?.contains(region) == true }
        // A code only an analyst region names still lies within itself.
        return analystRegions[place].map { region == place || $0.contains(region) } ?? false
    }

    /// The place itself, every area it lies within and every analyst region that names it.
    public func containers(of place: String) -> Set<String> {
        guard let named = analystRegions[place] else { return Set(containers[place] ?? []) }
        return named.union(containers[place] ?? [place])
    }

    /// True when any of the places lies within the region.
    public func anyPlace(_ places: [String], liesWithin region: String) -> Bool {
        places.contains { place($0, liesWithin: region) }
    }

    /// The areas above a region whose own records a filter on it also shows, nearest first.
    public func broaderAreas(of region: String) -> [String] {
        broader[region] ?? []
    }

    /// Every region whose filter shows records about this area as a whole.
    public func regionsShowing(recordsAbout area: String) -> [String] {
        narrower[area] ?? []
    }

    /// How records with these places stand to a region filter: within it, only about an area above
    /// it (the nearest such area), or not at all.
    public func match(_ places: [String], region: String) -> RegionMatch? {
        if anyPlace(places, liesWithin: region) { return .within }
        if let area = broaderAreas(of: region).first(where: places.contains) { return .viaBroader(area) }
        return nil
    }

    public func name(of reference: String) -> String {
        areas[reference]?.name ?? groupings[reference]?.name ?? countries[reference]?.name ?? reference
    }

    /// Areas directly below an area, by name.
    public func children(of parent: String) -> [RegionArea] {
        areas.values.filter { $0.parent == parent }.sorted { $0.name < $1.name }
    }

    /// Analyst regions by name.
    public var sortedGroupings: [AnalystRegion] {
        groupings.values.sorted { $0.name < $1.name }
    }

    /// Resolves what a user typed ("Sub-Saharan Africa", "sub-saharan-africa", "Sahel", "NE",
    /// "Niger") to an area slug, an analyst region's id or a country code; case, the choice of
    /// spaces or hyphens and brackets do not matter.
    public func resolve(_ typed: String) -> String? {
        let wanted = RegionIndex.normalized(typed)
        guard !wanted.isEmpty else { return nil }
        if let area = areas.values.first(where: { RegionIndex.normalized($0.id) == wanted || RegionIndex.normalized($0.name) == wanted || $0.m49 == typed }) {
            return area.id
        }
        if let grouping = groupings.values.first(where: { grouping in
            ([grouping.id, grouping.name] + (grouping.aliases ?? [])).contains { RegionIndex.normalized($0) == wanted }
        }) {
            return grouping.id
        }
        if let country = countries.values.first(where: { $0.code.lowercased() == wanted || RegionIndex.normalized($0.name) == wanted }) {
            return country.code
        }
        return nil
    }

    /// Every name `resolve` accepts for an area or analyst region, for error messages and completion.
    public var areaNames: [String] {
        (areas.values.map(\.name) + groupings.values.map(\.name)).sorted()
    }

    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { " -_(),".contains($0) }).joined(separator: "-")
    }
}

/// How a record stands to a region filter it passes.
public enum RegionMatch: Hashable, Sendable {
    /// One of its places lies within the region.
    case within
    /// It is about an area above the region as a whole (tagged `africa` under Western Africa).
    case viaBroader(String)
}
