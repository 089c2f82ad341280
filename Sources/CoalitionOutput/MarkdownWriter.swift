import CoalitionModel

/// GitHub-flavoured Markdown: tables, and text that renders as written.
public enum MarkdownWriter {
    public static func table(_ table: Table) -> [String] {
        let header = "| " + table.columns.map { cell($0.header) }.joined(separator: " | ") + " |"
        let rule = "|" + table.columns.map { $0.alignment == .right ? "---:" : "---" }.joined(separator: "|") + "|"
        return [header, rule] + table.rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
    }

    /// A table cell: `|` would end the cell, so it is escaped, and so is the backslash, so that
    /// text already holding `\|` cannot end it either. Line breaks would end the row.
    public static func cell(_ text: String) -> String {
        escape(text, special: ["\\", "|"])
    }

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

    private static func escape(_ text: String, special: Set<Character>) -> String {
        var output = ""
        for character in TextSanitizer.clean(text) {
            if special.contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
