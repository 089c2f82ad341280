/// An area of the UN M49 geoscheme: a region, sub-region or intermediate region.
public struct RegionArea: Encodable, Hashable, Sendable {
    public var id: String
    public var m49: String
    public var name: String
    public var parent: Optional<String>
    public var sources: [Source]

    public init(id: String, m49: String, name: String, parent: String? = nil, sources: [Source]) {
        self.id = id
        self.m49 = m49
        self.name = name
        self.parent = parent
        self.sources = sources
    }
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
    public var m49: Optional<String>
    public var name: String
    public var area: String
    public var note: Optional<String>
    public var sources: Optional<[Source]>

    public init(code: String, m49: String? = nil, name: String, area: String, note: String? = nil, sources: [Source]? = nil) {
        self.code = code
        self.m49 = m49
        self.name = name
        self.area = area
        self.note = note
        self.sources = sources
    }
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
