import CoalitionModel
import CoalitionTestSupport
@testable import CoalitionUI
import Testing

/// The themes view: the cursor over the matrix, Enter listing a cell's statements and Esc coming
/// back to the same cell, the region filter, the axis, and small screens.
@Suite struct ThemesViewTests {
    static func themes(_ columns: Int = 120, _ rows: Int = 40, options: DisplayOptions = DisplayOptions()) -> AppState {
        var state = AppState.fixture(columns, rows, options: options)
        state.press(.character(Pane.themesDigit))
        return state
    }

    /// Moves the cursor onto a cell with the arrows, as a user would.
    static func moveCursor(to cell: ThemeCell, _ state: inout AppState) {
        state.press(.character("g"))
        for _ in 0..<cell.row { state.press(.down) }
        for _ in 0..<state.themes.cursor.column { state.press(.left) }
        for _ in 0..<cell.column { state.press(.right) }
    }

    private var africa: Int { Theme.allCases.firstIndex(of: .africa)! }

    @Test func sixOpensTheMatrixAndEscOrSixReturns() {
        var state = Self.themes()
        #expect(state.view == .themes && KeyMode.of(state) == .themes)
        #expect(state.screenText.contains("Themes by year · 6 statements"))
        state.press(.escape)
        #expect(state.view == .browse)
        state.press(.character(Pane.themesDigit))
        state.press(.character(Pane.themesDigit))
        #expect(state.view == .browse)
    }

    @Test func arrowsAndHjklMoveTheCursorAndStopAtTheEdges() {
        var state = Self.themes()
        #expect(state.themes.cursor == ThemeCell(row: 0, column: 0))
        state.press(.down, .character("j"), .right, .character("l"))
        #expect(state.themes.cursor == ThemeCell(row: 2, column: 2))
        state.press(.up, .character("h"))
        #expect(state.themes.cursor == ThemeCell(row: 1, column: 1))
        state.press(.left, .left, .up, .up)
        #expect(state.themes.cursor == ThemeCell(row: 0, column: 0))
        state.press(.character("G"))
        #expect(state.themes.cursor.row == Theme.allCases.count - 1)
        for _ in 0..<30 { state.press(.right) }
        #expect(state.themes.cursor.column == state.themeMatrix.columns.count - 1)
    }

    @Test func enterListsTheCellsStatementsAndEscComesBackToTheSameCell() throws {
        var state = Self.themes()
        let matrix = state.themeMatrix
        let column = try #require(matrix.columns.firstIndex { $0.key == "2022" })
        Self.moveCursor(to: ThemeCell(row: africa, column: column), &state)
        state.press(.enter)
        #expect(state.view == .browse && state.pane == .resolutions && state.focus == .list)
        #expect(state.themeCellFilter?.statementIDs == ["res-2022-05-11-marrakesh-01"])
        #expect(state.rows(.resolutions).map { state.dataset.resolutions[$0].id } == ["res-2022-05-11-marrakesh-01"])
        #expect(state.screenText.contains("Themes: Africa × 2022"))
        #expect(state.screenText.contains("1 of 6 resolutions"))
        // Into the detail and out, then out of the listing: the matrix on the same cell.
        state.press(.enter)
        #expect(state.focus == .detail)
        state.press(.escape)
        #expect(state.view == .browse && state.themeCellFilter != nil)
        state.press(.escape)
        #expect(state.view == .themes)
        #expect(state.themes.cursor == ThemeCell(row: africa, column: column))
        #expect(state.themeCellFilter == nil && state.rows(.resolutions).count == 6)
    }

    @Test func enterOnAnEmptyCellSaysSoAndStays() {
        var state = Self.themes()
        Self.moveCursor(to: ThemeCell(row: 0, column: 1), &state)
        #expect(state.themeMatrix.count(theme: 0, column: 1) == 0)
        state.press(.enter)
        #expect(state.view == .themes && state.themeCellFilter == nil)
        #expect(state.message == "no statements on prevention in 2015")
        #expect(state.screenText.contains("no statements on prevention in 2015"))
        state.press(.down)
        #expect(state.message == nil, "a message lasts until the next key")
    }

    @Test func theRegionFilterApplies() {
        var state = Self.themes()
        Update.perform(.filterRegion("africa"), &state)
        // Marrakesh's and Niamey's statements on Africa, and the one on the whole world.
        #expect(state.themeMatrix.statementTotal == 3)
        #expect(state.screenText.contains("Themes by year · 3 statements · Africa"))
    }

    /// The fixture with its statement on the whole world placed in Iraq, so no statement concerns
    /// France or lies there.
    static let withoutWorldStatements: Dataset = {
        let files = Fixture.files.map { file in
            (file.name, file.name == "resolutions.json" ? file.text.replacing(#""regions": ["world"]"#, with: #""regions": ["IQ"]"#) : file.text)
        }
        return try! loadDataFolder(files).dataset!
    }()

    @Test func anEmptyMatrixUnderARegionFilterDrawsAndSaysSo() {
        var state = AppState(dataset: Self.withoutWorldStatements, size: TerminalSize(columns: 80, rows: 24))
        state.press(.character(Pane.themesDigit))
        Update.perform(.filterRegion("FR"), &state)
        #expect(state.themeMatrix.columns.isEmpty && state.themeMatrix.statementTotal == 0)
        #expect(state.screenText.contains("No statements under the filter."))
        state.press(.right, .down, .enter)
        #expect(state.view == .themes && state.message == "no statements to list under the filter")
        Update.perform(.clearRegion, &state)
        #expect(state.themes.cursor == ThemeCell(row: 1, column: 0))
    }

    @Test func theDateFilterAppliesAndDropsAListedCell() {
        var state = Self.themes()
        Self.moveCursor(to: ThemeCell(row: africa, column: 8), &state)
        state.press(.enter)
        Update.perform(.filterDates(DateBounds(from: PartialDate("2022"))), &state)
        #expect(state.themeCellFilter == nil)
        state.press(.character(Pane.themesDigit))
        #expect(state.themeMatrix.columns.map(\.key) == ["2022", "2023"])
        #expect(state.screenText.contains("Themes by year · 4 statements · 2022 – now"))
    }

    @Test func xClearsAListedCellWithTheOtherFilters() {
        var state = Self.themes()
        Self.moveCursor(to: ThemeCell(row: africa, column: 8), &state)
        state.press(.enter, .character("x"))
        #expect(state.themeCellFilter == nil && state.rows(.resolutions).count == 6)
    }

    @Test func aRegionChosenWhileACellIsListedDropsTheCell() {
        var state = Self.themes()
        Self.moveCursor(to: ThemeCell(row: africa, column: 8), &state)
        state.press(.enter)
        #expect(state.themeCellFilter != nil)
        Update.perform(.filterRegion("asia"), &state)
        #expect(state.themeCellFilter == nil)
        #expect(!state.screenText.contains("Themes: "))
    }

    @Test func bSwitchesToAColumnPerMeetingAndBack() {
        var state = Self.themes()
        state.press(.right, .right)
        state.press(.character("b"))
        #expect(state.themes.axis == .meeting && state.themes.cursor.column == 0)
        #expect(state.themeMatrix.columns.map(\.key) == ["mtg-2014-12-03-brussels", "mtg-2022-05-11-marrakesh", "afg-2023-03-01-niamey", "mtg-2023-06-08-tokyo"])
        #expect(state.screenText.contains("Themes by meeting"))
        #expect(state.screenText.contains("Brussels ministerial (2014-12-03)"))
        #expect(state.screenText.contains("2  2022-05-11  Marrakesh ministerial"), "the columns named below the map")
        state.press(.character("b"))
        #expect(state.themes.axis == .year)
    }

    /// Eighty columns hold nine of the fixture's ten years; the view scrolls to the cursor and says
    /// which themes and columns show.
    @Test func aSmallScreenScrollsColumnsAndRowsToTheCursor() {
        var state = Self.themes(80, 16)
        #expect(state.screenText.contains("prevention × 2014: 0 statements · themes 1–7 of 14 · columns 1–9 of 10"))
        for _ in 0..<9 { state.press(.right) }
        #expect(state.themes.firstColumn == 1)
        #expect(state.screenText.contains("columns 2–10 of 10"))
        state.press(.character("G"))
        #expect(state.themes.firstRow > 0)
        let lines = state.screenText.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains { $0.hasPrefix("coordination") })
        #expect(!lines.contains { $0.hasPrefix("prevention") })
    }

    @Test func tinyScreensDrawWithoutTrapping() {
        for (columns, rows) in [(1, 1), (39, 9), (40, 10), (41, 11)] {
            var state = Self.themes(columns, rows)
            state.press(.character("G"), .right, .enter)
            _ = state.screenText
        }
    }

    @Test func tabAndDigitsLeaveForTheLists() {
        var state = Self.themes()
        state.press(.tab)
        #expect(state.view == .browse)
        state.press(.character(Pane.themesDigit), .character("2"))
        #expect(state.view == .browse && state.pane == .resolutions)
        state.press(.character(Pane.themesDigit), .character(Pane.timelineDigit))
        #expect(state.view == .timeline)
    }
}
