/// A named member ("partner") of the Coalition: a state or an international organisation.
public struct Member: Encodable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var formerNames: [String]?
    public var kind: MemberKind
    public var country: String?
    public var regions: [String]?
    public var joined: JoinDate?
    public var ordinal: Int?
    public var confidence: Confidence?
    public var notes: [String]?
    public var disputes: [Dispute]?
    public var sources: [Source]
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
    public var on: PartialDate?
    public var after: PartialDate?
    public var by: PartialDate?
    public var note: String?

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
    public var qualifier: CountQualifier?
    public var note: String?
    public var confidence: Confidence?
    public var disputes: [Dispute]?
    public var sources: [Source]
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
