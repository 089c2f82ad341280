/// Everything shown about one record, in the order it is shown: its title, fields, lists, the
/// records linked to it, disputes, notes and sources. The one place that decides the labels, the
/// wording and the order; the dashboard's detail pane and `show` (text, Markdown, JSON) only lay it out.
public struct RecordPresentation: Sendable {
    public struct Field: Equatable, Sendable {
        public var label: String
        public var value: String
        /// A quotation of the record's text, which each output marks with its own quote marks.
        public var isQuotation = false
    }

    public struct Section: Equatable, Sendable {
        public var heading: String
        public var items: [String]
    }

    /// Records linked to this one under one heading ("Resolutions", "Co-chairs").
    public struct LinkGroup: Equatable, Sendable {
        public var heading: String
        /// The relation's name in JSON ("resolution", "co-chair").
        public var relation: String
        public var links: [RecordLink]

        /// "Resolutions (3)".
        public var headingWithCount: String { "\(heading) (\(links.count))" }
    }

    public static let notesHeading = "Notes"
    public static let sourcesHeading = "Sources"

    public static func heading(of dispute: Dispute) -> String { "Disputed: \(dispute.field)" }

    public var reference: RecordRef
    /// The record as the data holds it, for JSON.
    public var record: any Encodable & Sendable
    public var title: String
    /// A resolution's summary: the record's substance, shown before its fields.
    public var summary: String?
    public var fields: [Field] = []
    public var sections: [Section] = []
    public var linkGroups: [LinkGroup] = []
    public var disputes: [Dispute]
    public var notes: [String]
    public var sources: [Source]
    /// The record's fields (as the data names them) that this presentation shows, so a test can
    /// check that a field added to a record is also shown.
    public private(set) var presentedFields: Set<String> = ["id", "disputes", "notes", "sources"]

    /// The record's presentation, or nil when no record has the id.
    public init?(id: String, in dataset: Dataset) {
        guard let reference = dataset.reference(forID: id) else { return nil }
        self.init(reference, in: dataset)
    }

    /// The referenced record's presentation, or nil when the data does not hold it.
    public init?(_ reference: RecordRef, in dataset: Dataset) {
        self.reference = reference
        let names = { (places: [String]) in places.map { dataset.regions.name(of: $0) }.joined(separator: ", ") }
        switch reference {
        case .meeting(let id):
            guard let meeting = dataset.meeting(id: id) else { return nil }
            (record, title) = (meeting, meeting.title)
            (disputes, notes, sources) = (meeting.disputes ?? [], meeting.notes ?? [], meeting.sources)
            presentedFields.insert("title")
            add("Kind", meeting.kind.label, from: "kind")
            add("Date", RecordPresentation.dateRange(meeting.date, meeting.endDate), from: "date", "endDate")
            add("Place", RecordPresentation.place(meeting.city, meeting.venue, meeting.country, meeting.isVirtual, in: dataset),
                from: "city", "venue", "country", "virtual")
            add("Hosts", meeting.hosts?.joined(separator: "; "), from: "hosts")
            add("Members", meeting.memberCount.map { "\($0)" + (meeting.memberCountNote.map { " (\($0))" } ?? "") },
                from: "memberCount", "memberCountNote")
            add("Concerns", meeting.regions.map(names), from: "regions")
            add("Text", RecordPresentation.text(meeting.textStatus, note: meeting.textNote), from: "textStatus", "textNote")
            add(confidence: meeting.confidence)
            add("Id", meeting.id, from: "id")
            add(section: "Firsts", meeting.firsts, from: "firsts")
            add(section: "Outcomes", meeting.outcomes, from: "outcomes")
            link("Resolutions", "resolution", dataset.resolutions(of: id).map(RecordLink.init))
            link("Africa Focus Group sessions", "session", dataset.sessions(besideMeeting: id).map(RecordLink.init))
        case .resolution(let id):
            guard let resolution = dataset.resolution(id: id) else { return nil }
            (record, title) = (resolution, resolution.document)
            summary = resolution.summary
            (disputes, notes, sources) = (resolution.disputes ?? [], resolution.notes ?? [], resolution.sources)
            presentedFields.formUnion(["document", "summary", "quote"])
            if let quote = resolution.quote { fields.append(Field(label: "Quote", value: quote, isQuotation: true)) }
            add("Wording", RecordPresentation.wording(of: resolution), from: "wording", "partial")
            add("Themes", resolution.themes.map(\.label).joined(separator: ", "), from: "themes")
            add("Concerns", names(resolution.regions), from: "regions")
            add("Position", "statement \(resolution.order) of the text", from: "order")
            add(confidence: resolution.confidence)
            add("Id", resolution.id, from: "id")
            link("Meeting", "meeting", resolution.meeting.flatMap(dataset.meeting(id:)).map { [RecordLink($0)] } ?? [], from: "meeting")
            link("Africa Focus Group session", "session", resolution.session.flatMap(dataset.session(id:)).map { [RecordLink($0)] } ?? [],
                 from: "session")
        case .session(let id):
            guard let session = dataset.session(id: id) else { return nil }
            record = session
            title = "Africa Focus Group #\(session.number): \(session.title)"
            (disputes, notes, sources) = (session.disputes ?? [], session.notes ?? [], session.sources)
            presentedFields.formUnion(["number", "title"])
            add("Date", RecordPresentation.dateRange(session.date, session.endDate), from: "date", "endDate")
            add("Place", RecordPresentation.place(session.city, session.venue, session.country, session.virtual ?? false, in: dataset),
                from: "city", "venue", "country", "virtual")
            add("Format", session.format, from: "format")
            add("Host", session.host, from: "host")
            add("Attendance", RecordPresentation.attendance(session.attendance, counted: session.attendanceCount),
                from: "attendance", "attendanceCount")
            add("Concerns", names(session.regions), from: "regions")
            add("Text", RecordPresentation.text(session.textStatus, note: session.textNote), from: "textStatus", "textNote")
            add(confidence: session.confidence)
            add("Id", session.id, from: "id")
            add(section: "Firsts", session.firsts, from: "firsts")
            add(section: "Outcomes", session.outcomes, from: "outcomes")
            link("Co-chairs", "co-chair", (session.coChairs ?? []).compactMap(dataset.member(id:)).map(RecordLink.init), from: "coChairs")
            link("Held beside", "meeting", session.meeting.flatMap(dataset.meeting(id:)).map { [RecordLink($0)] } ?? [], from: "meeting")
            link("Resolutions", "resolution", dataset.resolutions(of: id).map(RecordLink.init))
        case .member(let id):
            guard let member = dataset.member(id: id) else { return nil }
            (record, title) = (member, member.name)
            (disputes, notes, sources) = (member.disputes ?? [], member.notes ?? [], member.sources)
            presentedFields.insert("name")
            add("Kind", member.kind == .state ? "state" : "international organisation", from: "kind")
            add("Country", member.country.map { "\(dataset.countryName($0)) (\($0))" }, from: "country")
            add("Region", dataset.regionLabel(of: member), from: "regions")
            add("Joined", member.joined.map { $0.readable + ($0.note.map { ". \($0)" } ?? "") } ?? "no source dates it", from: "joined")
            add("Ordinal", member.ordinal.map { "member number \($0), as a source states" }, from: "ordinal")
            add("Also named", member.formerNames?.joined(separator: ", "), from: "formerNames")
            add(confidence: member.confidence)
            add("Id", member.id, from: "id")
            let chaired = dataset.sessions.filter { ($0.coChairs ?? []).contains(id) }
            link("Co-chaired Africa Focus Group sessions", "co-chaired-session", chaired.map(RecordLink.init))
        }
    }

    // MARK: Building

    private mutating func add(_ label: String, _ value: String?, from recordFields: String...) {
        presentedFields.formUnion(recordFields)
        guard let value, !value.isEmpty else { return }
        fields.append(Field(label: label, value: value))
    }

    private mutating func add(confidence: Confidence?) {
        presentedFields.insert("confidence")
        switch confidence {
        case .weak?: add("Confidence", "weak: only weak sources support this record")
        case .unconfirmed?: add("Confidence", "unconfirmed: kept so the gap is visible")
        default: break
        }
    }

    private mutating func add(section heading: String, _ items: [String]?, from recordField: String) {
        presentedFields.insert(recordField)
        guard let items, !items.isEmpty else { return }
        sections.append(Section(heading: heading, items: items))
    }

    private mutating func link(_ heading: String, _ relation: String, _ links: [RecordLink], from recordFields: String...) {
        presentedFields.formUnion(recordFields)
        guard !links.isEmpty else { return }
        linkGroups.append(LinkGroup(heading: heading, relation: relation, links: links))
    }

    // MARK: Wording shared by every output

    static func dateRange(_ start: PartialDate, _ end: PartialDate?) -> String {
        end.map { "\(start.readable) to \($0.readable)" } ?? start.readable
    }

    static func place(_ city: String?, _ venue: String?, _ country: String?, _ virtual: Bool, in dataset: Dataset) -> String {
        let place = dataset.placeLabel(city: city, country: country, virtual: virtual)
        return venue.map { "\($0), \(place)" } ?? place
    }

    static func attendance(_ stated: String?, counted: Int?) -> String? {
        switch (stated, counted) {
        case let (stated?, counted?) where !stated.contains(String(counted)): "\(stated) (\(counted) counted)"
        case let (stated?, _): stated
        case let (nil, counted?): "\(counted)"
        case (nil, nil): nil
        }
    }

    /// Whether the text a meeting or session adopted is held: "not published. No text was issued."
    static func text(_ status: TextStatus, note: String?) -> String {
        let label = switch status {
        case .recorded: "recorded"
        case .notPublished: "not published"
        case .notFound: "not found yet"
        }
        return label + (note.map { ". \($0)" } ?? "")
    }

    /// How close the held wording is to the official text. "Official" is said only on the word of
    /// the record's sources: an official one backs it, else the claim is shown as unsupported.
    static func wording(of resolution: Resolution) -> String {
        var text = resolution.wording.label
        if resolution.wording == .officialText {
            if let source = officialSource(among: resolution.sources) {
                text += " (per \(source.publisher))"
            } else {
                text += " (no official or verbatim source is listed)"
            }
        }
        if resolution.partial == true { text += " (the stored text breaks off)" }
        return text
    }

    /// The first source that can vouch for an official text, by the rule `validate` enforces.
    static func officialSource(among sources: [Source]) -> Source? {
        sources.first { Provenance.carriesOfficialWording([$0]) }
    }

    /// "U.S. Department of State · Title (3 Dec 2021) [official]".
    public static func describe(_ source: Source, separator: String) -> String {
        var text = source.publisher
        if let title = source.title { text += separator + title }
        if let date = source.date { text += " (\(date.readable))" }
        return text + " [\(source.reliability.rawValue)\(source.isVerbatim ? ", verbatim" : "")]"
    }
}
