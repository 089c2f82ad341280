import Dispatch
import Synchronization

/// The values of some records of one list, as recorded while reading them (`SnapshotRecording.swift`).
struct RecordedSection: Sendable {
    /// Where the section stands in file order: the list's turn among the lists read, the part of
    /// the list (one per decoding thread), the section's turn within the part.
    struct Place: Comparable, Sendable {
        var list: Int, part: Int, section: Int

        static func < (lhs: Place, rhs: Place) -> Bool {
            (lhs.list, lhs.part, lhs.section) < (rhs.list, rhs.part, rhs.section)
        }
    }

    var place: Place
    /// The list's key in its file: "meetings", "memberCounts", "areas"...
    var list: String
    var count: Int
    var bytes: [UInt8]
}

/// A snapshot's payload: the recorded sections, in the order they were written, then a table of
/// them in file order, then the table's length in 8 bytes. The table gives the number of sections,
/// then for each its list's key, its number of records, and its offset and length in the payload.
/// The sections are replayed side by side on the processor's cores.
enum SnapshotSections {
    static func table(_ sections: [(list: String, count: Int, offset: Int, length: Int)]) -> [UInt8] {
        let table = SnapshotRecorder()
        table.write(sections.count)
        for section in sections {
            table.write(section.list)
            table.write(section.count)
            table.write(section.offset)
            table.write(section.length)
        }
        var bytes = table.take()
        withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { bytes += $0 }
        return bytes
    }

    /// One list's records, replayed from one section.
    private enum Piece: Sendable {
        case meetings([Meeting]), resolutions([Resolution]), sessions([FocusGroupSession]), members([Member])
        case memberCounts([MemberCount]), areas([RegionArea]), countries([Country]), regionSources([Source])
        case groupings([AnalystRegion])
    }

    /// The data set the payload holds; nil when it is damaged in any way.
    static func dataset(from payload: UnsafeRawBufferPointer) -> Dataset? {
        guard payload.count >= 8 else { return nil }
        let tableLength = payload.loadUnaligned(fromByteOffset: payload.count - 8, as: UInt64.self).littleEndian
        guard tableLength <= UInt64(payload.count - 8) else { return nil }
        let sectionsEnd = payload.count - 8 - Int(tableLength)
        let table = SnapshotCursor(UnsafeRawBufferPointer(rebasing: payload[sectionsEnd..<(payload.count - 8)]))
        guard let count = table.readCount() else { return nil }
        var sections: [(list: String, count: Int, range: Range<Int>)] = []
        for _ in 0..<count {
            guard let list = table.readString(), let records = table.readInt(), records >= 0,
                let offset = table.readInt(), let length = table.readInt(),
                offset >= 0, length >= 0, offset <= sectionsEnd, length <= sectionsEnd - offset,
                // Each record takes a byte at least.
                records <= length
            else { return nil }
            sections.append((list, records, offset..<(offset + length)))
        }
        guard table.isAtEnd, !table.isDamaged else { return nil }

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
