/// A reference to any record, for links, history and lookups.
public enum RecordRef: Hashable, Sendable {
    case meeting(String), resolution(String), session(String), member(String)

    public var id: String {
        switch self {
        case .meeting(let id), .resolution(let id), .session(let id), .member(let id): id
        }
    }
}

extension Dataset {
    /// Finds a record of any kind by id.
    public func reference(forID id: String) -> RecordRef? {
        if meeting(id: id) != nil { return .meeting(id) }
        if resolution(id: id) != nil { return .resolution(id) }
        if session(id: id) != nil { return .session(id) }
        if member(id: id) != nil { return .member(id) }
        return nil
    }

    /// Where a record is and what it concerns: a region filter matches if any of these lies within it.
    public func places(of meeting: Meeting) -> [String] {
        (meeting.country.map { [$0] } ?? []) + (meeting.regions ?? [])
    }

    public func places(of session: FocusGroupSession) -> [String] {
        (session.country.map { [$0] } ?? []) + session.regions
    }

    /// A resolution concerns its own regions, and lies where its meeting or session was held.
    public func places(of resolution: Resolution) -> [String] {
        placesOfResolution(regions: resolution.regions, meeting: resolution.meeting, session: resolution.session)
    }

    /// `places(of:)` from the fields it reads, so that a scan of the statements by position reads
    /// those three fields and does not copy each record (`places(of:at:)`). Records are found by
    /// position, not by `meeting(id:)`, which would copy the whole meeting for its country.
    func placesOfResolution(regions: [String], meeting: String?, session: String?) -> [String] {
        var places = regions
        if let id = meeting, let position = index(of: .meeting(id)), let country = meetings[position].country { places.append(country) }
        if let id = session, let position = index(of: .session(id)), let country = sessions[position].country { places.append(country) }
        return places
    }

    public func places(of member: Member) -> [String] {
        member.kind == .state ? (member.country.map { [$0] } ?? []) : (member.regions ?? [])
    }

    /// How each record stands to a region filter: within the region, about an area above it, or
    /// (nil) outside it. A filter keeps the first two.
    public func regionMatch(_ meeting: Meeting, region: String) -> RegionMatch? { regions.match(places(of: meeting), region: region) }
    public func regionMatch(_ session: FocusGroupSession, region: String) -> RegionMatch? { regions.match(places(of: session), region: region) }
    public func regionMatch(_ resolution: Resolution, region: String) -> RegionMatch? { regions.match(places(of: resolution), region: region) }
    public func regionMatch(_ member: Member, region: String) -> RegionMatch? { regions.match(places(of: member), region: region) }

    /// "via Africa" for a record a filter keeps only because it is about a broader area; nil when
    /// it lies within the region or outside it. Lists, the timeline and its printout all say it so.
    public func viaText(_ match: RegionMatch?) -> String? {
        if case .viaBroader(let area)? = match { return "via " + regions.name(of: area) }
        return nil
    }

    public func matches(_ meeting: Meeting, region: String) -> Bool { regionMatch(meeting, region: region) != nil }
    public func matches(_ session: FocusGroupSession, region: String) -> Bool { regionMatch(session, region: region) != nil }
    public func matches(_ resolution: Resolution, region: String) -> Bool { regionMatch(resolution, region: region) != nil }
    public func matches(_ member: Member, region: String) -> Bool { regionMatch(member, region: region) != nil }

    /// The region a member belongs to, for the Members table: its country's M49 area or the
    /// organisation's regions.
    public func regionLabel(of member: Member) -> String {
        if let code = member.country, let country = regions.country(code) {
            return regions.area(country.area)?.name ?? country.area
        }
        return (member.regions ?? []).map { regions.name(of: $0) }.joined(separator: ", ")
    }

    /// "Marrakesh, Morocco", "Virtual" or the country alone.
    public func placeLabel(city: String?, country: String?, virtual: Bool) -> String {
        if virtual { return "Virtual" }
        switch (city, country) {
        case let (city?, country?): return "\(city), \(countryName(country))"
        case let (city?, nil): return city
        case let (nil, country?): return countryName(country)
        case (nil, nil): return "place unknown"
        }
    }
}

/// How many records a filter on one region shows: those within it, and apart from them those
/// shown only because they are about an area above it.
public struct RegionTally: Hashable, Sendable {
    public var within = 0
    public var viaBroader = 0
    /// `viaBroader` by the area each record is about (`RegionIndex.match`'s nearest such area).
    public var viaArea: [String: Int] = [:]

    public init(within: Int = 0, viaBroader: Int = 0, viaArea: [String: Int] = [:]) {
        self.within = within
        self.viaBroader = viaBroader
        self.viaArea = viaArea
    }

    public var total: Int { within + viaBroader }
}

extension Dataset {
    /// For every area, country and analyst region: how many records (of all kinds) a filter on it
    /// would show, within it and via broader areas. Records naming the same places are counted
    /// together, so the work grows with the records plus the distinct lists of places.
    public func regionTallies() -> [String: RegionTally] {
        regionTallies(meetings: meetings, resolutions: resolutions, sessions: sessions, members: members)
    }

    /// The tallies of some of the records (those a region filter keeps).
    public func regionTallies(meetings: [Meeting], resolutions: [Resolution], sessions: [FocusGroupSession], members: [Member]) -> [String: RegionTally] {
        var recordsByPlaces: [[String]: Int] = [:]
        func add(_ places: [String]) { recordsByPlaces[places, default: 0] += 1 }
        for meeting in meetings { add(places(of: meeting)) }
        for resolution in resolutions { add(places(of: resolution)) }
        for session in sessions { add(places(of: session)) }
        for member in members { add(places(of: member)) }

        var tallies: [String: RegionTally] = [:]
        for (places, count) in recordsByPlaces {
            var within: Set<String> = []
            var shownVia: Set<String> = []
            for place in places {
                within.formUnion(regions.containers(of: place))
                shownVia.formUnion(regions.regionsShowing(recordsAbout: place))
            }
            for region in within { tallies[region, default: RegionTally()].within += count }
            for region in shownVia.subtracting(within) {
                tallies[region, default: RegionTally()].viaBroader += count
                if case .viaBroader(let area)? = regions.match(places, region: region) {
                    tallies[region, default: RegionTally()].viaArea[area, default: 0] += count
                }
            }
        }
        return tallies
    }

    /// For every area, country and analyst region: how many records lie within it.
    public func regionCounts() -> [String: Int] {
        regionTallies().mapValues(\.within)
    }
}
