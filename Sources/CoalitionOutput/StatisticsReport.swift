import CoalitionModel

/// `stats` as text with bar charts, Markdown tables or JSON objects of counts.
public enum StatisticsReport {
    static let barWidth = 30

    public static func text(_ statistics: Statistics, ascii: Bool, boldTitles: Bool = false) -> [String] {
        var lines = scopeNote(statistics).map { [$0, ""] } ?? []
        for (index, section) in statistics.sections.enumerated() {
            if index > 0 { lines.append("") }
            lines.append(boldTitles ? "\u{1B}[1m" + section.title + "\u{1B}[0m" : section.title)
            let labelWidth = section.counts.map { TextWidth.of($0.label) }.max() ?? 0
            let numberWidth = section.counts.map { String($0.count).count }.max() ?? 0
            let maximum = section.counts.map(\.count).max() ?? 0
            for count in section.counts {
                let label = count.label + String(repeating: " ", count: labelWidth - TextWidth.of(count.label))
                let number = String(repeating: " ", count: numberWidth - String(count.count).count) + String(count.count)
                let bar = BarChart.bar(count.count, maximum: maximum, width: barWidth, ascii: ascii)
                lines.append("  \(label)  \(number)" + (bar.isEmpty ? "" : "  " + bar))
            }
        }
        lines.append("")
        lines.append(boldTitles ? "\u{1B}[1m" + growthTitle + "\u{1B}[0m" : growthTitle)
        let table = TableWriter.lines(growthTable(statistics), width: nil)
        lines += table.map { "  " + $0 }
        lines.append("  " + undatedNote(statistics))
        return lines
    }

    static let growthTitle = "Named members by year"

    /// Under a region filter, what is counted: `list --region`'s records, and no stated totals.
    static func scopeNote(_ statistics: Statistics) -> String? {
        statistics.regionName.map { name in
            "Counting the records in \(name) and those about a broader area as a whole, as list --region shows them; "
                + "the totals sources state are the whole Coalition's, so \"stated\" is left empty."
        }
    }

    /// Joined that year on a date a source gives, first known as members that year from a "by"
    /// bound, the running total of both, and the total a source stated that year.
    static func growthTable(_ statistics: Statistics) -> Table {
        Table(
            columns: [.init("year"), .init("joined", alignment: .right), .init("known by", alignment: .right),
                      .init("total", alignment: .right), .init("stated", alignment: .right)],
            rows: statistics.membershipGrowth.map { year in
                [String(year.year), String(year.joined), String(year.knownBy), String(year.total), year.stated.map(String.init) ?? ""]
            }
        )
    }

    static func undatedNote(_ statistics: Statistics) -> String {
        "\"known by\": members a source places only before a date; \"stated\": the last total a source gave that year; "
            + "\(statistics.undatedMembers) named member\(statistics.undatedMembers == 1 ? " is" : "s are") dated by no source."
    }

    public static func markdown(_ statistics: Statistics, ascii: Bool) -> [String] {
        var lines = scopeNote(statistics).map { [MarkdownWriter.text($0), ""] } ?? []
        for (index, section) in statistics.sections.enumerated() {
            if index > 0 { lines.append("") }
            let maximum = section.counts.map(\.count).max() ?? 0
            let table = Table(
                columns: [.init(section.labelHeader), .init("count", alignment: .right), .init("chart")],
                rows: section.counts.map { count in
                    // Markdown collapses leading spaces, so sub-regions keep their indent as non-breaking ones.
                    let label = count.label.prefix { $0 == " " }.map { _ in "\u{A0}" }.joined() + count.label.drop { $0 == " " }
                    return [label, String(count.count), BarChart.bar(count.count, maximum: maximum, width: barWidth, ascii: ascii)]
                }
            )
            lines += ["## " + MarkdownWriter.text(section.title), ""] + MarkdownWriter.table(table)
        }
        lines += ["", "## " + growthTitle, ""] + MarkdownWriter.table(growthTable(statistics)) + ["", MarkdownWriter.text(undatedNote(statistics))]
        return lines
    }

    /// Each section an object from key to count, for `jq '.resolutionsByTheme.africa'`.
    /// `membershipByYear` is a list of years, `undatedMembers` a number.
    public static func json(_ statistics: Statistics) throws -> String {
        try RecordJSON.text(StatisticsJSON(statistics))
    }
}

private struct StatisticsJSON: Encodable {
    struct Year: Encodable {
        var year: Int
        var joined: Int
        var knownBy: Int
        var total: Int
        var stated: Int?
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    let statistics: Statistics

    init(_ statistics: Statistics) {
        self.statistics = statistics
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeIfPresent(statistics.region, forKey: Key("region"))
        for section in statistics.sections {
            try container.encode(Dictionary(section.counts.map { ($0.key, $0.count) }, uniquingKeysWith: +), forKey: Key(section.key))
        }
        let years = statistics.membershipGrowth.map { Year(year: $0.year, joined: $0.joined, knownBy: $0.knownBy, total: $0.total, stated: $0.stated) }
        try container.encode(years, forKey: Key("membershipByYear"))
        try container.encode(statistics.undatedMembers, forKey: Key("undatedMembers"))
    }
}
