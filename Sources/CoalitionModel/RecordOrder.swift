/// The orders a list can be sorted in, defined once for `list --sort` and the dashboard's sort key.
/// Meetings, statements and sessions sort by date, title or place; members by name, joining date
/// or region. Ties keep the data set's order, and records missing the value come last.
public enum RecordOrder: String, CaseIterable, Sendable {
    case date, title, place, name, joining, region

    /// The orders that apply to meetings, resolutions and sessions.
    public static let forEvents: [RecordOrder] = [.date, .title, .place]
    /// The orders that apply to members.
    public static let forMembers: [RecordOrder] = [.name, .joining, .region]

    /// The orders a list of this kind takes; the first is the one it starts in.
    public static func orders(for kind: RecordKind) -> [RecordOrder] {
        kind == .members ? forMembers : forEvents
    }

    /// The order a typed name ("Date", "joining") means for the kind, or nil when it takes no such order.
    public static func named(_ typed: String, for kind: RecordKind) -> RecordOrder? {
        orders(for: kind).first { $0.rawValue == typed.lowercased() }
    }
}

/// One record's value under an order: a day, a text compared without case, or nothing.
public enum OrderValue: Hashable, Comparable, Sendable {
    case day(Int)
    case text(String)
    case missing

    /// Lowercased as `String.lowercased()` does, scalar by scalar, but by `CaseFolder`, which
    /// takes ASCII (most titles and places) by arithmetic: sorting 100 000 records builds one
    /// value each.
    static func text(of value: String) -> OrderValue {
        value.isEmpty ? .missing : .text(String(decoding: CaseFolder.folded(value), as: UTF8.self))
    }
}

extension OrderValue {
    /// The positions of `keys` sorted by value, ties in position order, `.missing` last also when
    /// `descending`. The distinct values are sorted, not the keys: a list holds few distinct titles
    /// or places (85 000 statements name about 2 700 texts), and comparing equal strings in full,
    /// as a sort of every key does, cost most of the sort. So: n hashes, d log d comparisons of
    /// the d distinct values, then the positions laid out by rank (counting sort, stable) in n + d.
    static func stablePositions(of keys: [OrderValue], descending: Bool) -> [Int] {
        // Equal values (`==`, which for text is canonical equivalence, as `<` uses) share a slot.
        var slots: [OrderValue: Int] = [:]
        var distinct: [OrderValue] = []
        var slotOfKey: [Int] = []
        slotOfKey.reserveCapacity(keys.count)
        for key in keys {
            if let last = slotOfKey.last, distinct[last] == key {
                slotOfKey.append(last)
                continue
            }
            if let slot = slots[key] {
                slotOfKey.append(slot)
            } else {
                slots[key] = distinct.count
                slotOfKey.append(distinct.count)
                distinct.append(key)
            }
        }
        let sortedSlots = distinct.indices.sorted { first, second in
            let (a, b) = (distinct[first], distinct[second])
            guard descending, a != .missing, b != .missing else { return a < b }
            return a > b
        }
        // Where each slot's keys start in the result.
        var tally = Array(repeating: 0, count: distinct.count)
        for slot in slotOfKey { tally[slot] += 1 }
        var start = Array(repeating: 0, count: distinct.count)
        var next = 0
        for slot in sortedSlots {
            start[slot] = next
            next += tally[slot]
        }
        var positions = Array(repeating: 0, count: keys.count)
        for (position, slot) in slotOfKey.enumerated() {
            positions[start[slot]] = position
            start[slot] += 1
        }
        return positions
    }
}

extension Dataset {
    public func orderValue(of meeting: Meeting, by order: RecordOrder) -> OrderValue {
        withUnsafePointer(to: meeting) { orderValue(at: $0, by: order) }
    }
    public func orderValue(of resolution: Resolution, by order: RecordOrder) -> OrderValue {
        withUnsafePointer(to: resolution) { orderValue(at: $0, by: order) }
    }
    public func orderValue(of session: FocusGroupSession, by order: RecordOrder) -> OrderValue {
        withUnsafePointer(to: session) { orderValue(at: $0, by: order) }
    }
    public func orderValue(of member: Member, by order: RecordOrder) -> OrderValue {
        withUnsafePointer(to: member) { orderValue(at: $0, by: order) }
    }

    public func orderValue(of kind: RecordKind, at index: Int, by order: RecordOrder) -> OrderValue {
        switch kind {
        case .meetings: meetings.withUnsafeBufferPointer { orderValue(at: $0.baseAddress! + index, by: order) }
        case .resolutions: resolutions.withUnsafeBufferPointer { orderValue(at: $0.baseAddress! + index, by: order) }
        case .sessions: sessions.withUnsafeBufferPointer { orderValue(at: $0.baseAddress! + index, by: order) }
        case .members: members.withUnsafeBufferPointer { orderValue(at: $0.baseAddress! + index, by: order) }
        }
    }

    // The values, each record read through a pointer to where it lies so that only the fields
    // read are retained: passed as a value, the whole record was copied first, which cost more
    // than the rest of a sort (as for `forEachSearchField`).

    private func orderValue(at meeting: UnsafePointer<Meeting>, by order: RecordOrder) -> OrderValue {
        switch order {
        case .title, .name: .text(of: meeting.pointee.title)
        case .place, .region: .text(of: placeLabel(city: meeting.pointee.city, country: meeting.pointee.country, virtual: meeting.pointee.isVirtual))
        case .date, .joining: .day(meeting.pointee.date.earliestDayNumber)
        }
    }

    /// A statement's title is its text's name, its date and place its meeting's or session's.
    private func orderValue(at resolution: UnsafePointer<Resolution>, by order: RecordOrder) -> OrderValue {
        switch order {
        case .title, .name: return .text(of: resolution.pointee.document)
        case .place, .region:
            if let id = resolution.pointee.meeting, let meeting = index(of: .meeting(id)) {
                return meetings.withUnsafeBufferPointer { orderValue(at: $0.baseAddress! + meeting, by: .place) }
            }
            if let id = resolution.pointee.session, let session = index(of: .session(id)) {
                return sessions.withUnsafeBufferPointer { orderValue(at: $0.baseAddress! + session, by: .place) }
            }
            return .missing
        case .date, .joining:
            return date(of: resolution.pointee).map { .day($0.earliestDayNumber) } ?? .missing
        }
    }

    private func orderValue(at session: UnsafePointer<FocusGroupSession>, by order: RecordOrder) -> OrderValue {
        switch order {
        case .title, .name: .text(of: session.pointee.title)
        case .place, .region: .text(of: placeLabel(city: session.pointee.city, country: session.pointee.country, virtual: session.pointee.virtual ?? false))
        case .date, .joining: .day(session.pointee.date.earliestDayNumber)
        }
    }

    /// A member joining "by" a date sorts at the earliest day it could have joined.
    private func orderValue(at member: UnsafePointer<Member>, by order: RecordOrder) -> OrderValue {
        switch order {
        case .name, .title: .text(of: member.pointee.name)
        case .region, .place: .text(of: regionLabel(of: member.pointee))
        case .joining, .date: member.pointee.joined?.sortDate.map { .day($0.earliestDayNumber) } ?? .missing
        }
    }

    /// The positions of a kind's records in the order, stable, each value computed once. Events by
    /// date are the data set's own order (`Dataset.init` keeps meetings and sessions by date, and
    /// statements by their meeting's or session's date), so ascending they cost no value at all;
    /// other lists are laid out by the rank of each distinct value (`OrderValue.stablePositions`).
    /// Reversed (`descending`), the values run from the highest down, ties still in the data
    /// set's order and records missing the value still last.
    public func orderedPositions(of kind: RecordKind, by order: RecordOrder, descending: Bool = false) -> [Int] {
        if order == .date, kind != .members, !descending { return Array(0..<count(of: kind)) }
        let keys = kind == .resolutions && (order == .place || order == .region)
            ? statementPlaceValues()
            : (0..<count(of: kind)).map { orderValue(of: kind, at: $0, by: order) }
        return OrderValue.stablePositions(of: keys, descending: descending)
    }

    /// Each statement's place value: its text's, so worked out once per text, not once per
    /// statement (a text's statements usually follow one another).
    private func statementPlaceValues() -> [OrderValue] {
        var byText: [String: OrderValue] = [:]
        var last: (text: String?, value: OrderValue)?
        return resolutions.withUnsafeBufferPointer { statements in
            statements.indices.map { index in
                let text = statements[index].parentID
                if let last, last.text == text { return last.value }
                let value = text.flatMap { byText[$0] } ?? orderValue(at: statements.baseAddress! + index, by: .place)
                if let text { byText[text] = value }
                last = (text, value)
                return value
            }
        }
    }

    /// The records in the order, stable: each value is computed once, then ranked (`OrderValue.stablePositions`).
    public func ordered<Record>(_ records: [Record], by value: (Record) -> OrderValue) -> [Record] {
        OrderValue.stablePositions(of: records.map(value), descending: false).map { records[$0] }
    }
}
