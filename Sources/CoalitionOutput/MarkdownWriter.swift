import CoalitionModel

/// GitHub-flavoured Markdown: tables, and text that renders as written.
public enum MarkdownWriter {
    /// With a `width`, no line is wider: a row that does not fit has its shrinking cells cut as a
    /// text table cuts them (`TableWriter.columnWidths`, in proportion, each with an ellipsis), row
    /// by row since Markdown pads nothing; a row that still does not fit (its fixed cells alone
    /// are too wide, or the shrinking ones down to their ellipses) is cut as a whole. Without a
    /// width nothing is cut.
    public static func table(_ table: Table, width: Int? = nil, ellipsis: String = "…") -> [String] {
        guard let width else {
            return [row(table.columns.map(\.header)), rule(table.columns)] + table.rows.map(row)
        }
        let rows = [table.columns.map(\.header)] + table.rows
        // "| " before the first cell, " |" after the last and " | " between two, where a text
        // table has its two-space gap.
        let frame = 4 + 3 * (table.columns.count - 1) - TableWriter.gap.count * (table.columns.count - 1)
        let lines = rows.map { row in
            let cells = row.map(cell)
            let widths = TableWriter.columnWidths(table.columns, widestCells: cells.map(TextWidth.of), limit: width - frame, widest: Int.max, narrowest: 1)
            let fitted = zip(cells, widths).map { cellText, cellWidth in cut(cellText, to: cellWidth, ellipsis: ellipsis) }
            return cut("| " + fitted.joined(separator: " | ") + " |", to: width, ellipsis: ellipsis)
        }
        return [lines[0], TextWidth.truncate(rule(table.columns), to: width, ellipsis: ellipsis)] + lines.dropFirst()
    }

    /// The lines of `table(_:)` without a width, each followed by a line feed, handed to
    /// `deliver` in pieces of whole lines.
    public static func write(_ rows: RowSource, to deliver: ([UInt8]) -> Void) {
        var output = OutputPieces()
        appendRow(rows.columns.map(\.header), to: &output.bytes)
        output.append("\n" + rule(rows.columns) + "\n")
        for index in 0..<rows.count {
            appendRow(rows.row(index), to: &output.bytes)
            output.bytes.append(UInt8(ascii: "\n"))
            output.endLine(deliver)
        }
        output.finish(deliver)
    }

    /// The line under the header: how each column is aligned.
    static func rule(_ columns: [Table.Column]) -> String {
        "|" + columns.map { $0.alignment == .right ? "---:" : "---" }.joined(separator: "|") + "|"
    }

    static func row(_ cells: [String]) -> String {
        var bytes: [UInt8] = []
        appendRow(cells, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// "| a | b |": the cells escaped, uncut.
    static func appendRow(_ cells: [String], to bytes: inout [UInt8]) {
        bytes.append(contentsOf: "| ".utf8)
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(contentsOf: " | ".utf8) }
            appendCell(cell, to: &bytes)
        }
        bytes.append(contentsOf: " |".utf8)
    }

    /// Escaped text (a cell or a row) cut to `width` columns by `TextWidth.truncate`; a backslash
    /// left at the cut with its escaped character gone would escape the ellipsis instead, so it
    /// goes too.
    static func cut(_ escaped: String, to width: Int, ellipsis: String) -> String {
        let cut = TextWidth.truncate(escaped, to: width, ellipsis: ellipsis)
        guard cut != escaped, cut.hasSuffix(ellipsis) else { return cut }
        let kept = cut.dropLast(ellipsis.count)
        let backslashes = kept.reversed().prefix { $0 == "\\" }.count
        return backslashes % 2 == 1 ? kept.dropLast() + ellipsis : cut
    }

    /// A table cell: `|` would end the cell, so it is escaped, and so is the backslash, so that
    /// text already holding `\|` cannot end it either. Line breaks would end the row.
    public static func cell(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendCell(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `cell(_:)` as bytes. Every `\` and `|` byte is escaped, also one that a combining mark
    /// follows or a prepended mark precedes: a Markdown reader splits a row's cells at pipe bytes,
    /// whatever characters they are part of.
    static func appendCell(_ text: String, to bytes: inout [UInt8]) {
        var cleaned = TextSanitizer.clean(text)
        cleaned.withUTF8 { utf8 in
            for byte in utf8 {
                if byte == backslash || byte == pipe { bytes.append(backslash) }
                bytes.append(byte)
            }
        }
    }

    private static let backslash = UInt8(ascii: "\\"), pipe = UInt8(ascii: "|")

    /// Running text: characters that would turn into emphasis, code, links or HTML are escaped.
    public static func text(_ text: String) -> String {
        escape(text, special: ["\\", "`", "*", "_", "[", "]", "<", ">", "|"])
    }

    /// A URL as a link that shows itself; `<>` would end it and spaces are not allowed inside.
    public static func link(_ url: String) -> String {
        let safe = TextSanitizer.clean(url).unicodeScalars.map { scalar in
            switch scalar {
            case "<": "%3C"
            case ">": "%3E"
            case " ": "%20"
            default: String(scalar)
            }
        }.joined()
        return "<" + safe + ">"
    }

    /// Escapes by code point, not by character: a Markdown reader acts on the `*` byte also when a
    /// combining mark follows it, and U+1FEF, which Swift counts equal to a backquote as a
    /// character, is no backquote to the reader.
    private static func escape(_ text: String, special: Set<Unicode.Scalar>) -> String {
        var output = String.UnicodeScalarView()
        for scalar in TextSanitizer.clean(text).unicodeScalars {
            if special.contains(scalar) { output.append("\\") }
            output.append(scalar)
        }
        return String(output)
    }
}
