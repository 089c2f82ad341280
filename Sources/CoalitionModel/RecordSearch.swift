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

    public init(_ name: Name, _ text: String) {
        self.name = name
        self.text = text
    }
}

extension Dataset {
    public func searchFields(of meeting: Meeting) -> [SearchField] {
        let place = [meeting.city ?? "", meeting.country.map(countryName) ?? ""]
        return fields([(.title, [meeting.title]), (.kind, [meeting.kind.label]), (.date, [meeting.date.description, meeting.date.readable]),
                       (.place, place), (.hosts, meeting.hosts ?? []), (.outcomes, meeting.outcomes ?? []), (.firsts, meeting.firsts ?? []),
                       (.sources, sourceTexts(meeting.sources))])
    }

    public func searchFields(of resolution: Resolution) -> [SearchField] {
        fields([(.summary, [resolution.summary]), (.quote, [resolution.quote ?? ""]), (.document, [resolution.document]),
                (.themes, resolution.themes.map(\.label)), (.sources, sourceTexts(resolution.sources))])
    }

    public func searchFields(of session: FocusGroupSession) -> [SearchField] {
        let place = [session.city ?? "", session.country.map(countryName) ?? ""]
        return fields([(.title, [session.title]), (.format, [session.format]), (.date, [session.date.description, session.date.readable]),
                       (.place, place), (.host, [session.host ?? ""]), (.outcomes, session.outcomes ?? []),
                       (.sources, sourceTexts(session.sources))])
    }

    public func searchFields(of member: Member) -> [SearchField] {
        fields([(.name, [member.name]), (.id, [member.id]), (.kind, [member.kind.rawValue]), (.region, [regionLabel(of: member)]),
                (.formerNames, member.formerNames ?? []), (.sources, sourceTexts(member.sources))])
    }

    public func searchFields(of kind: RecordKind, at index: Int) -> [SearchField] {
        switch kind {
        case .meetings: searchFields(of: meetings[index])
        case .resolutions: searchFields(of: resolutions[index])
        case .sessions: searchFields(of: sessions[index])
        case .members: searchFields(of: members[index])
        }
    }

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

    /// The fields joined with a separator no query can contain, so a match never spans two fields.
    /// Case is folded where the text is searched (CaseFolder, for TextSearchIndex).
    private static func searchable(_ fields: [SearchField]) -> String {
        fields.map(\.text).joined(separator: "\u{1}")
    }

    /// One field per value; empty values are kept so the joined text stays as it was.
    private func fields(_ groups: [(SearchField.Name, [String])]) -> [SearchField] {
        groups.flatMap { name, values in values.map { SearchField(name, $0) } }
    }

    /// Who published each source and its title.
    private func sourceTexts(_ sources: [Source]) -> [String] {
        sources.flatMap { [$0.publisher, $0.title ?? ""] }
    }
}
