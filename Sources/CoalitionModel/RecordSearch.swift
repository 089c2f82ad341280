/// The text a search looks through for each record, as labelled fields: what its list row shows,
/// its main fields and its sources. The dashboard's `/` and `coalition list --search` both use it,
/// so they find the same records, and the labels let the dashboard say where a record matched
/// when the field is not one its list shows ("matched in themes").
public struct SearchField: Hashable, Sendable {
    public enum Name: String, CaseIterable, Sendable {
        case title, kind, date, place, hosts, outcomes, firsts, summary, quote, document, themes, format, host
        case name, id, region, formerNames = "former names", sources
    }

    public var name: Name
    public var text: String

    /// Between the fields of a record's search text: a control no query can contain (typed text
    /// shows controls in their visible forms), so a match never spans two fields.
    static let separator: UInt8 = 0x01

    public init(_ name: Name, _ text: String) {
        self.name = name
        self.text = text
    }
}

extension Dataset {
    /// Calls `visit` with each search field of the meeting, in order: the one list of what a search
    /// looks through, which `searchFields(of:)`, `searchText(of:)` and `TextSearchIndex` all read.
    /// Empty values are kept so the joined text stays as it was.
    @inline(__always)
    public func forEachSearchField(of meeting: Meeting, _ visit: (SearchField.Name, String) -> Void) {
        visit(.title, meeting.title)
        visit(.kind, meeting.kind.label)
        visit(.date, meeting.date.description)
        visit(.date, meeting.date.readable)
        visit(.place, meeting.city ?? "")
        visit(.place, meeting.country.map(countryName) ?? "")
        for host in meeting.hosts ?? [] { visit(.hosts, host) }
        for outcome in meeting.outcomes ?? [] { visit(.outcomes, outcome) }
        for first in meeting.firsts ?? [] { visit(.firsts, first) }
        forEachSourceText(meeting.sources, visit)
    }

    @inline(__always)
    public func forEachSearchField(of resolution: Resolution, _ visit: (SearchField.Name, String) -> Void) {
        visit(.summary, resolution.summary)
        visit(.quote, resolution.quote ?? "")
        visit(.document, resolution.document)
        for theme in resolution.themes { visit(.themes, theme.label) }
        forEachSourceText(resolution.sources, visit)
    }

    @inline(__always)
    public func forEachSearchField(of session: FocusGroupSession, _ visit: (SearchField.Name, String) -> Void) {
        visit(.title, session.title)
        visit(.format, session.format)
        visit(.date, session.date.description)
        visit(.date, session.date.readable)
        visit(.place, session.city ?? "")
        visit(.place, session.country.map(countryName) ?? "")
        visit(.host, session.host ?? "")
        for outcome in session.outcomes ?? [] { visit(.outcomes, outcome) }
        forEachSourceText(session.sources, visit)
    }

    @inline(__always)
    public func forEachSearchField(of member: Member, _ visit: (SearchField.Name, String) -> Void) {
        visit(.name, member.name)
        visit(.id, member.id)
        visit(.kind, member.kind.rawValue)
        visit(.region, regionLabel(of: member))
        for name in member.formerNames ?? [] { visit(.formerNames, name) }
        forEachSourceText(member.sources, visit)
    }

    /// Each record's fields are read where they lie: the visits above are inlined so that only
    /// the fields read are retained, not every field of a copy of the record, which cost more
    /// than reading them when the search index is built.
    public func forEachSearchField(of kind: RecordKind, at index: Int, _ visit: (SearchField.Name, String) -> Void) {
        switch kind {
        case .meetings: meetings.withUnsafeBufferPointer { forEachSearchField(of: $0[index], visit) }
        case .resolutions: resolutions.withUnsafeBufferPointer { forEachSearchField(of: $0[index], visit) }
        case .sessions: sessions.withUnsafeBufferPointer { forEachSearchField(of: $0[index], visit) }
        case .members: members.withUnsafeBufferPointer { forEachSearchField(of: $0[index], visit) }
        }
    }

    public func searchFields(of kind: RecordKind, at index: Int) -> [SearchField] { collect { forEachSearchField(of: kind, at: index, $0) } }

    public func searchFields(of meeting: Meeting) -> [SearchField] { collect { forEachSearchField(of: meeting, $0) } }
    public func searchFields(of resolution: Resolution) -> [SearchField] { collect { forEachSearchField(of: resolution, $0) } }
    public func searchFields(of session: FocusGroupSession) -> [SearchField] { collect { forEachSearchField(of: session, $0) } }
    public func searchFields(of member: Member) -> [SearchField] { collect { forEachSearchField(of: member, $0) } }

    public func searchText(of meeting: Meeting) -> String { Dataset.searchable(searchFields(of: meeting)) }
    public func searchText(of resolution: Resolution) -> String { Dataset.searchable(searchFields(of: resolution)) }
    public func searchText(of session: FocusGroupSession) -> String { Dataset.searchable(searchFields(of: session)) }
    public func searchText(of member: Member) -> String { Dataset.searchable(searchFields(of: member)) }

    /// True when the query (any case) occurs in the text; an empty query matches nothing.
    public static func searchText(_ text: String, contains query: String) -> Bool {
        TextSearchIndex.text(text, contains: query)
    }

    /// The names of the fields the query occurs in, in the record's field order.
    public static func fieldsMatching(_ query: String, in fields: [SearchField]) -> [SearchField.Name] {
        var names: [SearchField.Name] = []
        for field in fields where !names.contains(field.name) && searchText(field.text, contains: query) { names.append(field.name) }
        return names
    }

    /// The fields joined by `SearchField.separator`. Case is folded where the text is searched
    /// (CaseFolder, for TextSearchIndex).
    private static func searchable(_ fields: [SearchField]) -> String {
        fields.map(\.text).joined(separator: String(UnicodeScalar(SearchField.separator)))
    }

    private func collect(_ fields: ((SearchField.Name, String) -> Void) -> Void) -> [SearchField] {
        var collected: [SearchField] = []
        fields { collected.append(SearchField($0, $1)) }
        return collected
    }

    /// Who published each source and its title.
    @inline(__always)
    private func forEachSourceText(_ sources: [Source], _ visit: (SearchField.Name, String) -> Void) {
        // By index, so that only these two fields of each source are retained, not a copy of each.
        for index in sources.indices {
            visit(.sources, sources[index].publisher)
            visit(.sources, sources[index].title ?? "")
        }
    }
}
