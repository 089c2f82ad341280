/// A ministerial-level or political-directors meeting of the Coalition.
public struct Meeting: Encodable, Hashable, Sendable {
    // Optional fields spelled `Optional<T>`, not `T?`: see `JSONRecord`.
    public var id: String
    public var title: String
    public var kind: MeetingKind
    public var date: PartialDate
    public var endDate: Optional<PartialDate>
    public var virtual: Optional<Bool>
    public var city: Optional<String>
    public var venue: Optional<String>
    public var country: Optional<String>
    public var hosts: Optional<[String]>
    public var memberCount: Optional<Int>
    public var memberCountNote: Optional<String>
    public var firsts: Optional<[String]>
    public var outcomes: Optional<[String]>
    public var regions: Optional<[String]>
    /// Whether the meeting's text (communiqué, statement) is held as statements.
    public var textStatus: TextStatus
    public var textNote: Optional<String>
    public var confidence: Optional<Confidence>
    public var notes: Optional<[String]>
    public var disputes: Optional<[Dispute]>
    public var sources: [Source]

    public var isVirtual: Bool { virtual ?? false }
}

extension Meeting: JSONRecord {
    /// The format of a meeting: every field, once. See docs/data-format.md.
    public init(reader r: inout ObjectReader) {
        id = r.required("id")
        title = r.required("title")
        kind = r.required("kind")
        date = r.required("date")
        endDate = r.optional("endDate")
        virtual = r.optional("virtual")
        city = r.optional("city")
        venue = r.optional("venue")
        country = r.optional("country")
        hosts = r.optional("hosts")
        memberCount = r.optional("memberCount")
        memberCountNote = r.optional("memberCountNote")
        firsts = r.optional("firsts")
        outcomes = r.optional("outcomes")
        regions = r.optional("regions")
        textStatus = r.required("textStatus")
        textNote = r.optional("textNote")
        confidence = r.optional("confidence")
        notes = r.optional("notes")
        disputes = r.optional("disputes")
        sources = r.required("sources")
    }
}

/// Whether the text a meeting or session adopted is held as statements in resolutions.json.
public enum TextStatus: String, Encodable, CaseIterable, Sendable {
    /// Its statements are in resolutions.json.
    case recorded
    /// No text was published (the meeting issued none, or it was not made public).
    case notPublished = "not-published"
    /// A text may exist, but no source for it has been found.
    case notFound = "not-found"

    public var label: String {
        switch self {
        case .recorded: "recorded"
        case .notPublished: "not published"
        case .notFound: "not found"
        }
    }
}

public enum MeetingKind: String, Encodable, CaseIterable, Sendable {
    case ministerial
    case smallGroupMinisterial = "small-group-ministerial"
    case foreignDefenceMinisterial = "foreign-defence-ministerial"
    case defenceMinisterial = "defence-ministerial"
    case politicalDirectors = "political-directors"
    case founding
    case leadersSummit = "leaders-summit"
    case defenceChiefs = "defence-chiefs"

    public var label: String {
        switch self {
        case .ministerial: "Ministerial"
        case .smallGroupMinisterial: "Small Group ministerial"
        case .foreignDefenceMinisterial: "Foreign and defence ministers"
        case .defenceMinisterial: "Defence ministers"
        case .politicalDirectors: "Political directors"
        case .founding: "Founding meeting"
        case .leadersSummit: "Leaders' summit"
        case .defenceChiefs: "Chiefs of defence"
        }
    }

    /// A few letters for narrow list columns.
    public var shortLabel: String {
        switch self {
        case .ministerial: "MIN"
        case .smallGroupMinisterial: "SGM"
        case .foreignDefenceMinisterial: "FDM"
        case .defenceMinisterial: "DEF"
        case .politicalDirectors: "PD"
        case .founding: "FND"
        case .leadersSummit: "LDR"
        case .defenceChiefs: "CHD"
        }
    }
}
