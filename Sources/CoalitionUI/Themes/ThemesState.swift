import CoalitionModel

/// The themes view's cursor and scroll: which cell is chosen, which columns the matrix has, and the
/// first theme row and column the screen shows.
public struct ThemesState: Hashable, Sendable {
    public var axis: ThemeMatrix.Axis = .year
    public var cursor = ThemeCell(row: 0, column: 0)
    public var firstRow = 0
    public var firstColumn = 0
}

/// The resolutions pane narrowed to one cell of the themes matrix, after Enter on it.
public struct ThemeCellFilter: Hashable, Sendable {
    public var theme: Theme
    /// The year or the meeting's title, as the matrix heads the column.
    public var column: String
    public var statementIDs: [String]
}

extension AppState {
    /// The themes view's matrix under the state's filters: the one place they reach it, so a
    /// further filter is one more argument here.
    public var themeMatrix: ThemeMatrix {
        data.themeMatrix(by: themes.axis, region: regionFilter, dates: DateBounds())
    }

    /// The themes view's title: the matrix and the filters it was made under.
    public var themeMatrixTitle: String {
        ThemeHeatMap.title(themeMatrix, regionName: regionFilter.map(dataset.regions.name(of:)), dates: DateBounds(), glyphs: options.glyphs)
    }
}
