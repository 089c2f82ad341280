import CoalitionModel

/// Everything `show` tells about one record, in the order the dashboard's detail pane shows it:
/// its fields, lists, the records linked to it, disputes, notes and sources. The text, Markdown
/// and JSON forms are all written from this.
public struct RecordDetail: Sendable {
    public struct Field: Equatable, Sendable {
        public var label: String
        public var value: String
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
    }

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

    /// The record's detail, or nil when no record has the id.
    public init?(id: String, in dataset: Dataset) {
        guard let reference = dataset.reference(forID: id) else { return nil }
        self.init(reference, in: dataset)
    }

    /// Only for references found in `dataset`, which `init(id:in:)` guarantees.
    private init(_ reference: RecordRef, in dataset: Dataset) {
        self.reference = reference
        let names = { (places: [String]) in places.map { dataset.regions.name(of: $0) }.joined(separator: ", ") }
        switch reference {
        case .meeting(let id):
            let meeting = dataset.meeting(id: id)!
            (record, title) = (meeting, meeting.title)
            (disputes, notes, sources) = (meeting.disputes ?? [], meeting.notes ?? [], meeting.sources)
            add("Kind", meeting.kind.label)
            add("Date", RecordDetail.dateRange(meeting.date, meeting.endDate))
            add("Place", RecordDetail.place(meeting.city, meeting.venue, meeting.country, meeting.isVirtual, in: dataset))
            add("Hosts", meeting.hosts?.joined(separator: "; "))
            add("Members", meeting.memberCount.map { "\($0)" + (meeting.memberCountNote.map { " (\($0))" } ?? "") })
            add("Concerns", meeting.regions.map(names))
            add(confidence: meeting.confidence)
            add("Id", meeting.id)
            add(section: "Firsts", meeting.firsts)
            add(section: "Outcomes", meeting.outcomes)
            link("Resolutions", "resolution", dataset.resolutions(of: id).map(RecordLink.init))
            link("Africa Focus Group sessions", "session", dataset.sessions(besideMeeting: id).map(RecordLink.init))
        case .resolution(let id):
            let resolution = dataset.resolution(id: id)!
            (record, title) = (resolution, resolution.document)
            summary = resolution.summary
            (disputes, notes, sources) = (resolution.disputes ?? [], resolution.notes ?? [], resolution.sources)
            add("Quote", resolution.quote.map { "\u{201C}\($0)\u{201D}" })
            add("Wording", resolution.wording.label + (resolution.partial == true ? " (the stored text breaks off)" : ""))
            add("Themes", resolution.themes.map(\.label).joined(separator: ", "))
            add("Concerns", names(resolution.regions))
            add("Position", "statement \(resolution.order) of the text")
            add(confidence: resolution.confidence)
            add("Id", resolution.id)
            link("Meeting", "meeting", resolution.meeting.flatMap(dataset.meeting(id:)).map { [RecordLink($0)] } ?? [])
            link("Africa Focus Group session", "session", resolution.session.flatMap(dataset.session(id:)).map { [RecordLink($0)] } ?? [])
        case .session(let id):
            let session = dataset.session(id: id)!
            record = session
            title = "Africa Focus Group #\(session.number): \(session.title)"
            (disputes, notes, sources) = (session.disputes ?? [], session.notes ?? [], session.sources)
            add("Date", RecordDetail.dateRange(session.date, session.endDate))
            add("Place", RecordDetail.place(session.city, session.venue, session.country, session.virtual ?? false, in: dataset))
            add("Format", session.format)
            add("Host", session.host)
            add("Attendance", session.attendance)
            add("Concerns", names(session.regions))
            add(confidence: session.confidence)
            add("Id", session.id)
            add(section: "Firsts", session.firsts)
            add(section: "Outcomes", session.outcomes)
            link("Co-chairs", "co-chair", (session.coChairs ?? []).compactMap(dataset.member(id:)).map(RecordLink.init))
            link("Held beside", "meeting", session.meeting.flatMap(dataset.meeting(id:)).map { [RecordLink($0)] } ?? [])
            link("Resolutions", "resolution", dataset.resolutions(of: id).map(RecordLink.init))
        case .member(let id):
            let member = dataset.member(id: id)!
            (record, title) = (member, member.name)
            (disputes, notes, sources) = (member.disputes ?? [], member.notes ?? [], member.sources)
            add("Kind", member.kind == .state ? "state" : "international organisation")
            add("Country", member.country.map { "\(dataset.countryName($0)) (\($0))" })
            add("Region", dataset.regionLabel(of: member))
            add("Joined", member.joined.map { $0.readable + ($0.note.map { ". \($0)" } ?? "") } ?? "no source dates it")
            add("Ordinal", member.ordinal.map { "member number \($0), as a source states" })
            add("Also named", member.formerNames?.joined(separator: ", "))
            add(confidence: member.confidence)
            add("Id", member.id)
            let chaired = dataset.sessions.filter { ($0.coChairs ?? []).contains(id) }
            link("Co-chaired Africa Focus Group sessions", "co-chaired-session", chaired.map(RecordLink.init))
        }
    }

    private mutating func add(_ label: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        fields.append(Field(label: label, value: value))
    }

    private mutating func add(confidence: Confidence?) {
        switch confidence {
        case .weak?: add("Confidence", "weak: only weak sources support this record")
        case .unconfirmed?: add("Confidence", "unconfirmed: kept so the gap is visible")
        default: break
        }
    }

    private mutating func add(section heading: String, _ items: [String]?) {
        guard let items, !items.isEmpty else { return }
        sections.append(Section(heading: heading, items: items))
    }

    private mutating func link(_ heading: String, _ relation: String, _ links: [RecordLink]) {
        guard !links.isEmpty else { return }
        linkGroups.append(LinkGroup(heading: heading, relation: relation, links: links))
    }

    static func dateRange(_ start: PartialDate, _ end: PartialDate?) -> String {
        end.map { "\(start.readable) to \($0.readable)" } ?? start.readable
    }

    static func place(_ city: String?, _ venue: String?, _ country: String?, _ virtual: Bool, in dataset: Dataset) -> String {
        let place = dataset.placeLabel(city: city, country: country, virtual: virtual)
        return venue.map { "\($0), \(place)" } ?? place
    }
}

extension RecordDetail {
    /// The record with this id; an id that differs only in case ("ma" for "MA") is accepted.
    public static func named(_ typed: String, in dataset: Dataset) throws(UsageProblem) -> RecordDetail {
        if let detail = RecordDetail(id: typed, in: dataset) { return detail }
        let ids = dataset.meetings.map(\.id) + dataset.resolutions.map(\.id) + dataset.sessions.map(\.id) + dataset.members.map(\.id)
        let sameButCase = ids.filter { $0.lowercased() == typed.lowercased() }
        if sameButCase.count == 1, let detail = RecordDetail(id: sameButCase[0], in: dataset) { return detail }
        throw UsageProblem(
            message: "no record has the id \"\(typed)\"",
            suggestion: NameMatcher.nearest(to: typed, in: ids),
            hint: "ids are in the first column of: coalition list meetings|resolutions|sessions|members"
        )
    }
}
