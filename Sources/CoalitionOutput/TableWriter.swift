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
        layOut(RowSource(table), width: width, boldHeader: boldHeader, into: &bytes) { line in
            lines.append(String(decoding: line, as: UTF8.self))
            line.removeAll(keepingCapacity: true)
        }
        return lines
    }

    /// The lines of `lines(_:width:boldHeader:)` for the rows, each followed by a line feed,
    /// handed to `deliver` in pieces of whole lines.
    public static func write(_ rows: RowSource, width: Int?, boldHeader: Bool = false, to deliver: ([UInt8]) -> Void) {
        var output = OutputPieces()
        layOut(rows, width: width, boldHeader: boldHeader, into: &output.bytes) { bytes in
            bytes.append(UInt8(ascii: "\n"))
            OutputPieces.handOnIfFull(&bytes, deliver)
        }
        output.finish(deliver)
    }

    /// Appends each line to `bytes` and calls `endLine` after it. Each cell is cleaned and
    /// measured once: its width sizes its column and, uncut, pads it.
    private static func layOut(_ source: RowSource, width: Int?, boldHeader: Bool, into bytes: inout [UInt8], endLine: (inout [UInt8]) -> Void) {
        let columns = source.columns
        let header = columns.map { TextSanitizer.clean($0.header) }
        let rows = (0..<source.count).map { source.row($0).map(TextSanitizer.clean) }
        // Row by row, the header first.
        var cellWidths = header.map(TextWidth.of)
        cellWidths.reserveCapacity(columns.count * (rows.count + 1))
        for row in rows { cellWidths.append(contentsOf: row.map(TextWidth.of)) }
        var widestCells = Array(repeating: 0, count: columns.count)
        for (position, cellWidth) in cellWidths.enumerated() {
            widestCells[position % columns.count] = max(widestCells[position % columns.count], cellWidth)
        }
        let widths = columnWidths(columns, widestCells: widestCells, limit: width)
        let rule = widths.map { String(repeating: "-", count: $0) }
        let cut = width != nil
        if boldHeader { bytes.append(contentsOf: "\u{1B}[1m".utf8) }
        appendLine(header, cellWidths[0..<columns.count], columns, widths, cut: cut, to: &bytes)
        if boldHeader { bytes.append(contentsOf: "\u{1B}[0m".utf8) }
        endLine(&bytes)
        appendLine(rule, widths[...], columns, widths, cut: cut, to: &bytes)
        endLine(&bytes)
        for (index, row) in rows.enumerated() {
            let start = (index + 1) * columns.count
            appendLine(row, cellWidths[start..<(start + columns.count)], columns, widths, cut: cut, to: &bytes)
            endLine(&bytes)
        }
    }

    /// Each column as wide as its widest cell (`widestCells`, in columns). Over the limit, the
    /// shrinking columns share what is left in proportion to their widths, so a long summary
    /// keeps more than a short title.
    /// `widest` caps a column padded to its widest cell; Markdown, which pads nothing, has none.
    /// `narrowest` is as narrow as a shrinking column gets: Markdown, whose rows break when cut
    /// as a whole, lets a column shrink to its ellipsis first.
    static func columnWidths(_ columns: [Table.Column], widestCells: [Int], limit: Int?, widest: Int = maximumColumnWidth, narrowest: Int = minimumShrunkWidth) -> [Int] {
        var widths = widestCells.map { min(widest, $0) }
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
    /// `cellWidths` are the cells' own widths.
    static func appendLine(_ cells: [String], _ cellWidths: ArraySlice<Int>, _ columns: [Table.Column], _ widths: [Int], cut cutCells: Bool, to bytes: inout [UInt8]) {
        for (index, (cell, cellWidth)) in zip(cells, cellWidths).enumerated() {
            if index > 0 { bytes.append(contentsOf: gap.utf8) }
            let cut = cutCells ? TextWidth.truncate(cell, to: widths[index]) : cell
            let cutWidth = cutCells ? TextWidth.of(cut) : cellWidth
            let padding = repeatElement(UInt8(ascii: " "), count: max(0, widths[index] - cutWidth))
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
