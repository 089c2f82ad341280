import CoalitionModel

/// `show` as plain text: the dashboard's detail pane without the frame, at full width.
public struct RecordDetailText {
    static let labelWidth = 12

    /// Wraps at `width` columns when given (a terminal); in a pipe every value stays on one line.
    let width: Int?
    let ascii: Bool
    private var lines: [String] = []

    public static func lines(_ detail: RecordPresentation, width: Int?, ascii: Bool = false, boldTitle: Bool = false) -> [String] {
        var writer = RecordDetailText(width: width, ascii: ascii)
        writer.write(detail, boldTitle: boldTitle)
        return writer.lines
    }

    private init(width: Int?, ascii: Bool) {
        self.width = width
        self.ascii = ascii
    }

    private mutating func write(_ detail: RecordPresentation, boldTitle: Bool) {
        let title = clean(detail.title)
        lines.append(boldTitle ? "\u{1B}[1m" + title + "\u{1B}[0m" : title)
        lines.append("")
        if let summary = detail.summary {
            item(summary)
            lines.append("")
        }
        for field in detail.fields {
            let value = field.isQuotation ? (ascii ? "\"" + field.value + "\"" : "\u{201C}" + field.value + "\u{201D}") : field.value
            item(value, prefix: field.label + String(repeating: " ", count: max(1, Self.labelWidth - field.label.count)))
        }
        for section in detail.sections {
            heading(section.heading)
            for text in section.items { item(text, prefix: ascii ? "* " : "• ") }
        }
        for group in detail.linkGroups {
            heading(group.headingWithCount)
            for link in group.links { item(link.id + ": " + link.title, prefix: ascii ? "-> " : "→ ") }
        }
        for dispute in detail.disputes {
            heading(RecordPresentation.heading(of: dispute))
            if let note = dispute.note { item(note, indent: 2) }
            let valueWidth = dispute.values.map { TextWidth.of($0.value) }.max() ?? 0
            for value in dispute.values {
                let padding = String(repeating: " ", count: valueWidth - TextWidth.of(value.value))
                item(value.sources.map(\.publisher).joined(separator: "; "), prefix: value.value + padding + "  ", indent: 2)
            }
        }
        if !detail.notes.isEmpty {
            heading(RecordPresentation.notesHeading)
            for note in detail.notes { item(note, prefix: ascii ? "* " : "• ") }
        }
        heading(RecordPresentation.sourcesHeading)
        for (number, source) in detail.sources.enumerated() {
            let marker = "[\(number + 1)] "
            item(RecordPresentation.describe(source, separator: ascii ? " - " : " · "), prefix: marker)
            if let url = source.url { item(url, indent: marker.count) }
            if let note = source.note { item(note, indent: marker.count) }
        }
    }

    private mutating func heading(_ text: String) {
        lines.append("")
        lines.append(clean(text))
    }

    /// Text after an indent and a prefix (a label, a bullet); wrapped lines line up under the text.
    private mutating func item(_ text: String, prefix: String = "", indent: Int = 0) {
        let lead = String(repeating: " ", count: indent) + clean(prefix)
        guard let width else {
            lines.append(lead + clean(text))
            return
        }
        let leadWidth = TextWidth.of(lead)
        for (index, line) in TextWidth.wrap(clean(text), to: max(1, width - leadWidth)).enumerated() {
            lines.append((index == 0 ? lead : String(repeating: " ", count: leadWidth)) + line)
        }
    }

    private func clean(_ text: String) -> String { TextSanitizer.clean(text) }
}
