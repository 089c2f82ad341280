/// Everything the data folder holds, decoded and validated, with lookups by id.
public struct Dataset: Sendable {
    public var meetings: [Meeting]
    public var resolutions: [Resolution]
    public var sessions: [FocusGroupSession]
    public var members: [Member]
    public var memberCounts: [MemberCount]
    public var areas: [RegionArea]
    public var countries: [Country]
    public var regionSources: [Source]

    public let regions: RegionIndex
    private let meetingIndex: [String: Int]
    private let sessionIndex: [String: Int]
    private let resolutionIndex: [String: Int]
    private let memberIndex: [String: Int]
    private let resolutionsByParent: [String: [Int]]
    private let sessionsByMeeting: [String: [Int]]

    public init(
        meetings: [Meeting], resolutions: [Resolution], sessions: [FocusGroupSession],
        members: [Member], memberCounts: [MemberCount], areas: [RegionArea], countries: [Country],
        regionSources: [Source] = []
    ) {
        self.meetings = meetings.sorted { $0.date < $1.date }
        self.sessions = sessions.sorted { $0.date < $1.date }
        self.members = members
        self.memberCounts = memberCounts
        self.areas = areas
        self.countries = countries
        self.regionSources = regionSources
        self.regions = RegionIndex(areas: areas, countries: countries)

        meetingIndex = Dataset.index(self.meetings.map(\.id))
        sessionIndex = Dataset.index(self.sessions.map(\.id))
        memberIndex = Dataset.index(members.map(\.id))

        // Resolutions follow their meeting's date, then their order within the text.
        let parentDates = Dictionary(
            self.meetings.map { ($0.id, $0.date) } + self.sessions.map { ($0.id, $0.date) },
            uniquingKeysWith: { first, _ in first }
        )
        // Texts of the same date keep the order in which the file first names them.
        var parentRank: [String: Int] = [:]
        for resolution in resolutions {
            if let parent = resolution.parentID, parentRank[parent] == nil { parentRank[parent] = parentRank.count }
        }
        // Sorting positions by key, then taking each record once, copies every record only once.
        let keys = resolutions.enumerated().map { offset, resolution in
            let parent = resolution.parentID
            let day = parent.flatMap { parentDates[$0]?.earliestDayNumber } ?? Int.max
            return (day, parent.flatMap { parentRank[$0] } ?? Int.max, resolution.order, offset)
        }
        self.resolutions = keys.sorted { $0 < $1 }.map { resolutions[$0.3] }
        resolutionIndex = Dataset.index(self.resolutions.map(\.id))

        var byParent: [String: [Int]] = [:]
        for (position, resolution) in self.resolutions.enumerated() {
            if let parent = resolution.parentID { byParent[parent, default: []].append(position) }
        }
        resolutionsByParent = byParent
        var byMeeting: [String: [Int]] = [:]
        for (position, session) in self.sessions.enumerated() {
            if let meeting = session.meeting { byMeeting[meeting, default: []].append(position) }
        }
        sessionsByMeeting = byMeeting
    }

    private static func index(_ ids: [String]) -> [String: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func meeting(id: String) -> Meeting? { meetingIndex[id].map { meetings[$0] } }
    public func session(id: String) -> FocusGroupSession? { sessionIndex[id].map { sessions[$0] } }
    public func resolution(id: String) -> Resolution? { resolutionIndex[id].map { resolutions[$0] } }
    public func member(id: String) -> Member? { memberIndex[id].map { members[$0] } }

    /// The record's position in its kind's array.
    public func index(of record: RecordRef) -> Int? {
        switch record {
        case .meeting(let id): meetingIndex[id]
        case .resolution(let id): resolutionIndex[id]
        case .session(let id): sessionIndex[id]
        case .member(let id): memberIndex[id]
        }
    }

    public func resolutions(of parentID: String) -> [Resolution] {
        (resolutionsByParent[parentID] ?? []).map { resolutions[$0] }
    }

    public func sessions(besideMeeting meetingID: String) -> [FocusGroupSession] {
        (sessionsByMeeting[meetingID] ?? []).map { sessions[$0] }
    }

    /// The latest total of members a source states.
    public var latestMemberCount: MemberCount? {
        memberCounts.max { $0.date < $1.date }
    }

    public func countryName(_ code: String) -> String {
        regions.country(code)?.name ?? code
    }
}
