/// An area of the UN M49 geoscheme: a region, sub-region or intermediate region.
public struct RegionArea: Codable, Hashable, Sendable {
    public var id: String
    public var m49: String
    public var name: String
    public var parent: String?
    public var sources: [Source]
}

/// A country or territory and the most specific M49 area it belongs to.
public struct Country: Codable, Hashable, Sendable {
    public var code: String
    public var m49: String?
    public var name: String
    public var area: String
    public var note: String?
    public var sources: [Source]?
}
