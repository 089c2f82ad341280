import CoalitionModel

/// The themes view: the heat map `coalition themes` prints, scrolled to the cursor's cell, and a
/// line saying what the cell holds and which columns show.
struct ThemesView: Widget {
    let state: AppState

    func draw(_ painter: inout Painter, in rect: Rect) {
        let matrix = state.themeMatrix
        let themes = state.themes
        let visible = ThemesUpdate.visibleCounts(matrix, in: rect)
        let rows = themes.firstRow..<min(matrix.themes.count, themes.firstRow + visible.rows)
        let columns = themes.firstColumn..<min(matrix.columns.count, themes.firstColumn + visible.columns)
        let onACell = matrix.themes.indices.contains(themes.cursor.row) && matrix.columns.indices.contains(themes.cursor.column)
        let window = ThemeHeatMap.Window(rows: rows, columns: columns, cursor: onACell ? themes.cursor : nil)
        let mapArea = Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - 1)
        ThemeHeatMap.draw(matrix, title: state.themeMatrixTitle, into: &painter.screen, in: mapArea, options: painter.options, window: window)
        // By meeting, the lines left below the map name the columns shown, as `coalition themes` does.
        let names = ThemeHeatMap.columnNames(matrix)
        let namesTop = mapArea.y + ThemeHeatMap.Geometry(matrix).height(rows: rows.count) + 1
        for (offset, column) in columns.enumerated() where !names.isEmpty && namesTop + offset < mapArea.maxY - 1 {
            painter.write(names[column], x: rect.x, y: namesTop + offset, width: rect.width, style: column == themes.cursor.column ? .bold : .plain)
        }
        painter.write(cursorLine(matrix, rows: rows, columns: columns, onACell: onACell, glyphs: painter.glyphs),
                      x: rect.x, y: rect.maxY - 1, width: rect.width, style: .bold)
    }

    /// "Africa × 2022: 15 statements · themes 1–12 of 15 · columns 5–13 of 13".
    private func cursorLine(_ matrix: ThemeMatrix, rows: Range<Int>, columns: Range<Int>, onACell: Bool, glyphs: Glyphs) -> String {
        guard onACell else { return "No statements under the filter." }
        let cursor = state.themes.cursor
        let count = matrix.count(theme: cursor.row, column: cursor.column)
        let column = matrix.columns[cursor.column]
        let columnName = matrix.axis == .year ? column.title : "\(column.title) (\(column.date?.description ?? column.key))"
        var parts = ["\(matrix.themes[cursor.row].label) \(glyphs.times) \(columnName): \(count) statement\(count == 1 ? "" : "s")"]
        if rows.count < matrix.themes.count { parts.append("themes \(rows.lowerBound + 1)\(glyphs.rangeDash)\(rows.upperBound) of \(matrix.themes.count)") }
        if columns.count < matrix.columns.count {
            parts.append("columns \(columns.lowerBound + 1)\(glyphs.rangeDash)\(columns.upperBound) of \(matrix.columns.count)")
        }
        return parts.joined(separator: glyphs.separator)
    }
}
