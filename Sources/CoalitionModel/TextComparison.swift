/// Two texts side by side: the statements of two meetings or sessions, which themes both address
/// and which only one does, their statements paired theme by theme, the members each counted and
/// welcomed, and what each said about Africa.
public struct TextComparison: Sendable {
    /// One of the two meetings or sessions and what its text holds.
    public struct Side: Sendable {
        public var record: RecordRef
        public var title: String
        public var date: PartialDate
        public var endDate: PartialDate?
        public var statements: [Resolution]
        /// The total of members the record states, else the latest a source stated by its date.
        public var memberCount: StatedMemberCount?
        /// Statements about membership (theme `membership`).
        public var membershipStatements: [Resolution]
        /// Members whose join date is the record's date (or one of its days).
        public var membersJoined: [Member]
        /// Statements with the theme `africa` or about a place in Africa.
        public var africaStatements: [Resolution]

        /// The themes its statements address, in the data format's order.
        public var themes: [Theme] {
            let present = Set(statements.flatMap(\.themes))
            return Theme.allCases.filter(present.contains)
        }

        public func statements(with theme: Theme) -> [Resolution] {
            statements.filter { $0.themes.contains(theme) }
        }
    }

    public struct StatedMemberCount: Hashable, Sendable {
        public var count: Int
        public var qualifier: CountQualifier?
        /// When the count was stated: the record's own date when the record states it.
        public var date: PartialDate
        public var statedByTheRecord: Bool
    }

    /// A theme's statements in each text, to be read side by side.
    public struct ThemePair: Sendable {
        public var theme: Theme
        public var first: [Resolution]
        public var second: [Resolution]
    }

    public enum Problem: Error, Equatable, Sendable {
        /// No meeting or session has this id; the nearest one that does, if any.
        case unknown(id: String, suggestion: String?)
        /// The id names a statement or a member, which has no text of its own.
        case notAText(id: String, kind: String)
        /// The record holds no statements; its `textStatus` and `textNote` say why.
        case noStatements(id: String, status: TextStatus, note: String?)
        case sameRecord(id: String)
    }

    public var first: Side
    public var second: Side

    /// The Africa region every place in Africa lies within.
    static let africa = "africa"

    public init(dataset: Dataset, first firstID: String, second secondID: String) throws(Problem) {
        guard firstID != secondID else { throw .sameRecord(id: firstID) }
        first = try TextComparison.side(firstID, in: dataset)
        second = try TextComparison.side(secondID, in: dataset)
    }

    public var themesInBoth: [Theme] { first.themes.filter(second.themes.contains) }
    public var themesOnlyInFirst: [Theme] { first.themes.filter { !second.themes.contains($0) } }
    public var themesOnlyInSecond: [Theme] { second.themes.filter { !first.themes.contains($0) } }

    /// Every theme either text addresses, those in both first.
    public var pairs: [ThemePair] {
        (themesInBoth + themesOnlyInFirst + themesOnlyInSecond).map {
            ThemePair(theme: $0, first: first.statements(with: $0), second: second.statements(with: $0))
        }
    }

    private static func side(_ id: String, in dataset: Dataset) throws(Problem) -> Side {
        let statements = dataset.resolutions(of: id)
        var side: Side
        let status: TextStatus
        let note: String?
        if let meeting = dataset.meeting(id: id) {
            (status, note) = (meeting.textStatus, meeting.textNote)
            side = Side(record: .meeting(id), title: meeting.title, date: meeting.date, endDate: meeting.endDate, statements: statements)
            side.memberCount = meeting.memberCount.map { StatedMemberCount(count: $0, date: meeting.date, statedByTheRecord: true) }
        } else if let session = dataset.session(id: id) {
            (status, note) = (session.textStatus, session.textNote)
            side = Side(record: .session(id), title: session.title, date: session.date, endDate: session.endDate, statements: statements)
        } else if dataset.resolution(id: id) != nil {
            throw .notAText(id: id, kind: "a statement")
        } else if dataset.member(id: id) != nil {
            throw .notAText(id: id, kind: "a member")
        } else {
            let texts = dataset.meetings.map(\.id) + dataset.sessions.map(\.id)
            throw .unknown(id: id, suggestion: NameMatcher.nearest(to: id, in: texts))
        }
        guard !statements.isEmpty else { throw .noStatements(id: id, status: status, note: note) }
        if side.memberCount == nil { side.memberCount = latestCount(by: side.date, in: dataset) }
        side.africaStatements = statements.filter {
            $0.themes.contains(.africa) || dataset.regions.anyPlace($0.regions, liesWithin: africa)
        }
        side.membersJoined = dataset.members.filter { member in member.joined?.on.map { side.includes($0) } ?? false }
        return side
    }

    /// The latest total a source stated on or before the date.
    private static func latestCount(by date: PartialDate, in dataset: Dataset) -> StatedMemberCount? {
        dataset.memberCounts
            .filter { $0.date.earliestDayNumber <= date.latestDayNumber }
            .max { $0.date < $1.date }
            .map { StatedMemberCount(count: $0.count, qualifier: $0.qualifier, date: $0.date, statedByTheRecord: false) }
    }
}

extension TextComparison.Side {
    init(record: RecordRef, title: String, date: PartialDate, endDate: PartialDate?, statements: [Resolution]) {
        self.record = record
        self.title = title
        self.date = date
        self.endDate = endDate
        self.statements = statements
        membershipStatements = statements.filter { $0.themes.contains(.membership) }
        membersJoined = []
        africaStatements = []
    }

    /// A join date "is" the record's date when both say the same, or when a day falls within the
    /// record's days; a month-only join date is not placed on a day-precise meeting.
    func includes(_ joined: PartialDate) -> Bool {
        if joined == date { return true }
        guard joined.precision == .day, date.precision == .day else { return false }
        return (date.earliestDayNumber...(endDate ?? date).latestDayNumber).contains(joined.earliestDayNumber)
    }
}

extension TextComparison.Problem: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unknown(let id, let suggestion):
            "no meeting or session has the id \"\(TextSanitizer.clean(id))\"" + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? "")
        case .notAText(let id, let kind):
            "\"\(TextSanitizer.clean(id))\" is \(kind); compare takes two meetings or sessions"
        case .noStatements(let id, let status, let note):
            "\(id) has no statements to compare: "
                + (status == .notPublished ? "no text was published" : status == .notFound ? "its text has not been found yet" : "none are in resolutions.json")
                + (note.map { " (\($0))" } ?? "")
        case .sameRecord(let id):
            "both ids are \(TextSanitizer.clean(id)); compare takes two different meetings or sessions"
        }
    }
}
