import CoalitionModel

/// One mark on the timeline: a meeting, an Africa Focus Group session, or a member's accession.
public struct TimelineEvent: Hashable, Sendable {
    public var lane: TimelineLane
    public var record: RecordRef
    public var date: PartialDate
    public var endDate: PartialDate?
    /// A short label for the chart ("Marrakesh").
    public var label: String
    public var headline: String
    public var place: String
    public var firsts: [String]
    /// False when a region filter is on and the event does not match it.
    public var matchesFilter: Bool
    /// "via Africa" when the filter keeps the event only because it is about a broader area.
    public var via: String?

    public var firstDay: Int { date.earliestDayNumber }
    public var lastDay: Int { (endDate ?? date).latestDayNumber }
    public var isExactDay: Bool { date.precision == .day }

    /// Where the mark goes: the day itself, or the middle of a month or year known only roughly.
    public var markDay: Int {
        endDate != nil || isExactDay ? firstDay : (firstDay + date.latestDayNumber) / 2
    }

    /// The last day a bar reaches: only events with an end date span several days.
    public var barEndDay: Int { endDate == nil ? markDay : lastDay }
}

/// Everything the timeline shows: its events by lane in time order, and the member counts.
public struct TimelineModel: Sendable {
    public static let founding = JoinDate.coalitionFormed

    /// The files the timeline's events come from: no statement is shown, so a command that shows
    /// only the timeline need not read resolutions.json, the largest file.
    public static let dataFiles: Set<DataFile> = [.meetings, .sessions, .members]

    public var lanes: [TimelineLane]
    public var events: [TimelineLane: [TimelineEvent]]
    public var memberCounts: [MemberCount]
    public var firstDay: Int
    public var lastDay: Int

    /// Builds the timeline; `from` and `to` bound it, `kinds` keeps only some lanes.
    public init(dataset: Dataset, region: String?, lanes: [TimelineLane] = TimelineLane.allCases, from: PartialDate? = nil, to: PartialDate? = nil) {
        self.lanes = lanes
        let bounds = DateBounds(from: from, to: to)
        let highest = to?.latestDayNumber ?? Int.max
        func keep(_ event: TimelineEvent) -> Bool { bounds.admits(first: event.firstDay, last: event.lastDay) }

        var events: [TimelineLane: [TimelineEvent]] = [:]
        func add(_ event: TimelineEvent) {
            guard lanes.contains(event.lane), keep(event) else { return }
            events[event.lane, default: []].append(event)
        }
        /// Whether the region filter keeps a record, and the broader area it is kept for.
        func standing(_ match: RegionMatch?) -> (matches: Bool, via: String?) {
            region == nil ? (true, nil) : (match != nil, dataset.viaText(match))
        }
        for meeting in dataset.meetings {
            let (matches, via) = standing(region.flatMap { dataset.regionMatch(meeting, region: $0) })
            add(TimelineEvent(
                lane: TimelineLane.lane(for: meeting.kind), record: .meeting(meeting.id), date: meeting.date, endDate: meeting.endDate,
                label: meeting.isVirtual ? "virtual" : (meeting.city ?? meeting.country.map(dataset.countryName) ?? "?"),
                headline: meeting.title,
                place: dataset.placeLabel(city: meeting.city, country: meeting.country, virtual: meeting.isVirtual),
                firsts: meeting.firsts ?? [], matchesFilter: matches, via: via
            ))
        }
        for session in dataset.sessions {
            let (matches, via) = standing(region.flatMap { dataset.regionMatch(session, region: $0) })
            add(TimelineEvent(
                lane: .focusGroup, record: .session(session.id), date: session.date, endDate: session.endDate,
                label: session.city ?? "virtual", headline: "Africa Focus Group #\(session.number): \(session.title)",
                place: dataset.placeLabel(city: session.city, country: session.country, virtual: session.virtual ?? false),
                firsts: session.firsts ?? [], matchesFilter: matches, via: via
            ))
        }
        for member in dataset.members {
            guard let joined = member.joined, TimelineLane.marksAccession(joined), let date = joined.on else { continue }
            let (matches, via) = standing(region.flatMap { dataset.regionMatch(member, region: $0) })
            add(TimelineEvent(
                lane: .membership, record: .member(member.id), date: date, endDate: nil,
                label: member.id, headline: "\(member.name) joined" + (member.ordinal.map { " (member \($0))" } ?? ""),
                place: dataset.regionLabel(of: member), firsts: [],
                matchesFilter: matches, via: via
            ))
        }
        for (lane, list) in events { events[lane] = list.sorted { ($0.firstDay, $0.lastDay) < ($1.firstDay, $1.lastDay) } }
        self.events = events
        self.memberCounts = dataset.memberCounts.filter { $0.date.earliestDayNumber <= highest }

        let all = events.values.flatMap { $0 }
        let latest = all.map(\.lastDay).max() ?? TimelineModel.founding.latestDayNumber
        // From the Coalition's founding, or from the earliest event when one is dated before it
        // (a typo in a year must not make an event vanish); --from sets the start itself.
        let earliest = all.map(\.firstDay).min() ?? TimelineModel.founding.earliestDayNumber
        firstDay = from?.earliestDayNumber ?? min(TimelineModel.founding.earliestDayNumber, earliest)
        lastDay = max(firstDay + 30, min(latest, to?.latestDayNumber ?? Int.max))
        outsideCount = all.filter { $0.lastDay < firstDay || $0.firstDay > lastDay }.count
    }

    /// Events the whole-span chart cannot place; none unless --from or --to cut into one.
    public var outsideCount = 0

    public func events(in lane: TimelineLane) -> [TimelineEvent] { events[lane] ?? [] }

    /// The lanes with something to draw: an event, or for the members' lane a member count stated
    /// by the chart's end. The printed timeline shows only these, so a filter leaves no empty lane.
    public var occupiedLanes: [TimelineLane] {
        lanes.filter { !events(in: $0).isEmpty || ($0 == .membership && memberCount(onDay: lastDay) != nil) }
    }

    /// Every event in time order, for the printable list and JSON.
    public var chronological: [TimelineEvent] {
        lanes.flatMap { events(in: $0) }.sorted { ($0.firstDay, $0.lane.rawValue) < ($1.firstDay, $1.lane.rawValue) }
    }

    /// The member total stated at or before a day, if any was.
    public func memberCount(onDay day: Int) -> Int? {
        memberCounts.last { $0.date.earliestDayNumber <= day }?.count
    }
}
