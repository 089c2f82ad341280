import CoalitionModel

/// What the keys do while the themes matrix shows.
enum ThemesUpdate {
    /// Handles the actions that mean something else on the matrix; false leaves the action to the
    /// lists (pane switches, region filter, help, quit).
    static func perform(_ action: Action, _ state: inout AppState) -> Bool {
        let matrix = state.themeMatrix
        switch action {
        case .moveUp: state.themes.cursor.row -= 1
        case .moveDown: state.themes.cursor.row += 1
        case .moveLeft: state.themes.cursor.column -= 1
        case .moveRight: state.themes.cursor.column += 1
        case .top: state.themes.cursor.row = 0
        case .bottom: state.themes.cursor.row = matrix.themes.count - 1
        case .toggleThemeAxis:
            state.themes.axis = state.themes.axis == .year ? .meeting : .year
            state.themes.cursor.column = 0
            state.themes.firstColumn = 0
        case .open: listCell(matrix, &state)
        case .back, .toggleThemes: state.view = .browse
        default: return false
        }
        return true
    }

    /// Opens the themes view where it was left; a cell listed before is no longer listed.
    static func show(_ state: inout AppState) {
        state.setThemeCellFilter(nil)
        state.view = .themes
        state.overlay = nil
    }

    /// Enter on a cell: the resolutions pane, narrowed to the cell's statements.
    private static func listCell(_ matrix: ThemeMatrix, _ state: inout AppState) {
        let cursor = state.themes.cursor
        guard matrix.themes.indices.contains(cursor.row), matrix.columns.indices.contains(cursor.column) else {
            state.message = "no statements to list under the filter"
            return
        }
        let theme = matrix.themes[cursor.row]
        let column = matrix.columns[cursor.column].title
        let statements = matrix.statements[cursor.row][cursor.column]
        guard !statements.isEmpty else {
            state.message = "no statements on \(theme.label) in \(column)"
            return
        }
        state.setThemeCellFilter(ThemeCellFilter(theme: theme, column: column, statementIDs: statements))
        Update.show(.resolutions, &state)
    }

    /// Theme rows the view shows at once, and columns: the map less its fixed lines and the
    /// cursor's line below it.
    static func visibleCounts(_ matrix: ThemeMatrix, in area: Rect) -> (rows: Int, columns: Int) {
        let geometry = ThemeHeatMap.Geometry(matrix)
        return (max(1, area.height - geometry.height(rows: 0) - 1), geometry.columnsFitting(width: area.width))
    }

    /// Keeps the cursor on a cell of the matrix (which changes with the filters and the axis) and
    /// scrolls so it shows.
    static func keepCursorVisible(_ state: inout AppState) {
        guard state.view == .themes else { return }
        let matrix = state.themeMatrix
        var themes = state.themes
        themes.cursor.row = clamp(themes.cursor.row, 0, matrix.themes.count - 1)
        themes.cursor.column = clamp(themes.cursor.column, 0, matrix.columns.count - 1)
        let area = Layout(for: state).report ?? Rect(x: 0, y: 0, width: state.size.columns, height: state.size.rows)
        let visible = visibleCounts(matrix, in: area)
        themes.firstRow = scrolled(themes.firstRow, toShow: themes.cursor.row, window: visible.rows, count: matrix.themes.count)
        themes.firstColumn = scrolled(themes.firstColumn, toShow: themes.cursor.column, window: visible.columns, count: matrix.columns.count)
        state.themes = themes
    }

    /// The least scroll that shows `position` in a window of `window` out of `count`.
    static func scrolled(_ first: Int, toShow position: Int, window: Int, count: Int) -> Int {
        var first = first
        if position < first { first = position }
        if position >= first + window { first = position - window + 1 }
        return clamp(first, 0, max(0, count - window))
    }
}
