/// A session of the Coalition's Africa Focus Group.
public struct FocusGroupSession: Encodable, Hashable, Sendable {
    // Optional fields spelled `Optional<T>`, not `T?`: see `JSONRecord`.
    public var id: String
    public var number: Int
    public var title: String
    public var date: PartialDate
    public var endDate: Optional<PartialDate>
    public var virtual: Optional<Bool>
    public var city: Optional<String>
    public var venue: Optional<String>
    public var country: Optional<String>
    public var format: String
    public var meeting: Optional<String>
    public var host: Optional<String>
    public var coChairs: Optional<[String]>
    public var attendance: Optional<String>
    public var attendanceCount: Optional<Int>
    public var firsts: Optional<[String]>
    public var outcomes: Optional<[String]>
    public var regions: [String]
    /// Whether the session's text (chairs' summary) is held as statements.
    public var textStatus: TextStatus
    public var textNote: Optional<String>
    public var confidence: Optional<Confidence>
    public var notes: Optional<[String]>
    public var disputes: Optional<[Dispute]>
    public var sources: [Source]
}

extension FocusGroupSession: JSONRecord {
    /// The format of a session: every field, once. See docs/data-format.md.
    public init(reader r: inout ObjectReader) {
        id = r.required("id")
        number = r.required("number")
        title = r.required("title")
        date = r.required("date")
        endDate = r.optional("endDate")
        virtual = r.optional("virtual")
        city = r.optional("city")
        venue = r.optional("venue")
        country = r.optional("country")
        format = r.required("format")
        meeting = r.optional("meeting")
        host = r.optional("host")
        coChairs = r.optional("coChairs")
        attendance = r.optional("attendance")
        attendanceCount = r.optional("attendanceCount")
        firsts = r.optional("firsts")
        outcomes = r.optional("outcomes")
        regions = r.required("regions")
        textStatus = r.required("textStatus")
        textNote = r.optional("textNote")
        confidence = r.optional("confidence")
        notes = r.optional("notes")
        disputes = r.optional("disputes")
        sources = r.required("sources")
    }
}
