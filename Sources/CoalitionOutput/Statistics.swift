import CoalitionModel

/// Counts of the data set by kind, year, region and theme: what `stats` charts.
public struct Statistics: Equatable, Sendable {
    public struct Count: Equatable, Sendable {
        /// The name as options take it (`small-group-ministerial`, `2022`, `africa`).
        public var key: String
        /// What the chart shows: the key, or a region's name (indented below its continent), both
        /// of which the options accept.
        public var label: String
        public var count: Int
    }

    public struct Section: Equatable, Sendable {
        /// The section's name in JSON.
        public var key: String
        public var title: String
        /// What the labels are ("kind", "year"), for table headers.
        public var labelHeader: String
        public var counts: [Count]
    }

    public var sections: [Section]
    /// Named members by year: exact accessions and "by" bounds apart, with the running total.
    public var membershipGrowth: [MembershipYear]
    /// Named members no source dates, which the growth leaves out.
    public var undatedMembers: Int

    /// The region the counts are kept to (an area slug or country code) and its name; nil for the
    /// whole data set.
    public var region: String?
    public var regionName: String?

    /// With a `region`, only the records `list --region` shows are counted (`RecordFilter`: those
    /// within it and those about a broader area as a whole), and the member totals sources state,
    /// which are the Coalition's, are left out of the growth by year.
    public init(_ dataset: Dataset, region: String? = nil) {
        self.region = region
        regionName = region.map(dataset.regions.name(of:))
        var filter = RecordFilter()
        filter.region = region
        let meetings = region == nil ? dataset.meetings : dataset.meetings.filter { filter.keeps($0, in: dataset) }
        let resolutions = region == nil ? dataset.resolutions : dataset.resolutions.filter { filter.keeps($0, in: dataset) }
        let sessions = region == nil ? dataset.sessions : dataset.sessions.filter { filter.keeps($0, in: dataset) }
        let members = region == nil ? dataset.members : dataset.members.filter { filter.keeps($0, in: dataset) }

        func byYear(_ dates: [PartialDate?]) -> [Count] {
            let years = Dictionary(grouping: dates.compactMap { $0?.year }, by: { $0 }).mapValues(\.count)
            guard let first = years.keys.min(), let last = years.keys.max() else { return [] }
            // Years without any stay in, so the bars read as a timeline.
            return (first...last).map { Count(key: String($0), label: String($0), count: years[$0] ?? 0) }
        }
        let regionCounts = dataset.regionTallies(meetings: meetings, resolutions: resolutions, sessions: sessions, members: members).mapValues(\.within)
        // Continents and their sub-regions: deeper levels would swamp the chart.
        let regions = dataset.regions.children(of: "world").flatMap { continent in
            [Count(key: continent.id, label: continent.name, count: regionCounts[continent.id] ?? 0)]
                + dataset.regions.children(of: continent.id).map { Count(key: $0.id, label: "  " + $0.name, count: regionCounts[$0.id] ?? 0) }
        }
        let themes = Theme.allCases.map { theme in
            Count(key: theme.rawValue, label: theme.rawValue, count: resolutions.filter { $0.themes.contains(theme) }.count)
        }
        var laneCounts: [TimelineLane: Int] = [:]
        for meeting in meetings { laneCounts[TimelineLane.lane(for: meeting.kind), default: 0] += 1 }
        laneCounts[.focusGroup] = sessions.count
        laneCounts[.membership] = members.filter { $0.joined.map(TimelineLane.marksAccession) ?? false }.count
        membershipGrowth = dataset.membershipGrowth(of: members, stated: region == nil ? dataset.memberCounts : [])
        undatedMembers = dataset.undatedMembers(of: members)
        sections = [
            Section(key: "records", title: "Records",
                    labelHeader: "records", counts: [
                Count(key: "meetings", label: "meetings", count: meetings.count),
                Count(key: "resolutions", label: "resolutions", count: resolutions.count),
                Count(key: "sessions", label: "sessions", count: sessions.count),
                Count(key: "members", label: "members", count: members.count),
            ]),
            Section(key: "meetingsByKind", title: "Meetings by kind", labelHeader: "kind", counts: MeetingKind.allCases.map { kind in
                Count(key: kind.rawValue, label: kind.rawValue, count: meetings.filter { $0.kind == kind }.count)
            }),
            Section(key: "membersByKind", title: "Members by kind", labelHeader: "kind", counts: MemberKind.allCases.map { kind in
                Count(key: kind.rawValue, label: kind.rawValue, count: members.filter { $0.kind == kind }.count)
            }),
            Section(key: "meetingsByYear", title: "Meetings and Africa Focus Group sessions by year", labelHeader: "year",
                    counts: byYear(meetings.map(\.date) + sessions.map(\.date))),
            Section(key: "resolutionsByYear", title: "Resolutions by year", labelHeader: "year",
                    counts: byYear(resolutions.map(dataset.date(of:)))),
            Section(key: "eventsByLane", title: "Timeline events by lane (as the timeline counts them)", labelHeader: "lane",
                    counts: TimelineLane.allCases.map { lane in Count(key: lane.commandName, label: lane.commandName, count: laneCounts[lane] ?? 0) }),
            Section(key: "membersJoinedByYear", title: "Members joined by year (a source dates the accession)", labelHeader: "year",
                    counts: byYear(members.map { $0.joined?.on })),
            Section(key: "membersKnownByYear", title: "Members known only to have joined by a date, by its year", labelHeader: "year",
                    counts: byYear(members.map { $0.joined.flatMap { $0.isExact ? nil : $0.by } })),
            Section(key: "recordsByRegion", title: "Records by region", labelHeader: "region", counts: regions),
            Section(key: "resolutionsByTheme", title: "Resolutions by theme", labelHeader: "theme", counts: themes.sorted { $0.count > $1.count }),
        ]
    }
}
