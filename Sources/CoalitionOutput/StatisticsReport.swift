import CoalitionModel

/// `stats` as text with bar charts, Markdown tables or JSON objects of counts.
public enum StatisticsReport {
    static let barWidth = 30

    public static func text(_ statistics: Statistics, ascii: Bool, boldTitles: Bool = false) -> [String] {
        var lines: [String] = []
        for section in statistics.sections {
            if !lines.isEmpty { lines.append("") }
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
        return lines
    }

    public static func markdown(_ statistics: Statistics, ascii: Bool) -> [String] {
        var lines: [String] = []
        for section in statistics.sections {
            if !lines.isEmpty { lines.append("") }
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
        return lines
    }

    /// Each section an object from key to count, for `jq '.resolutionsByTheme.africa'`.
    public static func json(_ statistics: Statistics) throws -> String {
        let object = Dictionary(uniqueKeysWithValues: statistics.sections.map { section in
            (section.key, Dictionary(section.counts.map { ($0.key, $0.count) }, uniquingKeysWith: +))
        })
        return try RecordJSON.text(object)
    }
}
