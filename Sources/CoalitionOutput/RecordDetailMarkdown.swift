import CoalitionModel

/// `show` as Markdown: the title as a heading, fields as a list, then a section for each list,
/// linked records, disputes, notes and sources.
public enum RecordDetailMarkdown {
    public static func lines(_ detail: RecordPresentation) -> [String] {
        let md = MarkdownWriter.text
        var lines = ["# " + md(detail.title), ""]
        if let summary = detail.summary { lines += [md(summary), ""] }
        lines += detail.fields.map { "- **\(md($0.label)):** " + md($0.isQuotation ? "\u{201C}\($0.value)\u{201D}" : $0.value) }
        for section in detail.sections {
            lines += ["", "## " + md(section.heading), ""] + section.items.map { "- " + md($0) }
        }
        for group in detail.linkGroups {
            lines += ["", "## " + md(group.headingWithCount), ""]
            lines += group.links.map { "- `\($0.id)` " + md($0.title) }
        }
        for dispute in detail.disputes {
            lines += ["", "## " + md(RecordPresentation.heading(of: dispute)), ""]
            if let note = dispute.note { lines += [md(note), ""] }
            lines += dispute.values.map { "- **\(md($0.value))**: " + $0.sources.map { md($0.publisher) }.joined(separator: "; ") }
        }
        if !detail.notes.isEmpty {
            lines += ["", "## " + RecordPresentation.notesHeading, ""] + detail.notes.map { "- " + md($0) }
        }
        lines += ["", "## " + RecordPresentation.sourcesHeading, ""]
        for (number, source) in detail.sources.enumerated() {
            var line = "\(number + 1). " + md(RecordPresentation.describe(source, separator: " · "))
            if let url = source.url { line += " " + MarkdownWriter.link(url) }
            if let note = source.note { line += ". " + md(note) }
            lines.append(line)
        }
        return lines
    }
}
