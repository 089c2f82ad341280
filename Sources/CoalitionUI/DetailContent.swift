import CoalitionModel

/// What a line of the detail pane leads to: a record Enter shows, or a source's web address
/// Enter and `o` open in the browser.
public enum DetailLink: Hashable, Sendable {
    case record(RecordRef)
    case source(WebLink)
}

/// One line of the detail pane. The first line of a link carries it, and can be selected; a link
/// too long for one line goes on over lines marked `continuesLink`, selected with it.
public struct DetailLine: Hashable, Sendable {
    public var text: String
    public var style: Style
    public var link: DetailLink?
    public var continuesLink = false
    /// The web address this line shows, whole or in part, for the terminal's hyperlinks.
    public var address: WebLink?

    init(_ text: String, style: Style = .plain, link: DetailLink? = nil, continuesLink: Bool = false, address: WebLink? = nil) {
        self.text = text
        self.style = style
        self.link = link
        self.continuesLink = continuesLink
        self.address = address
    }
}

/// The detail pane's lines: a record's `RecordPresentation` laid out at the pane's width, with
/// long values wrapped under their label and links that can be followed.
public struct DetailContent: Hashable, Sendable {
    public private(set) var lines: [DetailLine] = []
    public private(set) var links: [DetailLink] = []
    private let width: Int
    private let glyphs: Glyphs

    static let labelWidth = 12

    /// Nothing to show: no record selected.
    static let empty = DetailContent(width: 1, glyphs: .ascii)

    private init(width: Int, glyphs: Glyphs) {
        self.width = max(1, width)
        self.glyphs = glyphs
    }

    init(record: RecordRef, dataset: Dataset, width: Int, glyphs: Glyphs) {
        self.init(width: width, glyphs: glyphs)
        guard let presentation = RecordPresentation(record, in: dataset) else { return }
        lay(out: presentation, titleColor: DetailContent.titleColor(of: record, in: dataset))
        links = lines.compactMap(\.link)
    }

    private static func titleColor(of record: RecordRef, in dataset: Dataset) -> Color? {
        switch record {
        case .meeting(let id): dataset.meeting(id: id).map { RecordRows.color(for: $0.kind) }
        case .resolution(let id): dataset.resolution(id: id)?.themes.first.map(RecordRows.color(for:))
        case .session: .magenta
        case .member(let id): dataset.member(id: id)?.kind == .organisation ? .cyan : nil
        }
    }

    /// The rows showing the link at a position among `links`: its first line and the lines it
    /// goes on over; empty for no link.
    public func rows(ofLink position: Int) -> Range<Int> {
        guard position >= 0, let first = linkRows.dropFirst(position).first else { return 0..<0 }
        var end = first + 1
        while end < lines.count, lines[end].continuesLink { end += 1 }
        return first..<end
    }

    /// The row of each link's first line, in order.
    private var linkRows: [Int] { lines.indices.filter { lines[$0].link != nil } }

    private mutating func lay(out presentation: RecordPresentation, titleColor: Color?) {
        wrapped(presentation.title, indent: 0, hangingIndent: 0, style: Style(foreground: titleColor, bold: true))
        lines.append(DetailLine(""))
        if let summary = presentation.summary {
            wrapped(summary, indent: 0, hangingIndent: 0, style: .plain)
            lines.append(DetailLine(""))
        }
        for field in presentation.fields {
            self.field(field.label, field.isQuotation ? glyphs.openQuote + field.value + glyphs.closeQuote : field.value)
        }
        for section in presentation.sections { bullets(section.heading, section.items) }
        for group in presentation.linkGroups {
            heading(group.headingWithCount)
            for link in group.links {
                // The whole title, under itself: a cut title may hide what tells two links apart.
                let title = TextWidth.wrap(link.title, to: max(1, width - 2))
                for (index, line) in title.enumerated() {
                    let text = (index == 0 ? glyphs.arrowRight + " " : "  ") + line
                    lines.append(DetailLine(text, link: index == 0 ? .record(link.reference) : nil, continuesLink: index > 0))
                }
            }
        }
        for dispute in presentation.disputes { disputed(dispute) }
        bullets(RecordPresentation.notesHeading, presentation.notes)
        heading(RecordPresentation.sourcesHeading)
        for (number, source) in presentation.sources.enumerated() {
            wrapped("[\(number + 1)] " + RecordPresentation.describe(source, separator: glyphs.separator), indent: 0, hangingIndent: 4, style: .plain)
            if let url = source.url { address(url) }
            if let note = source.note { wrapped(note, indent: 4, hangingIndent: 4, style: .dim) }
        }
    }

    // MARK: Building blocks

    private mutating func disputed(_ dispute: Dispute) {
        heading(RecordPresentation.heading(of: dispute))
        if let note = dispute.note { wrapped(note, indent: 2, hangingIndent: 2, style: .plain) }
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

    /// A web address on lines of its own, never beside other words; one wider than the pane is
    /// broken after a `/`, `?`, `&` or `-` (`TextWidth.wrapAddress`), so each continuation reads as
    /// a part of it. Every line carries the address for a terminal's hyperlinks. A sanitised
    /// http(s) address is a link `o` and Enter open.
    private mutating func address(_ url: String) {
        let indent = 4
        let link = WebLink(url)
        for (index, piece) in TextWidth.wrapAddress(url, to: max(1, width - indent)).enumerated() {
            lines.append(DetailLine(String(repeating: " ", count: indent) + piece, style: Style(dim: true, underline: true),
                                    link: index == 0 ? link.map(DetailLink.source) : nil, continuesLink: index > 0 && link != nil, address: link))
        }
    }

    private mutating func heading(_ text: String) {
        lines.append(DetailLine(""))
        lines.append(DetailLine(text, style: .bold))
    }

    private mutating func field(_ label: String, _ value: String) {
        let labelWidth = DetailContent.labelWidth
        let valueLines = TextWidth.wrap(value, to: max(1, width - labelWidth))
        for (index, line) in valueLines.enumerated() {
            let prefix = index == 0 ? TextWidth.fit(label, to: labelWidth - 1) + " " : String(repeating: " ", count: labelWidth)
            lines.append(DetailLine(prefix + line))
        }
    }

    private mutating func bullets(_ label: String, _ items: [String]) {
        guard !items.isEmpty else { return }
        heading(label)
        for item in items { wrapped(glyphs.bullet + " " + item, indent: 0, hangingIndent: 2, style: .plain) }
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
}
