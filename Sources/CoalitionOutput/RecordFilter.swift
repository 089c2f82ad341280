import CoalitionModel

/// What `coalition list` keeps: records in a region, of some kinds or themes, within dates, and
/// containing a text. Each condition left out keeps everything.
public struct RecordFilter: Sendable {
    /// An area slug or country code, matched as the dashboard's region filter matches.
    public var region: String?
    public var meetingKinds: Set<MeetingKind> = []
    public var memberKinds: Set<MemberKind> = []
    public var themes: Set<Theme> = []
    public var from: PartialDate?
    public var to: PartialDate?
    public var search: String?

    public init() {}

    /// Reads the options as typed. `--kind` applies to meetings and members and `--theme` to
    /// resolutions, so naming them for another list is a mistake worth reporting.
    public init(
        for type: RecordType, in dataset: Dataset, region: String? = nil, kinds: [String] = [], themes: [String] = [],
        from: String? = nil, to: String? = nil, search: String? = nil
    ) throws(UsageProblem) {
        if let region { self.region = try RecordFilter.resolveRegion(region, in: dataset) }
        if !kinds.isEmpty {
            switch type {
            case .meetings: for kind in kinds { meetingKinds.insert(try MeetingKind.named(kind, as: "meeting kind")) }
            case .members: for kind in kinds { memberKinds.insert(try MemberKind.named(kind, as: "member kind")) }
            case .resolutions, .sessions:
                throw UsageProblem(
                    message: "--kind filters meetings and members, not \(type.rawValue)",
                    hint: type == .resolutions ? "resolutions are filtered by --theme" : nil
                )
            }
        }
        if !themes.isEmpty {
            guard type == .resolutions else {
                throw UsageProblem(message: "--theme filters resolutions, not \(type.rawValue)")
            }
            for theme in themes { self.themes.insert(try Theme.named(theme, as: "theme")) }
        }
        let dates = try RecordFilter.dateBounds(from: from, to: to)
        self.from = dates.from
        self.to = dates.to
        self.search = search
    }

    /// The area slug or country code a typed region names, as `--region` accepts it everywhere.
    public static func resolveRegion(_ typed: String, in dataset: Dataset) throws(UsageProblem) -> String {
        if let resolved = dataset.regions.resolve(typed) { return resolved }
        let names = dataset.regions.areaNames
        let otherNames = dataset.groupings.flatMap { [$0.id] + ($0.aliases ?? []) } + dataset.countries.map(\.name)
        throw UsageProblem.unknown("region", typed, valid: names, hintsFrom: names + otherNames)
    }

    /// `--from` and `--to` as typed, read as every command that takes them reads them.
    public static func dateBounds(from: String?, to: String?) throws(UsageProblem) -> DateBounds {
        DateBounds(
            from: try from.map { text throws(UsageProblem) in try date(text, option: "--from") },
            to: try to.map { text throws(UsageProblem) in try date(text, option: "--to") }
        )
    }

    public static func date(_ text: String, option: String) throws(UsageProblem) -> PartialDate {
        guard let date = PartialDate(text) else {
            throw UsageProblem(message: "\(option) takes YYYY, YYYY-MM or YYYY-MM-DD (got \"\(text)\")")
        }
        return date
    }

    // MARK: Applying

    public func records(_ type: RecordType, in dataset: Dataset) -> RecordList {
        switch type {
        case .meetings: .meetings(dataset.meetings.filter { keeps($0, in: dataset) })
        case .resolutions: .resolutions(dataset.resolutions.filter { keeps($0, in: dataset) })
        case .sessions: .sessions(dataset.sessions.filter { keeps($0, in: dataset) })
        case .members: .members(dataset.members.filter { keeps($0, in: dataset) })
        }
    }

    public func keeps(_ meeting: Meeting, in dataset: Dataset) -> Bool {
        (meetingKinds.isEmpty || meetingKinds.contains(meeting.kind))
            && (region.map { dataset.matches(meeting, region: $0) } ?? true)
            && dataset.isWithin(meeting, dateBounds)
            && matchesSearch(dataset.searchText(of: meeting))
    }

    /// A resolution is dated by its meeting or session.
    public func keeps(_ resolution: Resolution, in dataset: Dataset) -> Bool {
        (themes.isEmpty || resolution.themes.contains(where: themes.contains))
            && (region.map { dataset.matches(resolution, region: $0) } ?? true)
            && dataset.isWithin(resolution, dateBounds)
            && matchesSearch(dataset.searchText(of: resolution))
    }

    public func keeps(_ session: FocusGroupSession, in dataset: Dataset) -> Bool {
        (region.map { dataset.matches(session, region: $0) } ?? true)
            && dataset.isWithin(session, dateBounds)
            && matchesSearch(dataset.searchText(of: session))
    }

    /// A member is dated by when it joined (see `Dataset.isWithin`).
    public func keeps(_ member: Member, in dataset: Dataset) -> Bool {
        (memberKinds.isEmpty || memberKinds.contains(member.kind))
            && (region.map { dataset.matches(member, region: $0) } ?? true)
            && dataset.isWithin(member, dateBounds)
            && matchesSearch(dataset.searchText(of: member))
    }

    private var dateBounds: DateBounds { DateBounds(from: from, to: to) }

    /// The record's search text is gathered only when there is a search: for a long list it is
    /// most of the filtering's cost.
    private func matchesSearch(_ text: @autoclosure () -> String) -> Bool {
        guard let search, !search.isEmpty else { return true }
        return Dataset.searchText(text(), contains: search)
    }
}
