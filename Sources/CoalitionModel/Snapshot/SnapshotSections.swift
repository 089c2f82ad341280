import Dispatch
import Synchronization

/// The values of one part of one list, as recorded while reading it (`SnapshotRecording.swift`).
struct RecordedSection: Sendable {
    /// The list's key in its file: "meetings", "memberCounts", "areas"...
    var list: String
    var count: Int
    var bytes: [UInt8]
}

/// A snapshot's payload: the recorded sections of every list, each list in file order, replayed
/// side by side on the processor's cores. The payload starts with a table: the number of
/// sections, then for each its list's key, its number of records and its length in bytes.
enum SnapshotSections {
    /// The payload as pieces to write in order: the table, then each section's bytes.
    static func pieces(_ sections: [RecordedSection]) -> [[UInt8]] {
        let table = SnapshotRecorder()
        table.write(sections.count)
        for section in sections {
            table.write(section.list)
            table.write(section.count)
            table.write(section.bytes.count)
        }
        return [table.take()] + sections.map(\.bytes)
    }

    /// One list's records, replayed from one section.
    private enum Piece: Sendable {
        case meetings([Meeting]), resolutions([Resolution]), sessions([FocusGroupSession]), members([Member])
        case memberCounts([MemberCount]), areas([RegionArea]), countries([Country]), regionSources([Source])
        case groupings([AnalystRegion])
    }

    /// The data set the payload holds; nil when it is damaged in any way.
    static func dataset(from payload: UnsafeRawBufferPointer) -> Dataset? {
        let table = SnapshotCursor(payload)
        guard let count = table.readCount() else { return nil }
        var sections: [(list: String, count: Int, range: Range<Int>)] = []
        var lengths: [(String, Int, Int)] = []
        for _ in 0..<count {
            guard let list = table.readString(), let records = table.readCount(), let length = table.readCount() else { return nil }
            lengths.append((list, records, length))
        }
        var start = table.offset
        for (list, records, length) in lengths {
            guard length <= payload.count - start else { return nil }
            sections.append((list, records, start..<(start + length)))
            start += length
        }
        guard start == payload.count else { return nil }

        // The payload outlives every task here: the caller holds it for the whole call.
        nonisolated(unsafe) let bytes = payload
        let work = sections
        let replayed = Mutex<[Piece?]>(Array(repeating: nil, count: work.count))
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            let cursor = SnapshotCursor(UnsafeRawBufferPointer(rebasing: bytes[work[index].range]))
            let piece = replay(work[index].list, count: work[index].count, from: cursor)
            replayed.withLock { $0[index] = piece }
        }
        var lists = Lists()
        for piece in replayed.withLock({ $0 }) {
            guard let piece else { return nil }
            lists.append(piece)
        }
        return Dataset(
            meetings: lists.meetings, resolutions: lists.resolutions, sessions: lists.sessions, members: lists.members,
            memberCounts: lists.memberCounts, areas: lists.areas, countries: lists.countries,
            regionSources: lists.regionSources, groupings: lists.groupings
        )
    }

    private static func replay(_ list: String, count: Int, from cursor: SnapshotCursor) -> Piece? {
        func records<Record: JSONRecord>(_ type: Record.Type) -> [Record]? {
            var records: [Record] = []
            records.reserveCapacity(count)
            for _ in 0..<count {
                guard let record = Record.replay(from: cursor) else { return nil }
                records.append(record)
            }
            return cursor.isAtEnd && !cursor.isDamaged ? records : nil
        }
        switch list {
        case "meetings": return records(Meeting.self).map(Piece.meetings)
        case "resolutions": return records(Resolution.self).map(Piece.resolutions)
        case "sessions": return records(FocusGroupSession.self).map(Piece.sessions)
        case "members": return records(Member.self).map(Piece.members)
        case "memberCounts": return records(MemberCount.self).map(Piece.memberCounts)
        case "areas": return records(RegionArea.self).map(Piece.areas)
        case "countries": return records(Country.self).map(Piece.countries)
        case "sources": return records(Source.self).map(Piece.regionSources)
        case "groupings": return records(AnalystRegion.self).map(Piece.groupings)
        default: return nil
        }
    }

    /// The sections put back together, list by list, in order.
    private struct Lists {
        var meetings: [Meeting] = [], resolutions: [Resolution] = [], sessions: [FocusGroupSession] = []
        var members: [Member] = [], memberCounts: [MemberCount] = [], areas: [RegionArea] = []
        var countries: [Country] = [], regionSources: [Source] = [], groupings: [AnalystRegion] = []

        mutating func append(_ piece: Piece) {
            switch piece {
            case .meetings(let records): Lists.join(&meetings, records)
            case .resolutions(let records): Lists.join(&resolutions, records)
            case .sessions(let records): Lists.join(&sessions, records)
            case .members(let records): Lists.join(&members, records)
            case .memberCounts(let records): Lists.join(&memberCounts, records)
            case .areas(let records): Lists.join(&areas, records)
            case .countries(let records): Lists.join(&countries, records)
            case .regionSources(let records): Lists.join(&regionSources, records)
            case .groupings(let records): Lists.join(&groupings, records)
            }
        }

        /// The first section's array is taken as it is; only later ones are copied onto it.
        private static func join<Record>(_ list: inout [Record], _ records: [Record]) {
            if list.isEmpty { list = records } else { list += records }
        }
    }
}
