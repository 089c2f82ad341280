import CoalitionModel

/// One terminal cell: a grapheme cluster and its style. The cell right of a wide character holds
/// `continuation`, so the grid and the terminal agree on columns.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public static let blank = Cell(text: " ", style: .plain)
    public static let continuation = Cell(text: "", style: .plain)

    public var isContinuation: Bool { text.isEmpty }
}

/// Cells that show a web address a terminal may make clickable (OSC 8), all on one row.
public struct Hyperlink: Hashable, Sendable {
    public var link: WebLink
    public var x: Int
    public var y: Int
    public var width: Int
}

/// An in-memory screen that rendering draws into; the terminal layer copies it to the terminal,
/// tests and `render` read it as text. Drawing outside it is clipped, never an error.
public struct ScreenBuffer: Sendable {
    public let size: TerminalSize
    public private(set) var cells: [Cell]
    /// Where web addresses are drawn, for the terminal layer's hyperlinks; text and tests ignore it.
    public private(set) var hyperlinks: [Hyperlink] = []

    public init(size: TerminalSize) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.columns * size.rows)
    }

    /// Marks cells as showing a web address; clipped to the screen.
    mutating func addHyperlink(_ link: WebLink, x: Int, y: Int, width: Int) {
        let start = max(0, x)
        let end = min(size.columns, x + width)
        guard y >= 0, y < size.rows, end > start else { return }
        hyperlinks.append(Hyperlink(link: link, x: start, y: y, width: end - start))
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.columns, height: size.rows) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.columns + x] }
        set { cells[y * size.columns + x] = newValue }
    }

    /// Writes text from (x, y), clipped to `clip`; returns the number of columns written.
    /// Each character is drawn as the cells `TextWidth` gives for it, which the terminal layer
    /// draws unchanged, so `render` and the live screen show the same. Text from data files is
    /// already sanitized; control characters are dropped here as a last guard.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard y >= area.y, y < area.maxY, y >= 0, y < size.rows else { return 0 }
        let right = min(area.maxX, size.columns)
        var column = x
        var full = false
        for character in text {
            if full || column >= right { break }
            if let ascii = character.asciiValue {
                guard ascii >= 0x20 && ascii < 0x7F else { continue }
                if column >= area.x && column >= 0 {
                    clearWideNeighbours(x: column, y: y, width: 1)
                    self[column, y] = Cell(text: String(character), style: style)
                }
                column += 1
                continue
            }
            TextWidth.forEachCell(of: character) { cell, width in
                if full { return }
                if width == 0 {
                    // A zero-width cell joins the cell before it, up to what a terminal cell holds.
                    if column > max(x, area.x), column - 1 < right {
                        var previous = column - 1
                        while previous > 0, self[previous, y].isContinuation { previous -= 1 }
                        if self[previous, y].text.unicodeScalars.count + cell.unicodeScalars.count <= TextWidth.maximumScalarsPerCell {
                            self[previous, y].text.append(cell)
                        }
                    }
                    return
                }
                if column + width > right {
                    full = true
                    return
                }
                if column >= area.x && column >= 0 {
                    clearWideNeighbours(x: column, y: y, width: width)
                    self[column, y] = Cell(text: cell, style: style)
                    if width == 2 { self[column + 1, y] = Cell(text: "", style: style) }
                }
                column += width
            }
        }
        return max(0, column - x)
    }

    /// `count` copies of `character` from (x, y): the same cells as `write` of the repeated text,
    /// with the character's cell worked out once rather than once a copy (box borders are most
    /// of the text a frame draws).
    mutating func write(repeating character: String, count: Int, x: Int, y: Int, style: Style) {
        var cells: [(text: String, width: Int)] = []
        if character.count == 1, let only = character.first {
            if let ascii = only.asciiValue {
                if ascii >= 0x20 && ascii < 0x7F { cells = [(character, 1)] }
            } else {
                TextWidth.forEachCell(of: only) { cells.append(($0, $1)) }
            }
        }
        guard cells.count == 1, cells[0].width == 1 else {
            write(String(repeating: character, count: max(0, count)), x: x, y: y, style: style)
            return
        }
        let start = max(0, x)
        let end = min(x + count, size.columns)
        guard y >= 0, y < size.rows, start < end else { return }
        for column in start..<end {
            clearWideNeighbours(x: column, y: y, width: 1)
            self[column, y] = Cell(text: cells[0].text, style: style)
        }
    }

    /// Overwriting half of a wide character blanks its other half.
    private mutating func clearWideNeighbours(x: Int, y: Int, width: Int) {
        if self[x, y].isContinuation, x > 0 { self[x - 1, y] = .blank }
        let after = x + width
        if after < size.columns, self[after, y].isContinuation { self[after, y] = .blank }
    }

    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let clipped = Rect(x: max(0, rect.x), y: max(0, rect.y), width: min(rect.maxX, size.columns) - max(0, rect.x), height: min(rect.maxY, size.rows) - max(0, rect.y))
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            // A wide character cut by either edge loses its other half too.
            if self[clipped.x, row].isContinuation, clipped.x > 0 { self[clipped.x - 1, row] = .blank }
            if clipped.maxX < size.columns, self[clipped.maxX, row].isContinuation { self[clipped.maxX, row] = .blank }
            for column in clipped.x..<clipped.maxX {
                self[column, row] = Cell(text: String(character), style: style)
            }
        }
    }

    /// Applies a style change to every cell of a rectangle (for selection bars).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let clipped = Rect(x: max(0, rect.x), y: max(0, rect.y), width: min(rect.maxX, size.columns) - max(0, rect.x), height: min(rect.maxY, size.rows) - max(0, rect.y))
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX { change(&self[column, row].style) }
        }
    }

    /// The screen as plain text, one line a row, trailing spaces removed.
    public var lines: [String] {
        (0..<size.rows).map { row in
            var line = ""
            for column in 0..<size.columns { line += self[column, row].text }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    public var plainText: String { lines.joined(separator: "\n") }
}
