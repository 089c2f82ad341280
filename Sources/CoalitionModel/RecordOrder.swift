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
public enum OrderValue: Comparable, Sendable {
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

extension Dataset {
    public func orderValue(of meeting: Meeting, by order: RecordOrder) -> OrderValue {
        switch order {
        case .title, .name: .text(of: meeting.title)
        case .place, .region: .text(of: placeLabel(city: meeting.city, country: meeting.country, virtual: meeting.isVirtual))
        case .date, .joining: .day(meeting.date.earliestDayNumber)
        }
    }

    /// A statement's title is its text's name, its date and place its meeting's or session's.
    public func orderValue(of resolution: Resolution, by order: RecordOrder) -> OrderValue {
        switch order {
        case .title, .name: return .text(of: resolution.document)
        case .place, .region:
            if let meeting = resolution.meeting.flatMap(meeting(id:)) { return orderValue(of: meeting, by: .place) }
            if let session = resolution.session.flatMap(session(id:)) { return orderValue(of: session, by: .place) }
            return .missing
        case .date, .joining:
            return date(of: resolution).map { .day($0.earliestDayNumber) } ?? .missing
        }
    }

    public func orderValue(of session: FocusGroupSession, by order: RecordOrder) -> OrderValue {
        switch order {
        case .title, .name: .text(of: session.title)
        case .place, .region: .text(of: placeLabel(city: session.city, country: session.country, virtual: session.virtual ?? false))
        case .date, .joining: .day(session.date.earliestDayNumber)
        }
    }

    /// A member joining "by" a date sorts at the earliest day it could have joined.
    public func orderValue(of member: Member, by order: RecordOrder) -> OrderValue {
        switch order {
        case .name, .title: .text(of: member.name)
        case .region, .place: .text(of: regionLabel(of: member))
        case .joining, .date: member.joined?.sortDate.map { .day($0.earliestDayNumber) } ?? .missing
        }
    }

    public func orderValue(of kind: RecordKind, at index: Int, by order: RecordOrder) -> OrderValue {
        switch kind {
        case .meetings: orderValue(of: meetings[index], by: order)
        case .resolutions: orderValue(of: resolutions[index], by: order)
        case .sessions: orderValue(of: sessions[index], by: order)
        case .members: orderValue(of: members[index], by: order)
        }
    }

    /// The positions of a kind's records in the order, stable, each value computed once. Events by
    /// date are the data set's own order (`Dataset.init` keeps meetings and sessions by date, and
    /// statements by their meeting's or session's date), so ascending they cost no value at all;
    /// other lists already in the order are recognised in one pass and not sorted again.
    /// Reversed (`descending`), the values run from the highest down, ties still in the data
    /// set's order and records missing the value still last.
    public func orderedPositions(of kind: RecordKind, by order: RecordOrder, descending: Bool = false) -> [Int] {
        if order == .date, kind != .members, !descending { return Array(0..<count(of: kind)) }
        let keys = kind == .resolutions && (order == .place || order == .region)
            ? statementPlaceValues()
            : (0..<count(of: kind)).map { orderValue(of: kind, at: $0, by: order) }
        guard descending else {
            if zip(keys, keys.dropFirst()).allSatisfy({ $0 <= $1 }) { return Array(keys.indices) }
            return keys.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        }
        return keys.indices.sorted { first, second in
            let (a, b) = (keys[first], keys[second])
            if a == b { return first < second }
            if a == .missing || b == .missing { return b == .missing }
            return a > b
        }
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
                let value = text.flatMap { byText[$0] } ?? orderValue(of: statements[index], by: .place)
                if let text { byText[text] = value }
                last = (text, value)
                return value
            }
        }
    }

    /// The records in the order, stable: each value is computed once, then the positions are sorted.
    public func ordered<Record>(_ records: [Record], by value: (Record) -> OrderValue) -> [Record] {
        let keys = records.map(value)
        return records.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { records[$0] }
    }
}
