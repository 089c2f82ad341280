import CoalitionModel

/// Turns a rendered screen into an SVG picture of a terminal, for the README: the same cells, the
/// same colours and emphasis, drawn with a monospace font.
public enum SVGExport {
    static let cellWidth = 8.4
    static let cellHeight = 17.0
    static let fontSize = 14.0
    static let background = "#1d1f21"
    static let foreground = "#d8dee9"

    static func hexColor(_ color: Color) -> String {
        switch color {
        case .black: "#3b4252"
        case .red: "#e06c75"
        case .green: "#98c379"
        case .yellow: "#e5c07b"
        case .blue: "#61afef"
        case .magenta: "#c678dd"
        case .cyan: "#56b6c2"
        case .white: "#e5e9f0"
        }
    }

    public static func svg(_ screen: ScreenBuffer, title: String) -> String {
        let width = Double(screen.size.columns) * cellWidth + 16
        let height = Double(screen.size.rows) * cellHeight + 16
        var out = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(format(width))" height="\(format(height))" viewBox="0 0 \(format(width)) \(format(height))" role="img" aria-label="\(escape(title))">
        <title>\(escape(title))</title>
        <rect width="100%" height="100%" rx="6" fill="\(background)"/>
        <g transform="translate(8 8)" font-family="'DejaVu Sans Mono', 'Menlo', 'Consolas', monospace" font-size="\(format(fontSize))" xml:space="preserve">

        """
        for row in 0..<screen.size.rows {
            for run in runs(in: screen, row: row) {
                let x = Double(run.column) * cellWidth
                let y = Double(row) * cellHeight
                let (fill, back) = colors(run.style)
                if let back {
                    out += "<rect x=\"\(format(x))\" y=\"\(format(y))\" width=\"\(format(Double(run.width) * cellWidth))\" height=\"\(format(cellHeight))\" fill=\"\(back)\"/>\n"
                }
                guard !run.text.allSatisfy({ $0 == " " }) else { continue }
                var attributes = "x=\"\(format(x))\" y=\"\(format(y + cellHeight * 0.78))\" fill=\"\(fill)\""
                if run.style.bold { attributes += " font-weight=\"bold\"" }
                if run.style.dim { attributes += " fill-opacity=\"0.6\"" }
                if run.style.underline { attributes += " text-decoration=\"underline\"" }
                out += "<text \(attributes)>\(escape(run.text))</text>\n"
            }
        }
        out += "</g>\n</svg>\n"
        return out
    }

    private struct Run {
        var column: Int
        var width: Int
        var text: String
        var style: Style
    }

    /// Cells of one row grouped into runs of one style; a wide character ends a run so that the
    /// text after it starts at its own column whatever width the font gives the wide glyph.
    private static func runs(in screen: ScreenBuffer, row: Int) -> [Run] {
        var runs: [Run] = []
        var column = 0
        while column < screen.size.columns {
            let cell = screen[column, row]
            if cell.isContinuation { column += 1; continue }
            let cellWidth = column + 1 < screen.size.columns && screen[column + 1, row].isContinuation ? 2 : 1
            if var last = runs.last, last.style == cell.style, last.column + last.width == column, cellWidth == 1,
               !(last.text.last.map { TextWidth.of($0) == 2 } ?? false) {
                last.text += cell.text
                last.width += 1
                runs[runs.count - 1] = last
            } else {
                runs.append(Run(column: column, width: cellWidth, text: cell.text, style: cell.style))
            }
            column += cellWidth
        }
        return runs
    }

    private static func colors(_ style: Style) -> (fill: String, background: String?) {
        let fore = style.foreground.map(hexColor) ?? foreground
        let back = style.background.map(hexColor)
        if style.reverse { return (back ?? background, fore) }
        return (fore, back)
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
