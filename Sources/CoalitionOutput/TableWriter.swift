import CoalitionModel

/// Draws a table as aligned text columns, fitted to a terminal's width by cutting the columns
/// that shrink; without a width (a pipe) nothing is cut.
public enum TableWriter {
    static let gap = "  "
    /// The narrowest a shrinking column gets: a few letters and the ellipsis. Ids and dates never
    /// shrink, so on a narrow terminal the rest must give way almost entirely.
    static let minimumShrunkWidth = 4
    /// The widest a column is padded to. A longer cell is written whole (piped) or cut (on a
    /// terminal) but never makes the other rows pad to it: one huge cell would otherwise
    /// multiply the output by the number of rows.
    static let maximumColumnWidth = 120

    /// `boldHeader` is for terminals only; piped output never carries escape sequences.
    public static func lines(_ table: Table, width: Int?, boldHeader: Bool = false) -> [String] {
        let header = table.columns.map { TextSanitizer.clean($0.header) }
        let rows = table.rows.map { $0.map(TextSanitizer.clean) }
        let widths = columnWidths(table.columns, cells: [header] + rows, limit: width)
        let rule = widths.map { String(repeating: "-", count: $0) }
        let cut = width != nil
        var headerLine = line(header, table.columns, widths, cut: cut)
        if boldHeader { headerLine = "\u{1B}[1m" + headerLine + "\u{1B}[0m" }
        return [headerLine, line(rule, table.columns, widths, cut: cut)] + rows.map { line($0, table.columns, widths, cut: cut) }
    }

    /// Each column as wide as its widest cell. Over the limit, the shrinking columns share what is
    /// left in proportion to their widths, so a long summary keeps more than a short title.
    /// `widest` caps a column padded to its widest cell; Markdown, which pads nothing, has none.
    /// `narrowest` is as narrow as a shrinking column gets: Markdown, whose rows break when cut
    /// as a whole, lets a column shrink to its ellipsis first.
    static func columnWidths(_ columns: [Table.Column], cells: [[String]], limit: Int?, widest: Int = maximumColumnWidth, narrowest: Int = minimumShrunkWidth) -> [Int] {
        var widths = columns.indices.map { index in
            min(widest, cells.map { TextWidth.of($0[index]) }.max() ?? 0)
        }
        let shrinking = columns.indices.filter { columns[$0].shrinks }
        guard let limit, !shrinking.isEmpty else { return widths }
        let fixed = columns.indices.filter { !columns[$0].shrinks }.reduce(0) { $0 + widths[$1] } + gap.count * (columns.count - 1)
        let available = limit - fixed
        let wanted = shrinking.reduce(0) { $0 + widths[$1] }
        guard wanted > available else { return widths }
        let natural = widths
        for index in shrinking {
            widths[index] = min(natural[index], max(narrowest, natural[index] * max(0, available) / wanted))
        }
        // Rounding down leaves a few columns unused; the widest cut columns take them.
        var spare = available - shrinking.reduce(0) { $0 + widths[$1] }
        for index in shrinking.sorted(by: { widths[$0] > widths[$1] }) where spare > 0 && widths[index] < natural[index] {
            widths[index] += 1
            spare -= 1
        }
        return widths
    }

    /// `cut` is false in a pipe: a cell wider than its column is written whole, unpadded.
    static func line(_ cells: [String], _ columns: [Table.Column], _ widths: [Int], cut cutCells: Bool) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let cut = cutCells ? TextWidth.truncate(cell, to: widths[index]) : cell
            let padding = String(repeating: " ", count: max(0, widths[index] - TextWidth.of(cut)))
            let isLast = index == cells.count - 1
            switch columns[index].alignment {
            case .left: parts.append(isLast ? cut : cut + padding)
            case .right: parts.append(padding + cut)
            }
        }
        return parts.joined(separator: gap)
    }
}
