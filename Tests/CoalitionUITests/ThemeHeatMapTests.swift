import CoalitionModel
import CoalitionTestSupport
import CoalitionUI
import Testing

@Suite("themes heat map: shades, counts, totals and legend, in Unicode, ASCII, colour and none")
struct ThemeHeatMapTests {
    private let byYear = ThemeMatrix(dataset: Fixture.dataset, by: .year)
    private let byMeeting = ThemeMatrix(dataset: Fixture.dataset, by: .meeting)

    @Test func goldens() throws {
        try Golden.check(ThemeHeatMap.screen(byYear, title: "Themes by year", options: DisplayOptions()), named: "themes-by-year")
        try Golden.check(ThemeHeatMap.screen(byMeeting, title: "Themes by meeting", options: DisplayOptions(ascii: true, color: false)), named: "themes-by-meeting-ascii")
    }

    /// Every theme row ends with its total and every cell shows its number, so no reading rests on
    /// shade or colour.
    @Test func rowsCarryTheirCountsAndTotals() {
        let lines = ThemeHeatMap.screen(byYear, title: "t", options: DisplayOptions(color: false)).lines
        for (row, theme) in byYear.themes.enumerated() {
            let line = lines[2 + row]
            #expect(line.hasPrefix(theme.label))
            let numbers = line.dropFirst(theme.label.count).split(separator: " ").compactMap { Int($0) }
            let cells = byYear.columns.indices.map { byYear.count(theme: row, column: $0) }.filter { $0 > 0 }
            #expect(numbers == cells + [byYear.themeTotals[row]], "\(theme)")
        }
        let statements = lines[2 + byYear.themes.count].split(separator: " ").compactMap { Int($0) }
        #expect(statements == byYear.statementsPerColumn + [byYear.statementTotal])
    }

    @Test func asciiHasNoOtherCharacters() {
        let screen = ThemeHeatMap.screen(byMeeting, title: "Themes by meeting", options: DisplayOptions(ascii: true, color: false))
        let text = screen.lines.joined()
        // The fixture's own titles carry CJK and emoji; the map's own characters must all be ASCII.
        let titles = Set(byMeeting.columns.flatMap { $0.title.unicodeScalars })
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII || titles.contains($0) })
        #expect(text.contains("#"))
    }

    @Test func colourOnlyWhenAskedAndOnlyOnShades() {
        let coloured = ThemeHeatMap.screen(byYear, title: "t", options: DisplayOptions(color: true))
        let plain = ThemeHeatMap.screen(byYear, title: "t", options: DisplayOptions(color: false))
        #expect(plain.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        let colouredCells = coloured.cells.filter { $0.style.foreground != nil }
        #expect(!colouredCells.isEmpty)
        #expect(colouredCells.allSatisfy { ["░", "▒", "▓", "█"].contains($0.text) })
        #expect(coloured.lines == plain.lines)
    }

    @Test func theScreenHoldsEveryLine() {
        let title = String(repeating: "T", count: 200)
        let screen = ThemeHeatMap.screen(byMeeting, title: title, options: DisplayOptions())
        #expect(screen.size.columns == 200)
        #expect(screen.lines.last?.hasSuffix(byMeeting.columns.last!.title) == true)
        #expect(screen.lines.contains { $0.contains("statements per cell") })
    }

    @Test func anEmptyMatrixStillDraws() {
        let empty = ThemeMatrix(dataset: Fixture.dataset, by: .year, dates: DateBounds(from: PartialDate("2100")))
        let lines = ThemeHeatMap.screen(empty, title: "nothing", options: DisplayOptions()).lines
        #expect(lines[2 + empty.themes.count].hasPrefix("statements"))
    }

    @Test func ansiTextKeepsTheTextAndMarksStyles() {
        let screen = ThemeHeatMap.screen(byYear, title: "Themes", options: DisplayOptions())
        let ansi = ANSIText.lines(screen)
        let stripped = ansi.map { $0.replacing(/\x1B\[[0-9;]*m/, with: "") }
        #expect(stripped == screen.lines)
        #expect(ansi[0].hasPrefix("\u{1B}[0m\u{1B}[1mThemes") && ansi[0].hasSuffix("\u{1B}[0m"))
        #expect(ansi.contains { $0.contains(/\x1B\[0m\x1B\[3[0-7]m[░▒▓█]+\x1B\[0m/) })
    }

    @Test func svgDrawsTheSameCells() {
        let screen = ThemeHeatMap.screen(byYear, title: "Themes by year", options: DisplayOptions())
        let svg = SVGExport.svg(screen, title: "Themes by year")
        #expect(svg.contains("<title>Themes by year</title>"))
        // The fixture's largest cell is 2: level 2 (▒) for a 1, level 4 (█) for a 2.
        #expect(svg.contains(">▒▒</text>") && svg.contains(">██</text>"))
    }
}

@Suite("timeline as a picture: the chart's own screen")
struct TimelinePictureTests {
    private let model = TimelineModel(dataset: Fixture.dataset, region: nil)

    @Test func theChartKeepsItsColoursForSVG() {
        let screen = TimelineReport.chartScreen(model, width: 100, filtered: false, options: DisplayOptions())
        #expect(screen.size.columns == 100)
        let laneColours = Set(screen.cells.compactMap(\.style.foreground))
        #expect(laneColours.count >= 2)
        let svg = SVGExport.svg(screen, title: "timeline")
        #expect(svg.contains("Timeline"))
    }

    /// Narrow, the chart is the list grouped by year: a bold line per year, then its events.
    @Test func narrowPicturesAreTheYearList() {
        let screen = TimelineReport.chartScreen(model, width: 40, filtered: false, options: DisplayOptions())
        let years = Set(model.chronological.map(\.date.year))
        #expect(screen.size.rows == model.chronological.count + years.count)
        #expect(screen.lines.allSatisfy { TextWidth.of($0) <= 40 })
        #expect(screen[0, 0].style.bold && screen.lines[0].hasPrefix(String(years.min()!)))
    }

    /// `coalition themes` with no --width: the shipped data's thirteen years fit a 100-column terminal.
    @Test func theShippedDataByYearFitsAHundredColumns() throws {
        let shipped = try #require(DatasetLoader.load(directory: shippedDataFolder).dataset)
        let matrix = ThemeMatrix(dataset: shipped, by: .year)
        #expect(matrix.columns.count >= 13)
        let screen = ThemeHeatMap.screen(matrix, title: ThemeHeatMap.title(matrix, regionName: nil, dates: DateBounds(), glyphs: .unicode),
                                         options: DisplayOptions())
        #expect(screen.size.columns <= 100)
        #expect(screen.lines.allSatisfy { TextWidth.of($0) <= 100 })
    }
}
