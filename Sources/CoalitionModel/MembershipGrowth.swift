extension JoinDate {
    /// The month the Coalition was formed: no member can have joined before it.
    public static let coalitionFormed = PartialDate(year: 2014, month: 9)!

    /// True when a source gives the accession itself, not only a bound on it.
    public var isExact: Bool { on != nil }

    /// Every day the member could have joined on: the days of a dated accession, or from `after`
    /// (else the Coalition's formation) to `by`. Nil when nothing bounds it.
    public var possibleDays: ClosedRange<Int>? {
        if let on { return on.earliestDayNumber...on.latestDayNumber }
        guard let by else { return nil }
        let first = (after ?? JoinDate.coalitionFormed).earliestDayNumber
        return min(first, by.latestDayNumber)...by.latestDayNumber
    }

    /// Whether a date filter keeps the member. A dated accession is kept when any of its days lies
    /// within the bounds, as a meeting is; a member known only to have joined "by" a date (or
    /// between two) is kept only when every day it could have joined on lies within them, so
    /// `--from 2014 --to 2014` leaves out a member known only to have joined "by 2018-02".
    public func isWithin(from: PartialDate?, to: PartialDate?) -> Bool {
        guard let days = possibleDays else { return from == nil && to == nil }
        let lowest = from?.earliestDayNumber ?? Int.min
        let highest = to?.latestDayNumber ?? Int.max
        if isExact { return days.upperBound >= lowest && days.lowerBound <= highest }
        return days.lowerBound >= lowest && days.upperBound <= highest
    }
}

/// Named members by year: how many joined that year on a date a source gives, how many are first
/// known to be members that year from a "by" bound, and the running total of both.
public struct MembershipYear: Equatable, Sendable {
    public var year: Int
    /// Members whose accession a source dates within this year.
    public var joined: Int
    /// Members known only to have joined by a date in this year (or between two dates ending in it).
    public var knownBy: Int
    /// Named members known to have joined by the end of this year.
    public var total: Int
    /// The last total a source stated during this year, for comparison; nil when none did.
    public var stated: Int?

    public init(year: Int, joined: Int, knownBy: Int, total: Int, stated: Int? = nil) {
        self.year = year
        self.joined = joined
        self.knownBy = knownBy
        self.total = total
        self.stated = stated
    }
}

extension Dataset {
    /// Every year from the first accession or bound to the last, with years without any kept in
    /// so the running total reads as a timeline.
    public func membershipGrowth() -> [MembershipYear] {
        membershipGrowth(of: members, stated: memberCounts)
    }

    /// The growth of some of the members (those of a region), beside the totals given as stated.
    public func membershipGrowth(of members: [Member], stated memberCounts: [MemberCount]) -> [MembershipYear] {
        var joined: [Int: Int] = [:]
        var knownBy: [Int: Int] = [:]
        for member in members {
            guard let join = member.joined else { continue }
            if let on = join.on {
                joined[on.year, default: 0] += 1
            } else if let by = join.by {
                knownBy[by.year, default: 0] += 1
            }
        }
        var stated: [Int: MemberCount] = [:]
        for count in memberCounts where stated[count.date.year].map({ $0.date <= count.date }) ?? true {
            stated[count.date.year] = count
        }
        let years = Set(joined.keys).union(knownBy.keys)
        guard let first = years.min(), let last = years.max() else { return [] }
        var total = 0
        return (first...last).map { year in
            total += (joined[year] ?? 0) + (knownBy[year] ?? 0)
            return MembershipYear(year: year, joined: joined[year] ?? 0, knownBy: knownBy[year] ?? 0, total: total, stated: stated[year]?.count)
        }
    }

    /// Named members no source dates at all, left out of the growth by year.
    public var undatedMembers: Int {
        undatedMembers(of: members)
    }

    public func undatedMembers(of members: [Member]) -> Int {
        members.filter { $0.joined?.possibleDays == nil }.count
    }
}
