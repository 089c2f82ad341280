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
    /// The meetings and sessions that statements belong to, numbered in the order first met.
    private let parents: TextNumbering
    /// Each parent's statements, by its number: they lie side by side, as they are ordered by
    /// their parent's date, then by the parent's number.
    private let statementRanges: [Range<Int>]
    private let sessionsByMeeting: [String: [Int]]

    /// The arrays are taken over, not copied: records out of order are moved into order in place,
    /// which costs no reference counting, where a sorted copy retains every field of every record
    /// and releases the originals later.
    public init(
        meetings: consuming [Meeting], resolutions: consuming [Resolution], sessions: consuming [FocusGroupSession],
        members: consuming [Member], memberCounts: consuming [MemberCount], areas: consuming [RegionArea], countries: consuming [Country],
        regionSources: consuming [Source] = [], groupings: consuming [AnalystRegion] = []
    ) {
        // By date; records of the same date keep their order.
        meetings.rearrange(to: Dataset.dateOrder(meetings.map(\.date)))
        sessions.rearrange(to: Dataset.dateOrder(sessions.map(\.date)))
        let meetingIndex = Dataset.index(meetings) { $0.id }.index
        let sessionIndex = Dataset.index(sessions) { $0.id }.index

        // Resolutions follow their meeting's date, then their order within the text. Texts of
        // the same date keep the order in which the file first names them: a text's number is
        // its rank. A meeting's date counts before a session's of the same id.
        // The statements' id lookup takes about as long as working out their order: it is built
        // from the records as given, on another core meanwhile, and its positions moved after.
        let meetingDays = meetings.map(\.date.earliestDayNumber)
        let sessionDays = sessions.map(\.date.earliestDayNumber)
        let byGivenPosition = Mutex<(index: [String: Int], idsAreUnique: Bool)>(([:], true))
        let ordering = Mutex<(keys: [(Int, Int, Int, Int)], parents: TextNumbering)>(([], TextNumbering()))
        resolutions.withUnsafeBufferPointer { records in
            // Both tasks only read the records.
            nonisolated(unsafe) let records = records
            let task = { @Sendable (task: Int) in
                if task == 0 {
                    let index = Dataset.index(records) { $0.id }
                    byGivenPosition.withLock { $0 = index }
                    return
                }
                var parents = TextNumbering(capacity: meetingDays.count + sessionDays.count)
                var rankedDays: [Int] = []
                let keys = records.indices.map { offset in
                    guard let parent = records[offset].parentID else { return (Int.max, Int.max, records[offset].order, offset) }
                    let (rank, isNew) = parents.number(of: parent)
                    if isNew { rankedDays.append(meetingIndex[parent].map { meetingDays[$0] } ?? sessionIndex[parent].map { sessionDays[$0] } ?? Int.max) }
                    return (rankedDays[rank], rank, records[offset].order, offset)
                }
                let ordered = keys.sorted { $0 < $1 }
                ordering.withLock { $0 = (ordered, parents) }
            }
            // A few thousand statements take less than waking another thread would.
            if records.count < 4096 {
                task(0)
                task(1)
            } else {
                DispatchQueue.concurrentPerform(iterations: 2, execute: task)
            }
        }
        let (ordered, parents) = ordering.withLock { ($0.keys, $0.parents) }
        resolutions.rearrange(to: ordered.map(\.3))
        // Taken out of the lock, so that it is not shared when its positions are changed.
        var (resolutionIndex, idsAreUnique) = byGivenPosition.withLock { state in
            defer { state = ([:], true) }
            return state
        }
        if idsAreUnique {
            var newPosition = Array(repeating: 0, count: ordered.count)
            for (position, key) in ordered.enumerated() { newPosition[key.3] = position }
            for slot in resolutionIndex.values.indices { resolutionIndex.values[slot] = newPosition[resolutionIndex.values[slot]] }
        } else {
            // Of statements that share an id, the first in the data set's order is the one found.
            resolutionIndex = Dataset.index(resolutions) { $0.id }.index
        }
        var statementRanges = Array(repeating: 0..<0, count: parents.texts.count)
        for (position, key) in ordered.enumerated() where key.1 != Int.max {
            let rank = key.1
            statementRanges[rank] = (statementRanges[rank].isEmpty ? position : statementRanges[rank].lowerBound)..<(position + 1)
        }
        self.parents = parents
        self.statementRanges = statementRanges

        self.meetings = meetings
        self.sessions = sessions
        self.resolutions = resolutions
        self.members = members
        self.memberCounts = memberCounts
        self.areas = areas
        self.countries = countries
        self.regionSources = regionSources
        self.groupings = groupings
        self.meetingIndex = meetingIndex
        self.sessionIndex = sessionIndex
        self.resolutionIndex = resolutionIndex
        memberIndex = Dataset.index(self.members) { $0.id }.index
        regions = RegionIndex(areas: self.areas, countries: self.countries, groupings: self.groupings)
        var byMeeting: [String: [Int]] = [:]
        for (position, session) in self.sessions.enumerated() {
            if let meeting = session.meeting { byMeeting[meeting, default: []].append(position) }
        }
        sessionsByMeeting = byMeeting
    }

    /// Positions by date (as `<` orders dates: the first day meant, then the more precise date
    /// first); positions of the same date in their order.
    private static func dateOrder(_ dates: [PartialDate]) -> [Int] {
        dates.indices.map { (dates[$0].earliestDayNumber, -dates[$0].precision.rawValue, $0) }.sorted { $0 < $1 }.map(\.2)
    }

    /// Each record's position by its id (the first of records with the same id), and whether
    /// no two records share an id.
    private static func index<Records: RandomAccessCollection<Record>, Record>(
        _ records: Records, id: (Record) -> String
    ) -> (index: [String: Int], idsAreUnique: Bool) where Records.Index == Int {
        var index: [String: Int] = [:]
        index.reserveCapacity(records.count)
        var idsAreUnique = true
        for position in records.indices {
            let key = id(records[position])
            // Ids are almost always unique: one lookup each, and an earlier record's put back.
            if let earlier = index.updateValue(position, forKey: key) {
                index[key] = earlier
                idsAreUnique = false
            }
        }
        return (index, idsAreUnique)
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
        guard let rank = parents.number(ifMet: parentID) else { return [] }
        return Array(resolutions[statementRanges[rank]])
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

extension Array {
    /// Puts the element at `order[i]` at position `i`, moving each element once: no copy, no
    /// reference counting (unless the storage is shared, when it is copied once first). Nothing
    /// changes when `order` is already `0..<count`, as it usually is. `order` is a permutation.
    fileprivate mutating func rearrange(to order: [Int]) {
        precondition(order.count == count)
        guard !order.elementsEqual(indices) else { return }
        withUnsafeMutableBufferPointer { records in
            guard let base = records.baseAddress else { return }
            var placed = Array<Bool>(repeating: false, count: records.count)
            // Each cycle of the permutation: its first element is lifted out, the others moved
            // along one by one into the hole, and the first put in the last hole.
            for start in records.indices where !placed[start] {
                let first = (base + start).move()
                var hole = start
                while true {
                    placed[hole] = true
                    let from = order[hole]
                    if from == start {
                        (base + hole).initialize(to: first)
                        break
                    }
                    (base + hole).moveInitialize(from: base + from, count: 1)
                    hole = from
                }
            }
        }
    }
}
