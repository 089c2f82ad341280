/// A named member ("partner") of the Coalition: a state or an international organisation.
public struct Member: Encodable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var formerNames: Optional<[String]>
    public var kind: MemberKind
    public var country: Optional<String>
    public var regions: Optional<[String]>
    public var joined: Optional<JoinDate>
    public var ordinal: Optional<Int>
    public var confidence: Optional<Confidence>
    public var notes: Optional<[String]>
    public var disputes: Optional<[Dispute]>
    public var sources: [Source]

    public init(
        id: String, name: String, formerNames: [String]? = nil, kind: MemberKind, country: String? = nil, regions: [String]? = nil,
        joined: JoinDate? = nil, ordinal: Int? = nil, confidence: Confidence? = nil, notes: [String]? = nil, disputes: [Dispute]? = nil,
        sources: [Source]
    ) {
        self.id = id
        self.name = name
        self.formerNames = formerNames
        self.kind = kind
        self.country = country
        self.regions = regions
        self.joined = joined
        self.ordinal = ordinal
        self.confidence = confidence
        self.notes = notes
        self.disputes = disputes
        self.sources = sources
    }
}

extension Member: JSONRecord {
    public init(reader r: inout ObjectReader) {
        id = r.required("id")
        name = r.required("name")
        formerNames = r.optional("formerNames")
        kind = r.required("kind")
        country = r.optional("country")
        regions = r.optional("regions")
        joined = r.optional("joined")
        ordinal = r.optional("ordinal")
        confidence = r.optional("confidence")
        notes = r.optional("notes")
        disputes = r.optional("disputes")
        sources = r.required("sources")
    }
}

public enum MemberKind: String, Encodable, CaseIterable, Sendable {
    case state, organisation
}

/// When a member joined, at the precision a source gives: on a date, by a date, or between two.
public struct JoinDate: Encodable, Hashable, Sendable, JSONRecord {
    public var on: Optional<PartialDate>
    public var after: Optional<PartialDate>
    public var by: Optional<PartialDate>
    public var note: Optional<String>

    public init(on: PartialDate? = nil, after: PartialDate? = nil, by: PartialDate? = nil, note: String? = nil) {
        self.on = on
        self.after = after
        self.by = by
        self.note = note
    }

    public init(reader r: inout ObjectReader) {
        on = r.optional("on")
        after = r.optional("after")
        by = r.optional("by")
        note = r.optional("note")
    }

    /// The earliest date this could mean, for sorting and timelines.
    public var sortDate: PartialDate? { on ?? after ?? by }

    public var readable: String {
        if let on { return on.readable }
        switch (after, by) {
        case let (after?, by?): return "between \(after.readable) and \(by.readable)"
        case let (nil, by?): return "by \(by.readable)"
        case let (after?, nil): return "after \(after.readable)"
        case (nil, nil): return "unknown"
        }
    }
}

/// A total of members that a source stated at a date.
public struct MemberCount: Encodable, Hashable, Sendable {
    public var date: PartialDate
    public var count: Int
    public var qualifier: Optional<CountQualifier>
    public var note: Optional<String>
    public var confidence: Optional<Confidence>
    public var disputes: Optional<[Dispute]>
    public var sources: [Source]

    public init(
        date: PartialDate, count: Int, qualifier: CountQualifier? = nil, note: String? = nil, confidence: Confidence? = nil,
        disputes: [Dispute]? = nil, sources: [Source]
    ) {
        self.date = date
        self.count = count
        self.qualifier = qualifier
        self.note = note
        self.confidence = confidence
        self.disputes = disputes
        self.sources = sources
    }
}

extension MemberCount: JSONRecord {
    public init(reader r: inout ObjectReader) {
        date = r.required("date")
        count = r.required("count")
        qualifier = r.optional("qualifier")
        note = r.optional("note")
        confidence = r.optional("confidence")
        disputes = r.optional("disputes")
        sources = r.required("sources")
    }
}

public enum CountQualifier: String, Encodable, CaseIterable, Sendable {
    case about, over
}
