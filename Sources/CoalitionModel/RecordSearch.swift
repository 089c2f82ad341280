/// The text a search looks through for each record: what its list row shows and its main fields.
/// The dashboard's `/` and `coalition list --search` both use it, so they find the same records.
extension Dataset {
    public func searchText(of meeting: Meeting) -> String {
        searchable([meeting.title, meeting.kind.label, meeting.date.description, meeting.date.readable, meeting.city ?? "",
                    meeting.country.map(countryName) ?? ""] + (meeting.hosts ?? []) + (meeting.outcomes ?? []) + (meeting.firsts ?? []))
    }

    public func searchText(of resolution: Resolution) -> String {
        searchable([resolution.summary, resolution.quote ?? "", resolution.document] + resolution.themes.map(\.label))
    }

    public func searchText(of session: FocusGroupSession) -> String {
        searchable([session.title, session.format, session.date.description, session.date.readable, session.city ?? "",
                    session.country.map(countryName) ?? "", session.host ?? ""] + (session.outcomes ?? []))
    }

    public func searchText(of member: Member) -> String {
        searchable([member.name, member.id, member.kind.rawValue, regionLabel(of: member)] + (member.formerNames ?? []))
    }

    /// True when the query (any case) occurs in the text; an empty query matches nothing.
    public static func searchText(_ text: String, contains query: String) -> Bool {
        TextSearchIndex.text(text, contains: query)
    }

    /// The fields joined with a separator no query can contain, so a match never spans two fields.
    /// Case is folded where the text is searched (CaseFolder, for TextSearchIndex).
    private func searchable(_ parts: [String]) -> String {
        parts.joined(separator: "\u{1}")
    }
}
