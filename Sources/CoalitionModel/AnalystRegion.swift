/// A grouping analysts use beside the M49 tree (the Sahel, the Gulf): named countries, as one cited
/// definition states them. Where sources define the region differently, `note` says how.
public struct AnalystRegion: Encodable, Hashable, Sendable {
    public var id: String
    public var name: String
    /// Other names `--region` accepts ("Sahel" for the Integrated Strategy's Sahel).
    public var aliases: Optional<[String]>
    /// One sentence, our own words.
    public var definition: String
    /// ISO codes of the countries the definition names.
    public var countries: [String]
    public var note: Optional<String>
    public var sources: [Source]

    public init(id: String, name: String, aliases: [String]? = nil, definition: String, countries: [String], note: String? = nil, sources: [Source]) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.definition = definition
        self.countries = countries
        self.note = note
        self.sources = sources
    }
}

extension AnalystRegion: JSONRecord {
    public init(reader r: inout ObjectReader) {
        id = r.required("id")
        name = r.required("name")
        aliases = r.optional("aliases")
        definition = r.required("definition")
        countries = r.required("countries")
        note = r.optional("note")
        sources = r.required("sources")
    }
}
