import CoalitionModel

/// A linked record as `show` names it: enough to show it next (`coalition show ID`).
public struct RecordLink: Equatable, Sendable {
    public var type: String
    public var id: String
    public var title: String

    init(_ meeting: Meeting) { (type, id, title) = ("meeting", meeting.id, "\(meeting.date.readable) \(meeting.title)") }
    init(_ resolution: Resolution) { (type, id, title) = ("resolution", resolution.id, "#\(resolution.order) \(resolution.summary)") }
    init(_ session: FocusGroupSession) {
        (type, id, title) = ("session", session.id, "#\(session.number) \(session.date.readable) \(session.title)")
    }
    init(_ member: Member) { (type, id, title) = ("member", member.id, member.name) }
}
