import CoalitionModel

/// One line of the detail pane. Lines with a `link` can be selected and followed with Enter.
public struct DetailLine: Hashable, Sendable {
    public var text: String
    public var style: Style
    public var link: RecordRef?
    public var indent: Int

    init(_ text: String, style: Style = .plain, link: RecordRef? = nil, indent: Int = 0) {
        self.text = text
        self.style = style
        self.link = link
        self.indent = indent
    }
}

/// Builds the detail pane's lines: every field of the record, what links to it, its disputes
/// side by side, its notes and its sources. Long values wrap to the pane's width.
struct DetailContent {
    let dataset: Dataset
    let width: Int
    let glyphs: Glyphs
    private(set) var lines: [DetailLine] = []

    static let labelWidth = 12

    init(record: RecordRef, dataset: Dataset, width: Int, glyphs: Glyphs) {
        self.dataset = dataset
        self.width = max(1, width)
        self.glyphs = glyphs
        switch record {
        case .meeting(let id): if let meeting = dataset.meeting(id: id) { describe(meeting) }
        case .resolution(let id): if let resolution = dataset.resolution(id: id) { describe(resolution) }
        case .session(let id): if let session = dataset.session(id: id) { describe(session) }
        case .member(let id): if let member = dataset.member(id: id) { describe(member) }
        }
    }

    var links: [RecordRef] { lines.compactMap(\.link) }

    /// Nothing to show: no record selected.
    static let empty = DetailContent()

    private init() {
        dataset = Dataset(meetings: [], resolutions: [], sessions: [], members: [], memberCounts: [], areas: [], countries: [])
        width = 1
        glyphs = .ascii
    }

    // MARK: Records

    private mutating func describe(_ meeting: Meeting) {
        title(meeting.title, color: RecordRows.color(for: meeting.kind))
        field("Kind", meeting.kind.label)
        field("Date", dateRange(meeting.date, meeting.endDate))
        field("Place", place(city: meeting.city, venue: meeting.venue, country: meeting.country, virtual: meeting.isVirtual))
        field("Hosts", meeting.hosts?.joined(separator: "; "))
        if let count = meeting.memberCount {
            field("Members", "\(count)" + (meeting.memberCountNote.map { " (\($0))" } ?? ""))
        }
        field("Concerns", meeting.regions.map(regionNames))
        confidence(meeting.confidence)
        field("Id", meeting.id)
        bullets("Firsts", meeting.firsts)
        bullets("Outcomes", meeting.outcomes)
        links("Resolutions", dataset.resolutions(of: meeting.id).map { resolutionLink($0) })
        links("Africa Focus Group sessions", dataset.sessions(besideMeeting: meeting.id).map { sessionLink($0) })
        common(notes: meeting.notes, disputes: meeting.disputes, sources: meeting.sources)
    }

    private mutating func describe(_ resolution: Resolution) {
        title(resolution.document, color: resolution.themes.first.map(RecordRows.color(for:)))
        paragraph(resolution.summary)
        if let quote = resolution.quote { field("Quote", glyphs.openQuote + quote + glyphs.closeQuote) }
        field("Wording", resolution.wording.label + (resolution.partial == true ? " (the stored text breaks off)" : ""))
        field("Themes", resolution.themes.map(\.label).joined(separator: ", "))
        field("Concerns", regionNames(resolution.regions))
        field("Position", "statement \(resolution.order) of the text")
        confidence(resolution.confidence)
        field("Id", resolution.id)
        if let id = resolution.meeting, let meeting = dataset.meeting(id: id) {
            links("Meeting", [meetingLink(meeting)])
        }
        if let id = resolution.session, let session = dataset.session(id: id) {
            links("Africa Focus Group session", [sessionLink(session)])
        }
        common(notes: resolution.notes, disputes: resolution.disputes, sources: resolution.sources)
    }

    private mutating func describe(_ session: FocusGroupSession) {
        title("Africa Focus Group #\(session.number): \(session.title)", color: .magenta)
        field("Date", dateRange(session.date, session.endDate))
        field("Place", place(city: session.city, venue: session.venue, country: session.country, virtual: session.virtual ?? false))
        field("Format", session.format)
        field("Host", session.host)
        field("Attendance", session.attendance)
        field("Concerns", regionNames(session.regions))
        confidence(session.confidence)
        field("Id", session.id)
        bullets("Firsts", session.firsts)
        bullets("Outcomes", session.outcomes)
        links("Co-chairs", (session.coChairs ?? []).compactMap { dataset.member(id: $0) }.map { ($0.name, .member($0.id)) })
        if let id = session.meeting, let meeting = dataset.meeting(id: id) {
            links("Held beside", [meetingLink(meeting)])
        }
        links("Resolutions", dataset.resolutions(of: session.id).map { resolutionLink($0) })
        common(notes: session.notes, disputes: session.disputes, sources: session.sources)
    }

    private mutating func describe(_ member: Member) {
        title(member.name, color: member.kind == .organisation ? .cyan : nil)
        field("Kind", member.kind == .state ? "state" : "international organisation")
        if let code = member.country { field("Country", "\(dataset.countryName(code)) (\(code))") }
        field("Region", dataset.regionLabel(of: member))
        if let joined = member.joined {
            field("Joined", joined.readable + (joined.note.map { ". \($0)" } ?? ""))
        } else {
            field("Joined", "no source dates it")
        }
        if let ordinal = member.ordinal { field("Ordinal", "member number \(ordinal), as a source states") }
        field("Also named", member.formerNames?.joined(separator: ", "))
        confidence(member.confidence)
        field("Id", member.id)
        let chaired = dataset.sessions.filter { ($0.coChairs ?? []).contains(member.id) }
        links("Co-chaired Africa Focus Group sessions", chaired.map { sessionLink($0) })
        common(notes: member.notes, disputes: member.disputes, sources: member.sources)
    }

    // MARK: Building blocks

    private mutating func common(notes: [String]?, disputes: [Dispute]?, sources: [Source]) {
        for dispute in disputes ?? [] {
            heading("Disputed: \(dispute.field)")
            if let note = dispute.note { paragraph(note, indent: 2) }
            let valueWidth = min(24, max(6, dispute.values.map { TextWidth.of($0.value) }.max() ?? 6))
            for value in dispute.values {
                // The value keeps its column; only the list of sources wraps, under itself.
                let who = value.sources.map(\.publisher).joined(separator: "; ")
                let prefix = "  " + TextWidth.fit(value.value, to: valueWidth, ellipsis: glyphs.ellipsis) + "  "
                let indent = TextWidth.of(prefix)
                for (index, line) in TextWidth.wrap(who, to: max(1, width - indent)).enumerated() {
                    lines.append(DetailLine((index == 0 ? prefix : String(repeating: " ", count: indent)) + line))
                }
            }
        }
        bullets("Notes", notes)
        heading("Sources")
        for (number, source) in sources.enumerated() {
            var text = "[\(number + 1)] \(source.publisher)"
            if let title = source.title { text += glyphs.separator + title }
            if let date = source.date { text += " (\(date.readable))" }
            text += " [\(source.reliability.rawValue)]"
            wrapped(text, indent: 0, hangingIndent: 4, style: .plain)
            if let url = source.url { wrapped(url, indent: 4, hangingIndent: 4, style: Style(dim: true, underline: true)) }
            if let note = source.note { wrapped(note, indent: 4, hangingIndent: 4, style: .dim) }
        }
    }

    private mutating func title(_ text: String, color: Color?) {
        wrapped(text, indent: 0, hangingIndent: 0, style: Style(foreground: color, bold: true))
        lines.append(DetailLine(""))
    }

    private mutating func heading(_ text: String) {
        lines.append(DetailLine(""))
        lines.append(DetailLine(text, style: .bold))
    }

    private mutating func field(_ label: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        let labelWidth = DetailContent.labelWidth
        let valueLines = TextWidth.wrap(value, to: max(1, width - labelWidth))
        for (index, line) in valueLines.enumerated() {
            let prefix = index == 0 ? TextWidth.fit(label, to: labelWidth - 1) + " " : String(repeating: " ", count: labelWidth)
            lines.append(DetailLine(prefix + line))
        }
    }

    private mutating func paragraph(_ text: String, indent: Int = 0) {
        wrapped(text, indent: indent, hangingIndent: indent, style: .plain)
        if indent == 0 { lines.append(DetailLine("")) }
    }

    private mutating func bullets(_ label: String, _ items: [String]?) {
        guard let items, !items.isEmpty else { return }
        heading(label)
        for item in items { wrapped(glyphs.bullet + " " + item, indent: 0, hangingIndent: 2, style: .plain) }
    }

    private mutating func links(_ label: String, _ targets: [(String, RecordRef)]) {
        guard !targets.isEmpty else { return }
        heading("\(label) (\(targets.count))")
        for (text, record) in targets {
            let line = glyphs.arrowRight + " " + TextWidth.truncate(text, to: max(1, width - 3), ellipsis: glyphs.ellipsis)
            lines.append(DetailLine(line, link: record))
        }
    }

    private mutating func wrapped(_ text: String, indent: Int, hangingIndent: Int, style: Style) {
        let available = max(1, width - hangingIndent)
        let first = TextWidth.wrap(text, to: max(1, width - indent))
        guard let head = first.first else { return }
        lines.append(DetailLine(String(repeating: " ", count: indent) + head, style: style))
        let rest = first.dropFirst().joined(separator: " ")
        if !rest.isEmpty {
            for line in TextWidth.wrap(rest, to: available) {
                lines.append(DetailLine(String(repeating: " ", count: hangingIndent) + line, style: style))
            }
        }
    }

    private mutating func confidence(_ value: Confidence?) {
        switch value {
        case .weak?: field("Confidence", "weak: only weak sources support this record")
        case .unconfirmed?: field("Confidence", "unconfirmed: kept so the gap is visible")
        default: break
        }
    }

    private func resolutionLink(_ resolution: Resolution) -> (String, RecordRef) {
        ("#\(resolution.order) \(resolution.summary)", .resolution(resolution.id))
    }

    private func sessionLink(_ session: FocusGroupSession) -> (String, RecordRef) {
        ("#\(session.number) \(session.date.readable) \(session.title)", .session(session.id))
    }

    private func meetingLink(_ meeting: Meeting) -> (String, RecordRef) {
        ("\(meeting.date.readable) \(meeting.title)", .meeting(meeting.id))
    }

    private func dateRange(_ start: PartialDate, _ end: PartialDate?) -> String {
        guard let end else { return start.readable }
        return "\(start.readable) to \(end.readable)"
    }

    private func place(city: String?, venue: String?, country: String?, virtual: Bool) -> String {
        var text = dataset.placeLabel(city: city, country: country, virtual: virtual)
        if let venue { text = "\(venue), \(text)" }
        return text
    }

    private func regionNames(_ places: [String]) -> String {
        places.map { dataset.regions.name(of: $0) }.joined(separator: ", ")
    }
}
