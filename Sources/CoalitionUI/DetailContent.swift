import CoalitionModel

/// One line of the detail pane. Lines with a `link` can be selected and followed with Enter.
public struct DetailLine: Hashable, Sendable {
    public var text: String
    public var style: Style
    public var link: RecordRef?

    init(_ text: String, style: Style = .plain, link: RecordRef? = nil) {
        self.text = text
        self.style = style
        self.link = link
    }
}

/// The detail pane's lines: a record's `RecordPresentation` laid out at the pane's width, with
/// long values wrapped under their label and links that can be followed.
public struct DetailContent: Hashable, Sendable {
    public private(set) var lines: [DetailLine] = []
    public private(set) var links: [RecordRef] = []
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
                let text = glyphs.arrowRight + " " + TextWidth.truncate(link.title, to: max(1, width - 3), ellipsis: glyphs.ellipsis)
                lines.append(DetailLine(text, link: link.reference))
            }
        }
        for dispute in presentation.disputes { disputed(dispute) }
        bullets(RecordPresentation.notesHeading, presentation.notes)
        heading(RecordPresentation.sourcesHeading)
        for (number, source) in presentation.sources.enumerated() {
            wrapped("[\(number + 1)] " + RecordPresentation.describe(source, separator: glyphs.separator), indent: 0, hangingIndent: 4, style: .plain)
            if let url = source.url { wrapped(url, indent: 4, hangingIndent: 4, style: Style(dim: true, underline: true)) }
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
