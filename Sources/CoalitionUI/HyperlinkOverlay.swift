/// OSC 8 hyperlinks over a screen curses has already drawn. Curses counts every byte it writes as
/// cells, so the links are not written through it: after its refresh, each address's cells are
/// written again, byte for byte the same text in the same style, inside an OSC 8 pair. The
/// cursor and attributes are saved before (DECSC) and restored after (DECRC), so curses' idea of
/// the terminal stays true and the screen cannot shift. Addresses are `WebLink`s: printable
/// ASCII, so nothing in them can end the escape sequence early.
public enum HyperlinkOverlay {
    public static func sequence(for screen: ScreenBuffer, color: Bool) -> String {
        guard !screen.hyperlinks.isEmpty else { return "" }
        var output = ""
        var ids: [String: Int] = [:]
        for link in screen.hyperlinks {
            // Pieces of one address share an id, so a terminal underlines them together.
            let id = ids[link.link.url] ?? ids.count + 1
            ids[link.link.url] = id
            let cells = (link.x..<(link.x + link.width)).map { screen[$0, link.y] }
            guard cells.allSatisfy({ $0.text.utf8.count == 1 }) else { continue }
            output += "\u{1B}7\u{1B}[\(link.y + 1);\(link.x + 1)H"
            output += "\u{1B}]8;id=coalition-\(id);\(link.link.url)\u{1B}\\"
            var current: Style?
            for cell in cells {
                // Each cell in the style curses drew it in.
                let style = color ? cell.style : cell.style.withoutColor
                if style != current { output += ANSIText.reset + ANSIText.sequence(style) }
                current = style
                output += cell.text
            }
            output += "\u{1B}]8;;\u{1B}\\" + ANSIText.reset + "\u{1B}8"
        }
        return output
    }
}
