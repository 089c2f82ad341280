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

    /// The map on a screen exactly as large as it needs, for printing and SVG; by meeting, a line
    /// below names each numbered column.
    public static func screen(_ matrix: ThemeMatrix, title: String, options: DisplayOptions) -> ScreenBuffer {
        let geometry = Geometry(matrix)
        let names = columnNames(matrix)
        let legendWidth = legend(matrix, shades: unicodeShades, glyphs: options.glyphs).reduce(0) { $0 + TextWidth.of($1.text) }
        let width = ([geometry.width, TextWidth.of(title), legendWidth, TextWidth.of(legendNote)] + names.map(TextWidth.of)).max()!
        let namesHeight = names.isEmpty ? 0 : 1 + names.count
        var screen = ScreenBuffer(size: TerminalSize(columns: width, rows: geometry.height(rows: matrix.themes.count) + namesHeight))
        draw(matrix, title: title, into: &screen, in: screen.bounds, options: options)
        var y = geometry.height(rows: matrix.themes.count) + 1
        for line in names {
            screen.write(line, x: 0, y: y, style: .plain, clip: screen.bounds)
            y += 1
        }
        return screen
    }

    /// "Themes by year · 107 statements · Africa · 2020 – 2023": the filters the matrix was made
    /// under, for the command line's title and the dashboard's alike.
    public static func title(_ matrix: ThemeMatrix, regionName: String?, dates: DateBounds, glyphs: Glyphs) -> String {
        var parts = ["Themes by \(matrix.axis.rawValue)", "\(matrix.statementTotal) statement\(matrix.statementTotal == 1 ? "" : "s")"]
        if let regionName { parts.append(regionName) }
        if !dates.isUnbounded {
            parts.append("\(dates.from?.description ?? "start") \(glyphs.rangeDash) \(dates.to?.description ?? "now")")
        }
        return parts.joined(separator: glyphs.separator)
    }

    /// The part of the map a screen shows: a run of theme rows and of columns, and the cell under
    /// the dashboard's cursor. The command line shows it all.
    public struct Window: Hashable, Sendable {
        public var rows: Range<Int>
        public var columns: Range<Int>
        public var cursor: ThemeCell?

        public static func whole(_ matrix: ThemeMatrix) -> Window {
            Window(rows: matrix.themes.indices, columns: matrix.columns.indices, cursor: nil)
        }
    }

    /// Columns of the map: the theme labels, the cells and the totals.
    struct Geometry {
        let labelWidth: Int
        let numberWidth: Int
        let cellWidth: Int
        let totalWidth: Int
        let columnCount: Int

        init(_ matrix: ThemeMatrix) {
            labelWidth = (matrix.themes.map { TextWidth.of($0.label) } + [TextWidth.of(ThemeHeatMap.statementsLabel)]).max()!
            numberWidth = String(matrix.largestCell).count
            let headerWidth = matrix.columns.indices.map { TextWidth.of(ThemeHeatMap.header(of: $0, in: matrix)) }.max() ?? 1
            // At least one shade and a space before the count.
            cellWidth = max(headerWidth, numberWidth + 2)
            totalWidth = max(TextWidth.of(ThemeHeatMap.totalsHeader), String(matrix.statementTotal).count)
            columnCount = matrix.columns.count
        }

        /// Lines a window of `rows` theme rows takes: the title, the header, the rows, the
        /// statements row, a blank line, and the legend's two lines.
        func height(rows: Int) -> Int { 6 + rows }

        /// Columns of cells that fit a width beside the labels and the totals (at least one).
        func columnsFitting(width: Int) -> Int {
            max(1, (width - labelWidth - 2 - totalWidth) / (cellWidth + 1))
        }

        var width: Int { labelWidth + 1 + columnCount * (cellWidth + 1) + 1 + totalWidth }
        /// Where a cell starts, counting columns from the first one shown.
        func cellX(_ shown: Int, from left: Int) -> Int { left + labelWidth + 1 + shown * (cellWidth + 1) }
        func totalX(after shownColumns: Int, from left: Int) -> Int { cellX(shownColumns, from: left) + 1 }
    }

    /// Years head their columns; meetings are numbered and named below the map.
    static func header(of column: Int, in matrix: ThemeMatrix) -> String {
        matrix.axis == .year ? matrix.columns[column].title : String(column + 1)
    }

    /// Draws the window of the map into `rect`: the title, the column headers, a row per theme
    /// shown with its total, the statements row, and the legend. The cursor's cell is in reverse
    /// video with its theme and column underlined, so it shows without colour too.
    public static func draw(_ matrix: ThemeMatrix, title: String, into screen: inout ScreenBuffer, in rect: Rect, options: DisplayOptions,
                            window: Window? = nil) {
        let window = window ?? .whole(matrix)
        let geometry = Geometry(matrix)
        let glyphs = options.glyphs
        let cursor = window.cursor
        func put(_ text: String, _ x: Int, _ y: Int, width: Int, _ style: Style = .plain) {
            guard y < rect.maxY, x < rect.maxX else { return }
            let clip = Rect(x: max(x, rect.x), y: y, width: min(x + width, rect.maxX) - max(x, rect.x), height: 1)
            screen.write(TextWidth.truncate(text, to: width, ellipsis: glyphs.ellipsis), x: x, y: y, style: options.color ? style : style.withoutColor, clip: clip)
        }
        func rightAligned(_ text: String, width: Int) -> String {
            String(repeating: " ", count: max(0, width - TextWidth.of(text))) + text
        }
        func marked(_ style: Style, _ isCursor: Bool) -> Style {
            var marked = style
            marked.underline = isCursor
            return marked
        }
        let totalX = geometry.totalX(after: window.columns.count, from: rect.x)

        var y = rect.y
        put(title, rect.x, y, width: rect.width, .bold)
        y += 1
        for (shown, column) in window.columns.enumerated() {
            put(rightAligned(header(of: column, in: matrix), width: geometry.cellWidth), geometry.cellX(shown, from: rect.x), y, width: geometry.cellWidth,
                marked(.bold, cursor?.column == column))
        }
        put(rightAligned(totalsHeader, width: geometry.totalWidth), totalX, y, width: geometry.totalWidth, .bold)
        y += 1

        let shades = options.ascii ? asciiShades : unicodeShades
        let totals = matrix.themeTotals
        for row in window.rows {
            put(matrix.themes[row].label, rect.x, y, width: geometry.labelWidth, marked(totals[row] == 0 ? .dim : .plain, cursor?.row == row))
            for (shown, column) in window.columns.enumerated() {
                let x = geometry.cellX(shown, from: rect.x)
                let count = matrix.count(theme: row, column: column)
                let level = matrix.level(of: count, levels: shades.count)
                if level == 0 {
                    put(rightAligned(options.ascii ? "." : "·", width: geometry.cellWidth), x, y, width: geometry.cellWidth, .dim)
                } else {
                    let shadeWidth = geometry.cellWidth - geometry.numberWidth - 1
                    put(String(repeating: shades[level - 1], count: shadeWidth), x, y, width: shadeWidth, Style(foreground: shadeColors[level - 1]))
                    put(rightAligned(String(count), width: geometry.numberWidth + 1), x + shadeWidth, y, width: geometry.numberWidth + 1)
                }
                if cursor == ThemeCell(row: row, column: column) {
                    screen.restyle(Rect(x: x, y: y, width: min(geometry.cellWidth, rect.maxX - x), height: 1)) { $0.reverse = true }
                }
            }
            put(rightAligned(String(totals[row]), width: geometry.totalWidth), totalX, y, width: geometry.totalWidth, .bold)
            y += 1
        }

        put(statementsLabel, rect.x, y, width: geometry.labelWidth, .bold)
        for (shown, column) in window.columns.enumerated() {
            put(rightAligned(String(matrix.statementsPerColumn[column]), width: geometry.cellWidth), geometry.cellX(shown, from: rect.x), y,
                width: geometry.cellWidth, .bold)
        }
        put(rightAligned(String(matrix.statementTotal), width: geometry.totalWidth), totalX, y, width: geometry.totalWidth, .bold)
        y += 2

        var x = rect.x
        for entry in legend(matrix, shades: shades, glyphs: glyphs) {
            let width = TextWidth.of(entry.text)
            put(entry.text, x, y, width: width, entry.shade.map { Style(foreground: shadeColors[$0 - 1]) } ?? .dim)
            x += width
        }
        put(legendNote, rect.x, y + 1, width: rect.width, .dim)
    }

    static let legendNote = "statements per cell; one with several themes counts in each of their rows"

    /// Each shade with the counts it stands for ("▒ 3–4"); `legendNote`, below, says what a cell counts.
    static func legend(_ matrix: ThemeMatrix, shades: [String], glyphs: Glyphs) -> [(shade: Int?, text: String)] {
        matrix.levelRanges(levels: shades.count).enumerated().flatMap { index, entry -> [(shade: Int?, text: String)] in
            let (level, counts) = entry
            let range = counts.count == 1 ? String(counts.lowerBound) : "\(counts.lowerBound)\(glyphs.rangeDash)\(counts.upperBound)"
            return (index == 0 ? [] : [(nil, "   ")]) + [(level, shades[level - 1]), (nil, " " + range)]
        }
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

/// A cell of the themes matrix: a theme's row and a year's or meeting's column.
public struct ThemeCell: Hashable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}
