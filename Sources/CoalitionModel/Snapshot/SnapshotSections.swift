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

    /// A section as the table gives it: its list's key, its number of records and its bytes.
    private struct Section: Sendable {
        var list: String
        var count: Int
        var range: Range<Int>
    }

    /// The data set the payload holds; nil when it is damaged in any way.
    static func dataset(from payload: UnsafeRawBufferPointer) -> Dataset? {
        guard payload.count >= 8 else { return nil }
        let tableLength = payload.loadUnaligned(fromByteOffset: payload.count - 8, as: UInt64.self).littleEndian
        guard tableLength <= UInt64(payload.count - 8) else { return nil }
        let sectionsEnd = payload.count - 8 - Int(tableLength)
        let table = SnapshotCursor(UnsafeRawBufferPointer(rebasing: payload[sectionsEnd..<(payload.count - 8)]))
        guard let count = table.readCount() else { return nil }
        var sections: [Section] = []
        for _ in 0..<count {
            guard let list = table.readString(), SnapshotSections.lists.contains(list), let records = table.readInt(), records >= 0,
                let offset = table.readInt(), let length = table.readInt(),
                offset >= 0, length >= 0, offset <= sectionsEnd, length <= sectionsEnd - offset,
                // Each record takes a byte at least.
                records <= length
            else { return nil }
            sections.append(Section(list: list, count: records, range: offset..<(offset + length)))
        }
        guard table.isAtEnd else { return nil }

        func records<Record: JSONRecord & Sendable>(_ type: Record.Type, _ list: String) -> [Record]? {
            replay(type, sections: sections.filter { $0.list == list }, from: payload)
        }
        guard let meetings = records(Meeting.self, "meetings"), let resolutions = records(Resolution.self, "resolutions"),
            let sessions = records(FocusGroupSession.self, "sessions"), let members = records(Member.self, "members"),
            let memberCounts = records(MemberCount.self, "memberCounts"), let areas = records(RegionArea.self, "areas"),
            let countries = records(Country.self, "countries"), let regionSources = records(Source.self, "sources"),
            let groupings = records(AnalystRegion.self, "groupings")
        else { return nil }
        return Dataset(
            meetings: meetings, resolutions: resolutions, sessions: sessions, members: members,
            memberCounts: memberCounts, areas: areas, countries: countries,
            regionSources: regionSources, groupings: groupings
        )
    }

    /// The keys of the lists a snapshot may hold.
    private static let lists: Set<String> = ["meetings", "resolutions", "sessions", "members", "memberCounts", "areas", "countries", "sources", "groupings"]

    /// One list's records, its sections replayed side by side on the processor's cores, each
    /// straight into its place in the list: no section is copied onto another afterwards.
    private static func replay<Record: JSONRecord & Sendable>(
        _ type: Record.Type, sections: [Section], from payload: UnsafeRawBufferPointer
    ) -> [Record]? {
        var total = 0
        let starts = sections.map { section in
            defer { total += section.count }
            return total
        }
        var complete = true
        let records = [Record](unsafeUninitializedCapacity: total) { buffer, initialized in
            // Each task fills its own part of the buffer; the payload outlives them all.
            nonisolated(unsafe) let list = buffer
            nonisolated(unsafe) let bytes = payload
            // How many records each section put in place, when it put all of them; nil when it failed.
            let filled = Mutex<[Int?]>(Array(repeating: nil, count: sections.count))
            DispatchQueue.concurrentPerform(iterations: sections.count) { index in
                let cursor = SnapshotCursor(UnsafeRawBufferPointer(rebasing: bytes[sections[index].range]))
                var count = 0
                // Each record is built in its place. One read from damaged bytes holds
                // placeholders: it is put in place all the same, and dropped with the others below.
                while count < sections[index].count, !cursor.isDamaged {
                    var reader = ObjectReader(snapshot: cursor)
                    (list.baseAddress! + starts[index] + count).initialize(to: Record(reader: &reader))
                    count += 1
                }
                if count == sections[index].count && cursor.isAtEnd {
                    filled.withLock { $0[index] = count }
                } else if count > 0 {
                    (list.baseAddress! + starts[index]).deinitialize(count: count)
                }
            }
            let counts = filled.withLock { $0 }
            if counts.allSatisfy({ $0 != nil }) {
                initialized = total
                return
            }
            for (index, count) in counts.enumerated() {
                if let count, count > 0 { (list.baseAddress! + starts[index]).deinitialize(count: count) }
            }
            complete = false
            initialized = 0
        }
        return complete ? records : nil
    }
}
