/// What the record does not know yet, so gaps are visible rather than silent: texts not held,
/// members without an exact join date, records resting only on weak sources, open disputes.
public struct CoverageReport: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case meeting, session, resolution, member
        case memberCount = "member-count"
    }

    /// One record in a section, named as `show` and `list` name it.
    public struct Entry: Equatable, Sendable {
        /// The record's id; a member count has none, so its date stands in.
        public var id: String
        public var kind: Kind
        public var title: String
        /// Why it is listed: the text note, the join date as known, the disputed fields.
        public var detail: String?
    }

    public struct Section: Equatable, Sendable {
        /// The section's name in JSON.
        public var key: String
        public var title: String
        public var entries: [Entry]
    }

    public var sections: [Section]

    public init(_ dataset: Dataset) {
        // Meetings and sessions without statements, told apart by what the data says of their text
        // (validation makes sure none without statements says "recorded").
        var textless: [TextStatus: [Entry]] = [:]
        for meeting in dataset.meetings where dataset.resolutions(of: meeting.id).isEmpty {
            textless[meeting.textStatus, default: []].append(Entry(id: meeting.id, kind: .meeting, title: meeting.title, detail: meeting.textNote))
        }
        for session in dataset.sessions where dataset.resolutions(of: session.id).isEmpty {
            textless[session.textStatus, default: []].append(Entry(id: session.id, kind: .session, title: session.title, detail: session.textNote))
        }

        let inexactMembers = dataset.members.filter { $0.joined?.on?.precision != .day }.map { member in
            Entry(id: member.id, kind: .member, title: member.name, detail: "joined: " + (member.joined?.readable ?? "unknown"))
        }

        var weak: [Entry] = []
        var disputed: [Entry] = []
        func consider(_ entry: Entry, sources: [Source], disputes: [Dispute]?) {
            if !sources.isEmpty, sources.allSatisfy({ $0.reliability == .weak }) { weak.append(entry) }
            if let disputes, !disputes.isEmpty {
                var listed = entry
                listed.detail = "disputed: " + disputes.map(\.field).joined(separator: ", ")
                disputed.append(listed)
            }
        }
        for meeting in dataset.meetings {
            consider(Entry(id: meeting.id, kind: .meeting, title: meeting.title), sources: meeting.sources, disputes: meeting.disputes)
        }
        for session in dataset.sessions {
            consider(Entry(id: session.id, kind: .session, title: session.title), sources: session.sources, disputes: session.disputes)
        }
        for resolution in dataset.resolutions {
            consider(Entry(id: resolution.id, kind: .resolution, title: resolution.summary), sources: resolution.sources, disputes: resolution.disputes)
        }
        for member in dataset.members {
            consider(Entry(id: member.id, kind: .member, title: member.name), sources: member.sources, disputes: member.disputes)
        }
        for count in dataset.memberCounts {
            let stated = (count.qualifier.map { $0.rawValue + " " } ?? "") + "\(count.count) members"
            consider(Entry(id: count.date.description, kind: .memberCount, title: stated), sources: count.sources, disputes: count.disputes)
        }

        sections = [
            Section(key: "textNotPublished", title: "Meetings and sessions whose text was not published", entries: textless[.notPublished] ?? []),
            Section(key: "textNotFound", title: "Meetings and sessions whose text has not been found yet", entries: textless[.notFound] ?? []),
            Section(key: "membersWithoutExactJoinDate", title: "Members without an exact join date", entries: inexactMembers),
            Section(key: "weakSourcesOnly", title: "Records resting only on weak sources", entries: weak),
            Section(key: "openDisputes", title: "Records with disputes still open", entries: disputed),
        ]
    }

    public func section(_ key: String) -> Section? { sections.first { $0.key == key } }
}
