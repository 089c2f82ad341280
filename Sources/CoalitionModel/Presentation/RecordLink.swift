/// A linked record as the presentations name it: enough to show it next (`coalition show ID`).
public struct RecordLink: Equatable, Sendable {
    public var type: String
    public var id: String
    public var title: String
    public var reference: RecordRef

    public init(_ meeting: Meeting) {
        (type, id, title, reference) = ("meeting", meeting.id, "\(meeting.date.readable) \(meeting.title)", .meeting(meeting.id))
    }

    public init(_ resolution: Resolution) {
        (type, id, title, reference) = ("resolution", resolution.id, "#\(resolution.order) \(resolution.summary)", .resolution(resolution.id))
    }

    public init(_ session: FocusGroupSession) {
        (type, id, title) = ("session", session.id, "#\(session.number) \(session.date.readable) \(session.title)")
        reference = .session(session.id)
    }

    public init(_ member: Member) { (type, id, title, reference) = ("member", member.id, member.name, .member(member.id)) }
}
