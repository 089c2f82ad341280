/// An area of the UN M49 geoscheme: a region, sub-region or intermediate region.
public struct RegionArea: Encodable, Hashable, Sendable {
    public var id: String
    public var m49: String
    public var name: String
    public var parent: String?
    public var sources: [Source]
}

extension RegionArea: JSONRecord {
    public init(reader r: inout ObjectReader) {
        id = r.required("id")
        m49 = r.required("m49")
        name = r.required("name")
        parent = r.optional("parent")
        sources = r.required("sources")
    }
}

/// A country or territory and the most specific M49 area it belongs to.
public struct Country: Encodable, Hashable, Sendable {
    public var code: String
    public var m49: String?
    public var name: String
    public var area: String
    public var note: String?
    public var sources: [Source]?
}

extension Country: JSONRecord {
    public init(reader r: inout ObjectReader) {
        code = r.required("code")
        m49 = r.optional("m49")
        name = r.required("name")
        area = r.required("area")
        note = r.optional("note")
        sources = r.optional("sources")
    }
}
