/// One statement of a communiqué or joint statement: what the text resolved, in our own words.
public struct Resolution: Encodable, Hashable, Sendable {
    // Optional fields spelled `Optional<T>`, not `T?`: see `JSONRecord`.
    public var id: String
    public var meeting: Optional<String>
    public var session: Optional<String>
    public var document: String
    public var order: Int
    public var summary: String
    public var quote: Optional<String>
    public var wording: WordingStatus
    public var partial: Optional<Bool>
    public var themes: [Theme]
    public var regions: [String]
    public var confidence: Optional<Confidence>
    public var notes: Optional<[String]>
    public var disputes: Optional<[Dispute]>
    public var sources: [Source]

    /// The meeting or session whose text this is.
    public var parentID: String? { meeting ?? session }
}

extension Resolution: JSONRecord {
    /// The format of a statement: every field, once. See docs/data-format.md.
    public init(reader r: inout ObjectReader) {
        id = r.required("id")
        meeting = r.optional("meeting")
        session = r.optional("session")
        document = r.required("document")
        order = r.required("order")
        summary = r.required("summary")
        quote = r.optional("quote")
        wording = r.required("wording")
        partial = r.optional("partial")
        themes = r.required("themes")
        regions = r.required("regions")
        confidence = r.optional("confidence")
        notes = r.optional("notes")
        disputes = r.optional("disputes")
        sources = r.required("sources")
    }
}

/// How close the wording we hold is to the official text.
public enum WordingStatus: String, Encodable, CaseIterable, Sendable {
    case officialText = "official-text"
    case mediaQuote = "media-quote"
    case translation
    case paraphrase

    public var label: String {
        switch self {
        case .officialText: "official text"
        case .mediaQuote: "media quote"
        case .translation: "translation"
        case .paraphrase: "paraphrase"
        }
    }
}

/// The Coalition's lines of effort and the other subjects its texts address.
public enum Theme: String, Encodable, CaseIterable, Sendable {
    case prevention
    case stabilization
    case terroristFinancing = "terrorist-financing"
    case counterNarratives = "counter-narratives"
    case foreignTerroristFighters = "foreign-terrorist-fighters"
    case militaryPartnerForces = "military-partner-forces"
    case resourcesFunding = "resources-funding"
    case membership
    case africa
    case iraqSyria = "iraq-syria"
    case afghanistanIsisK = "afghanistan-isis-k"
    case protectionOfCivilians = "protection-of-civilians"
    case humanitarian
    case coordination

    public var label: String {
        switch self {
        case .prevention: "prevention"
        case .stabilization: "stabilization"
        case .terroristFinancing: "terrorist financing"
        case .counterNarratives: "counter-narratives"
        case .foreignTerroristFighters: "foreign terrorist fighters"
        case .militaryPartnerForces: "military and partner forces"
        case .resourcesFunding: "resources and funding"
        case .membership: "membership"
        case .africa: "Africa"
        case .iraqSyria: "Iraq and Syria"
        case .afghanistanIsisK: "Afghanistan and ISIS-K"
        case .protectionOfCivilians: "protection of civilians"
        case .humanitarian: "humanitarian"
        case .coordination: "coordination"
        }
    }
}
