/// Where a fact comes from. Every record carries at least one.
public struct Source: Encodable, Hashable, Sendable {
    // Optional fields spelled `Optional<T>`, not `T?`: see `JSONRecord`.
    public var publisher: String
    public var title: Optional<String>
    public var url: Optional<String>
    public var date: Optional<PartialDate>
    public var reliability: Reliability
    /// True when this copy carries an official text word for word.
    public var verbatim: Optional<Bool>
    public var note: Optional<String>

    public init(
        publisher: String, title: String? = nil, url: String? = nil, date: PartialDate? = nil,
        reliability: Reliability, verbatim: Bool? = nil, note: String? = nil
    ) {
        self.publisher = publisher
        self.title = title
        self.url = url
        self.date = date
        self.reliability = reliability
        self.verbatim = verbatim
        self.note = note
    }

    public var isVerbatim: Bool { verbatim ?? false }
}

extension Source: JSONRecord {
    public init(reader r: inout ObjectReader) {
        publisher = r.required("publisher")
        title = r.optional("title")
        url = r.optional("url")
        date = r.optional("date")
        reliability = r.required("reliability")
        verbatim = r.optional("verbatim")
        note = r.optional("note")
    }
}

/// How far a source can be trusted, after the reference's [OFF], [SEC] and [WEAK] tags.
public enum Reliability: String, Encodable, CaseIterable, Sendable {
    case official, secondary, weak
}

/// How well a whole record is supported.
public enum Confidence: String, Encodable, CaseIterable, Sendable {
    case confirmed, weak, unconfirmed
}

/// Sources that disagree on one field of a record, each value with its own sources.
public struct Dispute: Encodable, Hashable, Sendable {
    // Optional fields spelled `Optional<T>`, not `T?`: see `JSONRecord`.
    public var field: String
    public var note: Optional<String>
    public var values: [DisputedValue]

    public init(field: String, note: String? = nil, values: [DisputedValue]) {
        self.field = field
        self.note = note
        self.values = values
    }
}

extension Dispute: JSONRecord {
    public init(reader r: inout ObjectReader) {
        field = r.required("field")
        note = r.optional("note")
        values = r.required("values")
    }
}

public struct DisputedValue: Encodable, Hashable, Sendable {
    public var value: String
    public var sources: [Source]

    public init(value: String, sources: [Source]) {
        self.value = value
        self.sources = sources
    }
}

extension DisputedValue: JSONRecord {
    public init(reader r: inout ObjectReader) {
        value = r.required("value")
        sources = r.required("sources")
    }
}
