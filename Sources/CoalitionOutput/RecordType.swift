import CoalitionModel

/// The four kinds of record a list shows, named as `coalition list` takes them.
public enum RecordType: String, CaseIterable, Sendable {
    case meetings, resolutions, sessions, members

    /// "meeting", for JSON and messages about one record.
    public var singular: String { String(rawValue.dropLast()) }

    /// The data files a list of these records reads (the loader adds the files they link to):
    /// their own, and resolutions.json for a meetings table, which counts each one's statements.
    public func dataFiles(format: OutputFormat) -> Set<DataFile> {
        switch self {
        case .meetings: format == .json ? [.meetings] : [.meetings, .resolutions]
        case .resolutions: [.resolutions]
        case .sessions: [.sessions]
        case .members: [.members]
        }
    }

    public init(_ reference: RecordRef) {
        switch reference {
        case .meeting: self = .meetings
        case .resolution: self = .resolutions
        case .session: self = .sessions
        case .member: self = .members
        }
    }
}
