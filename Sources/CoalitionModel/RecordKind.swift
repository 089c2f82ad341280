/// The four lists of records that a search or a region filter looks through, in dataset order.
public enum RecordKind: Int, CaseIterable, Sendable {
    case meetings, resolutions, sessions, members
}

extension Dataset {
    public func count(of kind: RecordKind) -> Int {
        switch kind {
        case .meetings: meetings.count
        case .resolutions: resolutions.count
        case .sessions: sessions.count
        case .members: members.count
        }
    }

    /// The text a search looks through for the record at `index` of its list.
    public func searchText(of kind: RecordKind, at index: Int) -> String {
        switch kind {
        case .meetings: searchText(of: meetings[index])
        case .resolutions: searchText(of: resolutions[index])
        case .sessions: searchText(of: sessions[index])
        case .members: searchText(of: members[index])
        }
    }

    /// Where the record at `index` of its list lies and what it concerns, for the region filter.
    public func places(of kind: RecordKind, at index: Int) -> [String] {
        switch kind {
        case .meetings: places(of: meetings[index])
        case .resolutions: placesOfResolution(regions: resolutions[index].regions, meeting: resolutions[index].meeting, session: resolutions[index].session)
        case .sessions: places(of: sessions[index])
        case .members: places(of: members[index])
        }
    }
}
