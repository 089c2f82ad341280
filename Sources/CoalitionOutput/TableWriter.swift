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
        var lines: [String] = []
        var bytes: [UInt8] = []
        layOut(table, width: width, boldHeader: boldHeader, into: &bytes) { line in
            lines.append(String(decoding: line, as: UTF8.self))
            line.removeAll(keepingCapacity: true)
        }
        return lines
    }

    /// The lines of `lines(_:width:boldHeader:)`, each followed by a line feed, handed to
    /// `deliver` in pieces of whole lines.
    public static func write(_ table: Table, width: Int?, boldHeader: Bool = false, to deliver: ([UInt8]) -> Void) {
        var output = OutputPieces()
        layOut(table, width: width, boldHeader: boldHeader, into: &output.bytes) { bytes in
            bytes.append(UInt8(ascii: "\n"))
            OutputPieces.handOnIfFull(&bytes, deliver)
        }
        output.finish(deliver)
    }

    /// Appends each line to `bytes` and calls `endLine` after it.
    private static func layOut(_ table: Table, width: Int?, boldHeader: Bool, into bytes: inout [UInt8], endLine: (inout [UInt8]) -> Void) {
        let header = table.columns.map { TextSanitizer.clean($0.header) }
        let rows = table.rows.map { $0.map(TextSanitizer.clean) }
        let widths = columnWidths(table.columns, cells: [header] + rows, limit: width)
        let rule = widths.map { String(repeating: "-", count: $0) }
        let cut = width != nil
        if boldHeader { bytes.append(contentsOf: "\u{1B}[1m".utf8) }
        appendLine(header, table.columns, widths, cut: cut, to: &bytes)
        if boldHeader { bytes.append(contentsOf: "\u{1B}[0m".utf8) }
        endLine(&bytes)
        appendLine(rule, table.columns, widths, cut: cut, to: &bytes)
        endLine(&bytes)
        for row in rows {
            appendLine(row, table.columns, widths, cut: cut, to: &bytes)
            endLine(&bytes)
        }
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
    static func appendLine(_ cells: [String], _ columns: [Table.Column], _ widths: [Int], cut cutCells: Bool, to bytes: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(contentsOf: gap.utf8) }
            let cut = cutCells ? TextWidth.truncate(cell, to: widths[index]) : cell
            let padding = repeatElement(UInt8(ascii: " "), count: max(0, widths[index] - TextWidth.of(cut)))
            switch columns[index].alignment {
            case .left:
                bytes.append(contentsOf: cut.utf8)
                if index < cells.count - 1 { bytes.append(contentsOf: padding) }
            case .right:
                bytes.append(contentsOf: padding)
                bytes.append(contentsOf: cut.utf8)
            }
        }
    }
}
