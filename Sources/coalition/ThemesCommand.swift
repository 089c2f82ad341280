import ArgumentParser
import CoalitionModel
import CoalitionOutput
import CoalitionTerminal
import CoalitionUI

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "Chart the statements' themes over the years or meeting by meeting, as a heat map.",
        discussion: """
        Each cell counts the statements with that theme in that year (dated by their meeting or session) or in that meeting's or session's text; a statement with several themes counts in each of their rows, and the bottom row counts each statement once. The shades scale to the fullest cell and every cell shows its number, so the map reads without colour (NO_COLOR, --no-color, pipes) and in ASCII (--ascii, or a locale that is not UTF-8).

        JSON adds the statement ids behind every count; CSV is RFC 4180 with years or meeting ids as headers; SVG is the heat map as a picture.

        Examples:
          coalition themes
          coalition themes --region Africa --from 2020
          coalition themes --by meeting --from 2022 --to 2023
          coalition themes --format csv > themes.csv
          coalition themes --format json | jq '.themes[] | select(.theme == "africa") | .counts'
          coalition themes --format svg > themes.svg
        """
    )

    enum Format: String, CaseIterable {
        case text, json, csv, markdown, svg
    }

    @Option(help: ArgumentHelp("Only statements in this UN M49 region, analyst region or country (e.g. Africa, Sahel, NE).", valueName: "name"),
            completion: CompletionLists.regions)
    var region: String?

    @Option(help: ArgumentHelp("Only statements on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only statements on or before this date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("A column per year or per meeting and session.", valueName: "year|meeting"),
            completion: .list(ThemeMatrix.Axis.allCases.map(\.rawValue)))
    var by = ThemeMatrix.Axis.year.rawValue

    @Option(help: ArgumentHelp("text, json, csv, markdown or svg.", valueName: "format"), completion: .list(Format.allCases.map(\.rawValue)))
    var format = Format.text.rawValue

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    @Flag(name: .customLong("no-color"), help: "No colour (also when NO_COLOR is set or output is not a terminal).")
    var noColor = false

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let (axis, chosenFormat) = try reportingUsage { () throws(UsageProblem) in
            (try ThemeMatrix.Axis.named(by, as: "--by value"), try Format.named(format, as: "format"))
        }
        let dates = try reportingUsage { () throws(UsageProblem) in try RecordFilter.dateBounds(from: from, to: to) }
        let dataset = try dataOptions.loadOrExit()
        let regionID = try region.map { typed in try reportingUsage { () throws(UsageProblem) in try RecordFilter.resolveRegion(typed, in: dataset) } }
        let matrix = ThemeMatrix(dataset: dataset, by: axis, region: regionID, dates: dates)
        let environment = ProcessEnvironment.variables
        let noColorRequested = noColor || !(environment["NO_COLOR"] ?? "").isEmpty

        switch chosenFormat {
        case .text:
            let colour = !noColorRequested && standardOutputAllowsStyle
            let options = DisplayOptions(ascii: ascii || !localeIsUTF8(environment: environment), color: colour)
            let screen = ThemeHeatMap.screen(matrix, title: title(matrix, dataset: dataset, regionID: regionID, dates: dates, glyphs: options.glyphs), options: options)
            for line in colour ? ANSIText.lines(screen) : screen.lines { print(line) }
        case .svg:
            let options = DisplayOptions(ascii: ascii, color: !noColorRequested)
            let chartTitle = title(matrix, dataset: dataset, regionID: regionID, dates: dates, glyphs: options.glyphs)
            print(SVGExport.svg(ThemeHeatMap.screen(matrix, title: chartTitle, options: options), title: chartTitle), terminator: "")
        case .json: print(try ThemeMatrixReport.json(matrix, region: regionID, dates: dates))
        case .csv: print(ThemeMatrixReport.csv(matrix), terminator: "")
        case .markdown: for line in ThemeMatrixReport.markdown(matrix) { print(line) }
        }
    }

    private func title(_ matrix: ThemeMatrix, dataset: Dataset, regionID: String?, dates: DateBounds, glyphs: Glyphs) -> String {
        ThemeHeatMap.title(matrix, regionName: regionID.map(dataset.regions.name(of:)), dates: dates, glyphs: glyphs)
    }
}
