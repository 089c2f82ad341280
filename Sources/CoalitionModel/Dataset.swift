import Dispatch
import Synchronization

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
    /// Analyst regions beside the M49 tree.
    public var groupings: [AnalystRegion]

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
        regionSources: [Source] = [], groupings: [AnalystRegion] = []
    ) {
        self.meetings = Dataset.inOrder(meetings) { $0.date < $1.date }
        self.sessions = Dataset.inOrder(sessions) { $0.date < $1.date }
        self.members = members
        self.memberCounts = memberCounts
        self.areas = areas
        self.countries = countries
        self.regionSources = regionSources
        self.groupings = groupings
        self.regions = RegionIndex(areas: areas, countries: countries, groupings: groupings)

        meetingIndex = Dataset.index(self.meetings.map(\.id))
        sessionIndex = Dataset.index(self.sessions.map(\.id))
        memberIndex = Dataset.index(members.map(\.id))

        // Resolutions follow their meeting's date, then their order within the text.
        var parentDates: [String: Int] = [:]
        parentDates.reserveCapacity(self.meetings.count + self.sessions.count)
        for meeting in self.meetings where parentDates[meeting.id] == nil { parentDates[meeting.id] = meeting.date.earliestDayNumber }
        for session in self.sessions where parentDates[session.id] == nil { parentDates[session.id] = session.date.earliestDayNumber }
        // Texts of the same date keep the order in which the file first names them: a text's
        // number is its rank. Each statement is read in place: copying one costs a retain and a
        // release of each field.
        var numbering = TextNumbering(capacity: parentDates.count)
        var rankedDays: [Int] = []
        let keys = resolutions.withUnsafeBufferPointer { resolutions in
            resolutions.indices.map { offset in
                guard let parent = resolutions[offset].parentID else { return (Int.max, Int.max, resolutions[offset].order, offset) }
                let (rank, isNew) = numbering.number(of: parent)
                if isNew { rankedDays.append(parentDates[parent] ?? Int.max) }
                return (rankedDays[rank], rank, resolutions[offset].order, offset)
            }
        }
        // Sorting positions by key, then taking each record once, copies every record only once.
        let ordered = keys.sorted { $0 < $1 }
        // The ordered copy, the id lookup and the lookups by text are independent: at a hundred
        // thousand statements each takes a good part of a start from the snapshot, so they are
        // built side by side.
        let parents = numbering.texts
        let inOrder = Mutex<[Resolution]>([])
        let byID = Mutex<[String: Int]>([:])
        let byParent = Mutex<[String: [Int]]>([:])
        DispatchQueue.concurrentPerform(iterations: 3) { task in
            switch task {
            case 0:
                // Files are usually in order already; then the array is shared, not copied.
                let sorted = ordered.map(\.3).elementsEqual(resolutions.indices) ? resolutions : ordered.map { resolutions[$0.3] }
                inOrder.withLock { $0 = sorted }
            case 1:
                let index = resolutions.withUnsafeBufferPointer { resolutions in
                    var index: [String: Int] = [:]
                    index.reserveCapacity(ordered.count)
                    for (position, key) in ordered.enumerated() where index[resolutions[key.3].id] == nil {
                        index[resolutions[key.3].id] = position
                    }
                    return index
                }
                byID.withLock { $0 = index }
            default:
                var positionsByRank = Array(repeating: [Int](), count: parents.count)
                for (position, key) in ordered.enumerated() where key.1 != Int.max { positionsByRank[key.1].append(position) }
                let lookup = Dictionary(uniqueKeysWithValues: zip(parents, positionsByRank))
                byParent.withLock { $0 = lookup }
            }
        }
        self.resolutions = inOrder.withLock { $0 }
        resolutionIndex = byID.withLock { $0 }
        resolutionsByParent = byParent.withLock { $0 }
        var byMeeting: [String: [Int]] = [:]
        for (position, session) in self.sessions.enumerated() {
            if let meeting = session.meeting { byMeeting[meeting, default: []].append(position) }
        }
        sessionsByMeeting = byMeeting
    }

    /// The records sorted, sharing the given array when it is sorted already (as files usually are).
    private static func inOrder<Record>(_ records: [Record], by areInIncreasingOrder: (Record, Record) -> Bool) -> [Record] {
        let sorted = zip(records, records.dropFirst()).allSatisfy { !areInIncreasingOrder($1, $0) }
        return sorted ? records : records.sorted(by: areInIncreasingOrder)
    }

    private static func index(_ ids: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where index[id] == nil { index[id] = position }
        return index
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
