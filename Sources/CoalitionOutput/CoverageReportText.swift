import CoalitionModel

/// `coverage` as text, Markdown or JSON: each gap in the record with its count and ids.
public enum CoverageReportText {
    /// A heading with the count per section, then a line per record; lines are cut to `width`
    /// when one is given (a terminal), never in a pipe.
    public static func text(_ report: CoverageReport, width: Int?, ascii: Bool, boldTitles: Bool = false) -> [String] {
        ReportLine.printable(lines(report, width: width, ascii: ascii), boldHeadings: boldTitles)
    }

    /// The report's lines, each entry's carrying the record it names (a member count has none),
    /// for the command line and the dashboard's coverage view alike.
    public static func lines(_ report: CoverageReport, width: Int?, ascii: Bool) -> [ReportLine] {
        let separator = ascii ? " - " : " · "
        let cut = { (line: String) in width.map { TextWidth.truncate(line, to: $0, ellipsis: ascii ? "..." : "…") } ?? line }
        var lines: [ReportLine] = []
        for section in report.sections {
            if !lines.isEmpty { lines.append(ReportLine("")) }
            lines.append(ReportLine(cut("\(section.title): \(section.entries.count)"), isHeading: true))
            let idWidth = section.entries.map { TextWidth.of($0.id) }.max() ?? 0
            for entry in section.entries {
                let line = "  " + TextWidth.fit(entry.id, to: idWidth) + "  " + entry.title + (entry.detail.map { separator + $0 } ?? "")
                lines.append(ReportLine(cut(line), record: entry.record))
            }
        }
        return lines
    }

    public static func markdown(_ report: CoverageReport) -> [String] {
        var lines = ["# Coverage of the record"]
        for section in report.sections {
            lines += ["", "## " + MarkdownWriter.text(section.title) + " (\(section.entries.count))", ""]
            if section.entries.isEmpty {
                lines.append("None.")
                continue
            }
            let table = Table(
                columns: [.init("id"), .init("kind"), .init("title"), .init("detail")],
                rows: section.entries.map { [$0.id, $0.kind.rawValue, $0.title, $0.detail ?? ""] }
            )
            lines += MarkdownWriter.table(table)
        }
        return lines
    }

    /// Each section an object with its count and entries, for `jq '.textNotFound.count'`.
    public static func json(_ report: CoverageReport) throws -> String {
        struct Entry: Encodable {
            var id: String
            var kind: String
            var title: String
            var detail: String?
        }
        struct Section: Encodable {
            var title: String
            var count: Int
            var entries: [Entry]
        }
        let object = Dictionary(uniqueKeysWithValues: report.sections.map { section in
            (section.key, Section(title: section.title, count: section.entries.count, entries: section.entries.map {
                Entry(id: $0.id, kind: $0.kind.rawValue, title: $0.title, detail: $0.detail)
            }))
        })
        return try RecordJSON.text(object)
    }
}

extension CoverageReport.Entry {
    /// The record `show` would open for the entry; a member count is not a record of its own.
    public var record: RecordRef? {
        switch kind {
        case .meeting: .meeting(id)
        case .session: .session(id)
        case .resolution: .resolution(id)
        case .member: .member(id)
        case .memberCount: nil
        }
    }
}
