/// A rendered screen as lines of text with ANSI SGR sequences, for printing a chart to a colour
/// terminal with the same colours and emphasis the dashboard would draw.
public enum ANSIText {
    static let reset = "\u{1B}[0m"

    public static func lines(_ screen: ScreenBuffer) -> [String] {
        (0..<screen.size.rows).map { row in
            // Trailing unstyled blanks are dropped, as the plain lines drop them.
            var end = screen.size.columns
            while end > 0, screen[end - 1, row] == .blank { end -= 1 }
            var line = ""
            var current = Style.plain
            for column in 0..<end {
                let cell = screen[column, row]
                if cell.style != current {
                    line += reset + sequence(cell.style)
                    current = cell.style
                }
                line += cell.text
            }
            return current == .plain ? line : line + reset
        }
    }

    /// The SGR sequence that turns a style on from a reset terminal; empty for plain text.
    static func sequence(_ style: Style) -> String {
        var codes: [String] = []
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if let foreground = style.foreground { codes.append(String(30 + foreground.rawValue)) }
        if let background = style.background { codes.append(String(40 + background.rawValue)) }
        return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
