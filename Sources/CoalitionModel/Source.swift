/// Where a fact comes from. Every record carries at least one.
public struct Source: Codable, Hashable, Sendable {
    public var publisher: String
    public var title: String?
    public var url: String?
    public var date: PartialDate?
    public var reliability: Reliability
    public var note: String?

    public init(
        publisher: String, title: String? = nil, url: String? = nil, date: PartialDate? = nil,
        reliability: Reliability, note: String? = nil
    ) {
        self.publisher = publisher
        self.title = title
        self.url = url
        self.date = date
        self.reliability = reliability
        self.note = note
    }
}

/// How far a source can be trusted, after the reference's [OFF], [SEC] and [WEAK] tags.
public enum Reliability: String, Codable, CaseIterable, Sendable {
    case official, secondary, weak
}

/// How well a whole record is supported.
public enum Confidence: String, Codable, CaseIterable, Sendable {
    case confirmed, weak, unconfirmed
}

/// Sources that disagree on one field of a record, each value with its own sources.
public struct Dispute: Codable, Hashable, Sendable {
    public var field: String
    public var note: String?
    public var values: [DisputedValue]

    public init(field: String, note: String? = nil, values: [DisputedValue]) {
        self.field = field
        self.note = note
        self.values = values
    }
}

public struct DisputedValue: Codable, Hashable, Sendable {
    public var value: String
    public var sources: [Source]

    public init(value: String, sources: [Source]) {
        self.value = value
        self.sources = sources
    }
}
