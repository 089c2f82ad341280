/// `--from` and `--to` as every command reads them: a record is inside when any day it could
/// mean lies between the first day of `from` and the last day of `to` (`--to 2022` keeps a
/// meeting dated only "2022").
public struct DateBounds: Hashable, Sendable {
    public var from: PartialDate?
    public var to: PartialDate?

    public init(from: PartialDate? = nil, to: PartialDate? = nil) {
        self.from = from
        self.to = to
    }

    public var isUnbounded: Bool { from == nil && to == nil }

    /// Whether any day from `first` to `last` (day numbers) lies within the bounds.
    public func admits(first: Int, last: Int) -> Bool {
        last >= (from?.earliestDayNumber ?? Int.min) && first <= (to?.latestDayNumber ?? Int.max)
    }

    /// Whether a date (or a span up to `end`) lies within the bounds.
    public func admits(_ date: PartialDate, through end: PartialDate? = nil) -> Bool {
        admits(first: date.earliestDayNumber, last: (end ?? date).latestDayNumber)
    }
}

extension Dataset {
    /// A statement is dated by the meeting or session whose text it belongs to.
    public func date(of resolution: Resolution) -> PartialDate? {
        resolution.meeting.flatMap { meeting(id: $0)?.date } ?? resolution.session.flatMap { session(id: $0)?.date }
    }
}

extension Dataset {
    /// Whether date bounds keep a record: the one rule `list --from/--to`, the dashboard's date
    /// filter and `render --from/--to` share. Events are kept when any of their days lies within
    /// the bounds; a statement is dated by its meeting or session, a member by when it joined
    /// (`JoinDate.isWithin`); a record with no date is left out by any bound.
    public func isWithin(_ meeting: Meeting, _ bounds: DateBounds) -> Bool {
        bounds.admits(meeting.date, through: meeting.endDate)
    }

    public func isWithin(_ resolution: Resolution, _ bounds: DateBounds) -> Bool {
        date(of: resolution).map { bounds.admits($0) } ?? bounds.isUnbounded
    }

    public func isWithin(_ session: FocusGroupSession, _ bounds: DateBounds) -> Bool {
        bounds.admits(session.date, through: session.endDate)
    }

    public func isWithin(_ member: Member, _ bounds: DateBounds) -> Bool {
        member.joined?.isWithin(from: bounds.from, to: bounds.to) ?? bounds.isUnbounded
    }

    public func isWithin(_ kind: RecordKind, at index: Int, _ bounds: DateBounds) -> Bool {
        switch kind {
        case .meetings: isWithin(meetings[index], bounds)
        case .resolutions: isWithin(resolutions[index], bounds)
        case .sessions: isWithin(sessions[index], bounds)
        case .members: isWithin(members[index], bounds)
        }
    }
}
