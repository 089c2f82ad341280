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
    ///
    /// The record is read through a pointer to where it lies: only the fields read are retained.
    /// Passed as a value, the whole record was copied first, every field retained and released,
    /// which cost more than reading the fields when the search index is built.
    private func forEachSearchField(at meeting: UnsafePointer<Meeting>, _ visit: (SearchField.Name, String) -> Void) {
        visit(.title, meeting.pointee.title)
        visit(.kind, meeting.pointee.kind.label)
        visit(.date, meeting.pointee.date.description)
        visit(.date, meeting.pointee.date.readable)
        visit(.place, meeting.pointee.city ?? "")
        visit(.place, meeting.pointee.country.map { countryName($0) } ?? "")
        for host in meeting.pointee.hosts ?? [] { visit(.hosts, host) }
        for outcome in meeting.pointee.outcomes ?? [] { visit(.outcomes, outcome) }
        for first in meeting.pointee.firsts ?? [] { visit(.firsts, first) }
        forEachSourceText(meeting.pointee.sources, visit)
    }

    private func forEachSearchField(at resolution: UnsafePointer<Resolution>, _ visit: (SearchField.Name, String) -> Void) {
        visit(.summary, resolution.pointee.summary)
        visit(.quote, resolution.pointee.quote ?? "")
        visit(.document, resolution.pointee.document)
        for theme in resolution.pointee.themes { visit(.themes, theme.label) }
        forEachSourceText(resolution.pointee.sources, visit)
    }

    private func forEachSearchField(at session: UnsafePointer<FocusGroupSession>, _ visit: (SearchField.Name, String) -> Void) {
        visit(.title, session.pointee.title)
        visit(.format, session.pointee.format)
        visit(.date, session.pointee.date.description)
        visit(.date, session.pointee.date.readable)
        visit(.place, session.pointee.city ?? "")
        visit(.place, session.pointee.country.map { countryName($0) } ?? "")
        visit(.host, session.pointee.host ?? "")
        for outcome in session.pointee.outcomes ?? [] { visit(.outcomes, outcome) }
        forEachSourceText(session.pointee.sources, visit)
    }

    private func forEachSearchField(at member: UnsafePointer<Member>, _ visit: (SearchField.Name, String) -> Void) {
        visit(.name, member.pointee.name)
        visit(.id, member.pointee.id)
        visit(.kind, member.pointee.kind.rawValue)
        visit(.region, regionLabel(of: member.pointee))
        for name in member.pointee.formerNames ?? [] { visit(.formerNames, name) }
        forEachSourceText(member.pointee.sources, visit)
    }

    public func forEachSearchField(of kind: RecordKind, at index: Int, _ visit: (SearchField.Name, String) -> Void) {
        precondition(index >= 0 && index < count(of: kind), "no record \(index) in \(kind)")
        switch kind {
        case .meetings: meetings.withUnsafeBufferPointer { forEachSearchField(at: $0.baseAddress! + index, visit) }
        case .resolutions: resolutions.withUnsafeBufferPointer { forEachSearchField(at: $0.baseAddress! + index, visit) }
        case .sessions: sessions.withUnsafeBufferPointer { forEachSearchField(at: $0.baseAddress! + index, visit) }
        case .members: members.withUnsafeBufferPointer { forEachSearchField(at: $0.baseAddress! + index, visit) }
        }
    }

    public func searchFields(of kind: RecordKind, at index: Int) -> [SearchField] { collect { forEachSearchField(of: kind, at: index, $0) } }

    public func searchFields(of meeting: Meeting) -> [SearchField] { withUnsafePointer(to: meeting) { record in collect { forEachSearchField(at: record, $0) } } }
    public func searchFields(of resolution: Resolution) -> [SearchField] { withUnsafePointer(to: resolution) { record in collect { forEachSearchField(at: record, $0) } } }
    public func searchFields(of session: FocusGroupSession) -> [SearchField] { withUnsafePointer(to: session) { record in collect { forEachSearchField(at: record, $0) } } }
    public func searchFields(of member: Member) -> [SearchField] { withUnsafePointer(to: member) { record in collect { forEachSearchField(at: record, $0) } } }

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
    private func forEachSourceText(_ sources: [Source], _ visit: (SearchField.Name, String) -> Void) {
        // By index, so that only these two fields of each source are retained, not a copy of each.
        for index in sources.indices {
            visit(.sources, sources[index].publisher)
            visit(.sources, sources[index].title ?? "")
        }
    }
}
