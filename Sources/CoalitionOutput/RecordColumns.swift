import CoalitionModel

/// A column `list` can print: its name as `--columns` takes it, and how to fill it for a record.
struct RecordColumn<Record>: Sendable {
    var name: String
    var alignment: Table.Column.Alignment = .left
    /// Cut first when a table is wider than the terminal.
    var shrinks = false
    var value: @Sendable (Record, Dataset) -> String

    init(_ name: String, alignment: Table.Column.Alignment = .left, shrinks: Bool = false, _ value: @escaping @Sendable (Record, Dataset) -> String) {
        self.name = name
        self.alignment = alignment
        self.shrinks = shrinks
        self.value = value
    }
}

/// Every field of every kind of record as columns. CSV and Markdown print them all by default, the
/// table a narrow choice; `--columns` picks any. Lists are joined with "; ", sources written as
/// "publisher <url>", and kinds, themes and dates as the options take them.
public enum RecordColumns {
    /// Every column name for a kind of record, in order.
    public static func names(for type: RecordType) -> [String] {
        switch type {
        case .meetings: meetingColumns.map(\.name)
        case .resolutions: resolutionColumns.map(\.name)
        case .sessions: sessionColumns.map(\.name)
        case .members: memberColumns.map(\.name)
        }
    }

    /// The columns a table shows unless told otherwise: enough to find a record, narrow enough for
    /// a terminal. Kinds, themes and dates are written as the options take them
    /// (`small-group-ministerial`, `2022-05`), so what a table shows can be typed back; dates are
    /// where a record starts (its end date is in `show`, the JSON and the `end-date` column).
    public static func tableNames(for type: RecordType) -> [String] {
        switch type {
        case .meetings: ["id", "date", "kind", "title", "place", "resolutions"]
        case .resolutions: ["id", "date", "order", "themes", "summary"]
        case .sessions: ["id", "number", "date", "title", "place", "format"]
        case .members: ["id", "name", "kind", "region", "joined"]
        }
    }

    /// Reads `--columns a,b,c`: every name must be a column of the kind.
    public static func named(_ typed: String, for type: RecordType) throws(UsageProblem) -> [String] {
        let valid = names(for: type)
        var chosen: [String] = []
        for part in typed.split(separator: ",", omittingEmptySubsequences: false) {
            let typedName = String(part.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            let name = typedName.lowercased()
            guard valid.contains(name) else {
                throw UsageProblem.unknown("column for \(type.rawValue)", typedName, valid: valid)
            }
            chosen.append(name)
        }
        return chosen
    }

    /// The records' rows in the chosen columns, each made when it is asked for. With a region
    /// filter a `via` column names the broader area a record was kept for (records about Africa as
    /// a whole under Western Africa).
    public static func rows(_ records: RecordList, columns: [String], in dataset: Dataset, region: String? = nil) -> RowSource {
        switch records {
        case .meetings(let list): rows(list, meetingColumns, columns, dataset, region: region) { dataset.regionMatch($0, region: $1) }
        case .resolutions(let list): rows(list, resolutionColumns, columns, dataset, region: region) { dataset.regionMatch($0, region: $1) }
        case .sessions(let list): rows(list, sessionColumns, columns, dataset, region: region) { dataset.regionMatch($0, region: $1) }
        case .members(let list): rows(list, memberColumns, columns, dataset, region: region) { dataset.regionMatch($0, region: $1) }
        }
    }

    private static func rows<Record: Sendable>(
        _ records: [Record], _ all: [RecordColumn<Record>], _ names: [String], _ dataset: Dataset,
        region: String?, match: @escaping @Sendable (Record, String) -> RegionMatch?
    ) -> RowSource {
        let byName = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let chosen = names.compactMap { byName[$0] }
        var columns = chosen.map { Table.Column($0.name, alignment: $0.alignment, shrinks: $0.shrinks) }
        if region != nil { columns.append(Table.Column("via")) }
        return RowSource(columns: columns, count: records.count) { index in
            let record = records[index]
            var row = chosen.map { $0.value(record, dataset) }
            if let region { row.append(viaText(match(record, region), in: dataset)) }
            return row
        }
    }

    /// "via Africa" for a record kept because it is about a broader area; empty when it lies within.
    public static func viaText(_ match: RegionMatch?, in dataset: Dataset) -> String {
        dataset.viaText(match) ?? ""
    }

    // MARK: The columns of each kind

    static let meetingColumns: [RecordColumn<Meeting>] = [
        RecordColumn("id") { meeting, _ in meeting.id },
        RecordColumn("date") { meeting, _ in meeting.date.description },
        RecordColumn("end-date") { meeting, _ in meeting.endDate?.description ?? "" },
        RecordColumn("kind", shrinks: true) { meeting, _ in meeting.kind.rawValue },
        RecordColumn("title", shrinks: true) { meeting, _ in meeting.title },
        RecordColumn("place", shrinks: true) { meeting, dataset in dataset.placeLabel(city: meeting.city, country: meeting.country, virtual: meeting.isVirtual) },
        RecordColumn("virtual") { meeting, _ in flag(meeting.virtual) },
        RecordColumn("city", shrinks: true) { meeting, _ in meeting.city ?? "" },
        RecordColumn("venue", shrinks: true) { meeting, _ in meeting.venue ?? "" },
        RecordColumn("country") { meeting, _ in meeting.country ?? "" },
        RecordColumn("hosts", shrinks: true) { meeting, _ in joined(meeting.hosts) },
        RecordColumn("member-count", alignment: .right) { meeting, _ in meeting.memberCount.map(String.init) ?? "" },
        RecordColumn("member-count-note", shrinks: true) { meeting, _ in meeting.memberCountNote ?? "" },
        RecordColumn("firsts", shrinks: true) { meeting, _ in joined(meeting.firsts) },
        RecordColumn("outcomes", shrinks: true) { meeting, _ in joined(meeting.outcomes) },
        RecordColumn("regions") { meeting, _ in joined(meeting.regions) },
        RecordColumn("resolutions", alignment: .right) { meeting, dataset in String(dataset.resolutions(of: meeting.id).count) },
        RecordColumn("text-status") { meeting, _ in meeting.textStatus.rawValue },
        RecordColumn("text-note", shrinks: true) { meeting, _ in meeting.textNote ?? "" },
        RecordColumn("confidence") { meeting, _ in meeting.confidence?.rawValue ?? "" },
        RecordColumn("notes", shrinks: true) { meeting, _ in joined(meeting.notes) },
        RecordColumn("disputes", shrinks: true) { meeting, _ in disputes(meeting.disputes) },
        RecordColumn("sources", shrinks: true) { meeting, _ in sources(meeting.sources) },
    ]

    static let resolutionColumns: [RecordColumn<Resolution>] = [
        RecordColumn("id") { resolution, _ in resolution.id },
        RecordColumn("date") { resolution, dataset in dataset.date(of: resolution)?.description ?? "" },
        RecordColumn("meeting") { resolution, _ in resolution.meeting ?? "" },
        RecordColumn("session") { resolution, _ in resolution.session ?? "" },
        RecordColumn("document", shrinks: true) { resolution, _ in resolution.document },
        RecordColumn("order", alignment: .right) { resolution, _ in String(resolution.order) },
        // The table has always shown themes separated by spaces, which reads better in a narrow column.
        RecordColumn("themes", shrinks: true) { resolution, _ in resolution.themes.map(\.rawValue).joined(separator: " ") },
        RecordColumn("summary", shrinks: true) { resolution, _ in resolution.summary },
        RecordColumn("quote", shrinks: true) { resolution, _ in resolution.quote ?? "" },
        RecordColumn("wording") { resolution, _ in resolution.wording.rawValue },
        RecordColumn("partial") { resolution, _ in flag(resolution.partial) },
        RecordColumn("regions") { resolution, _ in joined(resolution.regions) },
        RecordColumn("confidence") { resolution, _ in resolution.confidence?.rawValue ?? "" },
        RecordColumn("notes", shrinks: true) { resolution, _ in joined(resolution.notes) },
        RecordColumn("disputes", shrinks: true) { resolution, _ in disputes(resolution.disputes) },
        RecordColumn("sources", shrinks: true) { resolution, _ in sources(resolution.sources) },
    ]

    static let sessionColumns: [RecordColumn<FocusGroupSession>] = [
        RecordColumn("id") { session, _ in session.id },
        RecordColumn("number", alignment: .right) { session, _ in String(session.number) },
        RecordColumn("date") { session, _ in session.date.description },
        RecordColumn("end-date") { session, _ in session.endDate?.description ?? "" },
        RecordColumn("title", shrinks: true) { session, _ in session.title },
        RecordColumn("place", shrinks: true) { session, dataset in dataset.placeLabel(city: session.city, country: session.country, virtual: session.virtual ?? false) },
        RecordColumn("virtual") { session, _ in flag(session.virtual) },
        RecordColumn("city", shrinks: true) { session, _ in session.city ?? "" },
        RecordColumn("venue", shrinks: true) { session, _ in session.venue ?? "" },
        RecordColumn("country") { session, _ in session.country ?? "" },
        RecordColumn("format", shrinks: true) { session, _ in session.format },
        RecordColumn("co-chairs", shrinks: true) { session, _ in joined(session.coChairs) },
        RecordColumn("host", shrinks: true) { session, _ in session.host ?? "" },
        RecordColumn("attendance", shrinks: true) { session, _ in session.attendance ?? "" },
        RecordColumn("attendance-count", alignment: .right) { session, _ in session.attendanceCount.map(String.init) ?? "" },
        RecordColumn("meeting") { session, _ in session.meeting ?? "" },
        RecordColumn("firsts", shrinks: true) { session, _ in joined(session.firsts) },
        RecordColumn("outcomes", shrinks: true) { session, _ in joined(session.outcomes) },
        RecordColumn("regions") { session, _ in joined(session.regions) },
        RecordColumn("text-status") { session, _ in session.textStatus.rawValue },
        RecordColumn("text-note", shrinks: true) { session, _ in session.textNote ?? "" },
        RecordColumn("confidence") { session, _ in session.confidence?.rawValue ?? "" },
        RecordColumn("notes", shrinks: true) { session, _ in joined(session.notes) },
        RecordColumn("disputes", shrinks: true) { session, _ in disputes(session.disputes) },
        RecordColumn("sources", shrinks: true) { session, _ in sources(session.sources) },
    ]

    static let memberColumns: [RecordColumn<Member>] = [
        RecordColumn("id") { member, _ in member.id },
        RecordColumn("name", shrinks: true) { member, _ in member.name },
        RecordColumn("former-names", shrinks: true) { member, _ in joined(member.formerNames) },
        RecordColumn("kind") { member, _ in member.kind.rawValue },
        RecordColumn("country") { member, _ in member.country ?? "" },
        RecordColumn("regions") { member, _ in joined(member.regions) },
        RecordColumn("region", shrinks: true) { member, dataset in dataset.regionLabel(of: member) },
        RecordColumn("joined") { member, _ in joinedText(member.joined) },
        RecordColumn("joined-note", shrinks: true) { member, _ in member.joined?.note ?? "" },
        RecordColumn("ordinal", alignment: .right) { member, _ in member.ordinal.map(String.init) ?? "" },
        RecordColumn("confidence") { member, _ in member.confidence?.rawValue ?? "" },
        RecordColumn("notes", shrinks: true) { member, _ in joined(member.notes) },
        RecordColumn("disputes", shrinks: true) { member, _ in disputes(member.disputes) },
        RecordColumn("sources", shrinks: true) { member, _ in sources(member.sources) },
    ]

    // MARK: Writing values

    static func joined(_ items: [String]?) -> String {
        (items ?? []).joined(separator: "; ")
    }

    static func flag(_ value: Bool?) -> String {
        value == true ? "yes" : ""
    }

    /// "publisher <url>", or "publisher: title" for a source without an address.
    static func sources(_ sources: [Source]) -> String {
        sources.map { source in
            if let url = source.url { return "\(source.publisher) <\(url)>" }
            return source.title.map { "\(source.publisher): \($0)" } ?? source.publisher
        }.joined(separator: "; ")
    }

    /// "memberCount: 84 or 83", one dispute after another.
    static func disputes(_ disputes: [Dispute]?) -> String {
        (disputes ?? []).map { "\($0.field): " + $0.values.map(\.value).joined(separator: " or ") }.joined(separator: "; ")
    }

    /// "2021-12-02", "by 2019-02", "2018-02..2019-02" or "" when no source dates it.
    static func joinedText(_ joined: JoinDate?) -> String {
        guard let joined else { return "" }
        if let on = joined.on { return on.description }
        switch (joined.after, joined.by) {
        case let (after?, by?): return "\(after)..\(by)"
        case let (nil, by?): return "by \(by)"
        case let (after?, nil): return "after \(after)"
        case (nil, nil): return ""
        }
    }
}
