import CoalitionModel

/// The four kinds of record a list shows, named as `coalition list` takes them.
public enum RecordType: String, CaseIterable, Sendable {
    case meetings, resolutions, sessions, members

    /// "meeting", for JSON and messages about one record.
    public var singular: String { String(rawValue.dropLast()) }

    public init(_ reference: RecordRef) {
        switch reference {
        case .meeting: self = .meetings
        case .resolution: self = .resolutions
        case .session: self = .sessions
        case .member: self = .members
        }
    }
}
