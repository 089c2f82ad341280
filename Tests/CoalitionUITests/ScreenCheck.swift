import CoalitionModel
import CoalitionUI

/// Structural checks that hold for every screen, whatever it shows.
enum ScreenCheck {
    /// Rows whose cells do not add up to exactly the screen's width.
    static func rowsOfWrongWidth(_ screen: ScreenBuffer) -> [Int] {
        (0..<screen.size.rows).filter { row in
            var width = 0
            var column = 0
            while column < screen.size.columns {
                let cell = screen[column, row]
                let cellWidth = cell.isContinuation ? 0 : TextWidth.of(cell.text)
                // A continuation must follow a two-column character, and a two-column character must own its right half.
                if cell.isContinuation && (column == 0 || TextWidth.of(screen[column - 1, row].text) != 2) { return true }
                if cellWidth == 2 && (column + 1 >= screen.size.columns || !screen[column + 1, row].isContinuation) { return true }
                width += cellWidth == 2 ? 2 : cellWidth
                column += cellWidth == 2 ? 2 : 1
            }
            return width != screen.size.columns
        }
    }

    /// Cells holding a C0 or C1 control character or DEL, which a terminal would act on.
    static func controlCells(_ screen: ScreenBuffer) -> [(x: Int, y: Int)] {
        var found: [(Int, Int)] = []
        for row in 0..<screen.size.rows {
            for column in 0..<screen.size.columns
            where screen[column, row].text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                found.append((column, row))
            }
        }
        return found
    }

    /// Box outlines that are not closed: a corner or a side missing where the layout put a box.
    static func openBoxes(_ screen: ScreenBuffer, layout: Layout, glyphs: Glyphs) -> [Rect] {
        let boxes = layout.panes.map(\.rect) + (layout.detail.map { [$0] } ?? [])
        return boxes.filter { rect in
            guard rect.width >= 2, rect.height >= 2 else { return false }
            let corners = [
                (rect.x, rect.y, glyphs.topLeft), (rect.maxX - 1, rect.y, glyphs.topRight),
                (rect.x, rect.maxY - 1, glyphs.bottomLeft), (rect.maxX - 1, rect.maxY - 1, glyphs.bottomRight),
            ]
            let sides = (rect.y + 1..<rect.maxY - 1).flatMap { row in [(rect.x, row, glyphs.vertical), (rect.maxX - 1, row, glyphs.vertical)] }
            return (corners + sides).contains { screen[$0.0, $0.1].text != $0.2 }
        }
    }
}
