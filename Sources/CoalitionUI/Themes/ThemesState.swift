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
    /// The state's filters as the themes matrix takes them: the one place they reach it, so a
    /// further filter (a date range) is wired here alone.
    var themeFilters: (region: String?, dates: DateBounds) { (regionFilter, dateBounds) }

    /// The themes view's matrix under the state's filters.
    public var themeMatrix: ThemeMatrix {
        let filters = themeFilters
        return data.themeMatrix(by: themes.axis, region: filters.region, dates: filters.dates)
    }

    /// The themes view's title: the matrix and the filters it was made under.
    public var themeMatrixTitle: String {
        let filters = themeFilters
        return ThemeHeatMap.title(themeMatrix, regionName: filters.region.map(dataset.regions.name(of:)), dates: filters.dates, glyphs: options.glyphs)
    }
}
