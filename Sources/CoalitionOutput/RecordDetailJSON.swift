import CoalitionModel

/// `show --format json`: the record as the data holds it, and the records linked to it.
public struct RecordDetailJSON: Encodable {
    /// One linked record, with the relation that links it ("resolution", "co-chair").
    public struct Link: Codable, Equatable, Sendable {
        public var relation: String
        public var type: String
        public var id: String
        public var title: String
    }

    public var type: String
    public var record: any Encodable & Sendable
    public var links: [Link]

    public init(_ detail: RecordPresentation) {
        type = RecordType(detail.reference).singular
        record = detail.record
        links = detail.linkGroups.flatMap { group in
            group.links.map { Link(relation: group.relation, type: $0.type, id: $0.id, title: $0.title) }
        }
    }

    enum CodingKeys: String, CodingKey { case type, record, links }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(record, forKey: .record)
        try container.encode(links, forKey: .links)
    }
}
