/// A row of the timeline: one kind of event. Defined beside the records so the timeline and
/// `stats` count the same events in the same lanes.
public enum TimelineLane: Int, CaseIterable, Hashable, Sendable {
    case ministerials, smallGroup, defence, politicalDirectors, focusGroup, membership

    public var title: String {
        switch self {
        case .ministerials: "Ministerials"
        case .smallGroup: "Small Group"
        case .defence: "Defence"
        case .politicalDirectors: "Pol. directors"
        case .focusGroup: "Africa FG"
        case .membership: "Members"
        }
    }

    /// The name `--kind` accepts.
    public var commandName: String {
        switch self {
        case .ministerials: "ministerial"
        case .smallGroup: "small-group"
        case .defence: "defence"
        case .politicalDirectors: "political-directors"
        case .focusGroup: "africa-focus-group"
        case .membership: "membership"
        }
    }

    /// Other names `--kind` accepts: the members lane is titled "Members".
    public var aliases: [String] {
        self == .membership ? ["members"] : []
    }

    public init?(commandName: String) {
        let wanted = commandName.lowercased()
        guard let lane = TimelineLane.allCases.first(where: { $0.commandName == wanted || $0.aliases.contains(wanted) }) else { return nil }
        self = lane
    }

    /// The one rule for which lane a meeting kind belongs to, shared by the timeline and `stats`.
    public static func lane(for kind: MeetingKind) -> TimelineLane {
        switch kind {
        // The founding meeting and leaders' summits are the Coalition's top level, with the ministerials.
        case .ministerial, .foreignDefenceMinisterial, .founding, .leadersSummit: .ministerials
        case .smallGroupMinisterial: .smallGroup
        case .defenceMinisterial, .defenceChiefs: .defence
        case .politicalDirectors: .politicalDirectors
        }
    }

    /// The members lane marks accessions a source dates to the month or day; a year alone, or a
    /// "by" bound, has no place on it.
    public static func marksAccession(_ joined: JoinDate) -> Bool {
        guard let on = joined.on else { return false }
        return on.precision != .year
    }
}
