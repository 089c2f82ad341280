import CoalitionModel

/// Draws a theme matrix as a heat map: a row per theme, a column per year or per meeting, each
/// cell a shade scaled to the fullest cell followed by its count, with totals on the right and
/// below. The counts make it readable without colour, and the ASCII shades without Unicode.
public enum ThemeHeatMap {
    static let unicodeShades = ["░", "▒", "▓", "█"]
    static let asciiShades = [":", "+", "*", "#"]
    /// Colour by shade, from cool to hot; meaning never rests on it alone.
    static let shadeColors: [Color] = [.blue, .cyan, .yellow, .red]
    static let totalsHeader = "total"
    static let statementsLabel = "statements"

    /// The map on a screen exactly as large as it needs, for printing and SVG.
    public static func screen(_ matrix: ThemeMatrix, title: String, options: DisplayOptions) -> ScreenBuffer {
        let legendWidth = legend(matrix, shades: unicodeShades, glyphs: options.glyphs).reduce(0) { $0 + TextWidth.of($1.text) }
        let width = ([Geometry(matrix).width, TextWidth.of(title), legendWidth] + columnNames(matrix).map(TextWidth.of)).max()!
        var screen = ScreenBuffer(size: TerminalSize(columns: width, rows: Geometry(matrix).height))
        draw(matrix, title: title, into: &screen, in: screen.bounds, options: options)
        return screen
    }

    /// Columns of the map: the theme labels, the cells and the totals.
    struct Geometry {
        let labelWidth: Int
        let numberWidth: Int
        let cellWidth: Int
        let totalWidth: Int
        let columnCount: Int
        let height: Int

        init(_ matrix: ThemeMatrix) {
            labelWidth = (matrix.themes.map { TextWidth.of($0.label) } + [TextWidth.of(ThemeHeatMap.statementsLabel)]).max()!
            numberWidth = String(matrix.largestCell).count
            let headerWidth = matrix.columns.indices.map { TextWidth.of(ThemeHeatMap.header(of: $0, in: matrix)) }.max() ?? 1
            // At least one shade and a space before the count.
            cellWidth = max(headerWidth, numberWidth + 2)
            totalWidth = max(TextWidth.of(ThemeHeatMap.totalsHeader), String(matrix.statementTotal).count)
            columnCount = matrix.columns.count
            // Title, header, a row per theme, the statements row, a blank line, the legend, and
            // for meetings a blank line and a line naming each column.
            height = 3 + matrix.themes.count + 2 + (matrix.axis == .meeting ? 1 + matrix.columns.count : 0)
        }

        var width: Int { labelWidth + 1 + columnCount * (cellWidth + 1) + 1 + totalWidth }
        func cellX(_ column: Int, from left: Int) -> Int { left + labelWidth + 1 + column * (cellWidth + 1) }
        func totalX(from left: Int) -> Int { cellX(columnCount, from: left) + 1 }
    }

    /// Years head their columns; meetings are numbered and named below the map.
    static func header(of column: Int, in matrix: ThemeMatrix) -> String {
        matrix.axis == .year ? matrix.columns[column].title : String(column + 1)
    }

    public static func draw(_ matrix: ThemeMatrix, title: String, into screen: inout ScreenBuffer, in rect: Rect, options: DisplayOptions) {
        let geometry = Geometry(matrix)
        let glyphs = options.glyphs
        func put(_ text: String, _ x: Int, _ y: Int, width: Int, _ style: Style = .plain) {
            guard y < rect.maxY else { return }
            let clip = Rect(x: max(x, rect.x), y: y, width: min(x + width, rect.maxX) - max(x, rect.x), height: 1)
            screen.write(TextWidth.truncate(text, to: width, ellipsis: glyphs.ellipsis), x: x, y: y, style: options.color ? style : style.withoutColor, clip: clip)
        }
        func rightAligned(_ text: String, width: Int) -> String {
            String(repeating: " ", count: max(0, width - TextWidth.of(text))) + text
        }

        var y = rect.y
        put(title, rect.x, y, width: rect.width, .bold)
        y += 1
        for column in matrix.columns.indices {
            put(rightAligned(header(of: column, in: matrix), width: geometry.cellWidth), geometry.cellX(column, from: rect.x), y, width: geometry.cellWidth, .bold)
        }
        put(rightAligned(totalsHeader, width: geometry.totalWidth), geometry.totalX(from: rect.x), y, width: geometry.totalWidth, .bold)
        y += 1

        let shades = options.ascii ? asciiShades : unicodeShades
        let totals = matrix.themeTotals
        for (row, theme) in matrix.themes.enumerated() {
            put(theme.label, rect.x, y, width: geometry.labelWidth, totals[row] == 0 ? .dim : .plain)
            for column in matrix.columns.indices {
                let x = geometry.cellX(column, from: rect.x)
                let count = matrix.count(theme: row, column: column)
                let level = matrix.level(of: count, levels: shades.count)
                if level == 0 {
                    put(rightAligned(options.ascii ? "." : "·", width: geometry.cellWidth), x, y, width: geometry.cellWidth, .dim)
                    continue
                }
                let shadeWidth = geometry.cellWidth - geometry.numberWidth - 1
                put(String(repeating: shades[level - 1], count: shadeWidth), x, y, width: shadeWidth, Style(foreground: shadeColors[level - 1]))
                put(rightAligned(String(count), width: geometry.numberWidth + 1), x + shadeWidth, y, width: geometry.numberWidth + 1)
            }
            put(rightAligned(String(totals[row]), width: geometry.totalWidth), geometry.totalX(from: rect.x), y, width: geometry.totalWidth, .bold)
            y += 1
        }

        put(statementsLabel, rect.x, y, width: geometry.labelWidth, .bold)
        for (column, count) in matrix.statementsPerColumn.enumerated() {
            put(rightAligned(String(count), width: geometry.cellWidth), geometry.cellX(column, from: rect.x), y, width: geometry.cellWidth, .bold)
        }
        put(rightAligned(String(matrix.statementTotal), width: geometry.totalWidth), geometry.totalX(from: rect.x), y, width: geometry.totalWidth, .bold)
        y += 2

        var x = rect.x
        for entry in legend(matrix, shades: shades, glyphs: glyphs) {
            let width = TextWidth.of(entry.text)
            put(entry.text, x, y, width: width, entry.shade.map { Style(foreground: shadeColors[$0 - 1]) } ?? .dim)
            x += width
        }
        y += 2
        for line in columnNames(matrix) {
            put(line, rect.x, y, width: rect.width)
            y += 1
        }
    }

    static let legendNote = "statements per cell; one with several themes counts in each of their rows"

    /// Each shade with the counts it stands for ("▒ 3–4"), then what a cell counts.
    static func legend(_ matrix: ThemeMatrix, shades: [String], glyphs: Glyphs) -> [(shade: Int?, text: String)] {
        matrix.levelRanges(levels: shades.count).flatMap { level, counts -> [(shade: Int?, text: String)] in
            let range = counts.count == 1 ? String(counts.lowerBound) : "\(counts.lowerBound)\(glyphs.rangeDash)\(counts.upperBound)"
            return [(level, shades[level - 1]), (nil, " " + range + "   ")]
        } + [(nil, legendNote)]
    }

    /// A line naming each numbered meeting column.
    static func columnNames(_ matrix: ThemeMatrix) -> [String] {
        guard matrix.axis == .meeting else { return [] }
        let numberWidth = String(matrix.columns.count).count
        return matrix.columns.enumerated().map { column, meeting in
            let number = String(column + 1)
            return String(repeating: " ", count: numberWidth - number.count) + number + "  " + (meeting.date?.description ?? "") + "  " + meeting.title
        }
    }
}
