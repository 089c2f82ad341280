import ArgumentParser
import CoalitionModel
import CoalitionOutput

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the records by kind, year, region and theme, with small bar charts.",
        discussion: """
        The keys JSON uses are the names the options take (meeting kinds, themes, region ids).

        Examples:
          coalition stats
          coalition stats --ascii
          coalition stats --format markdown > stats.md
          coalition stats --format json | jq '.resolutionsByTheme'
        """
    )

    @OptionGroup var documentFormat: DocumentFormatOption

    @Flag(help: "Draw the bars with ASCII characters only.")
    var ascii = false

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let chosenFormat = try documentFormat.chosen()
        let statistics = Statistics(try dataOptions.loadOrExit())
        switch chosenFormat {
        case .text: for line in StatisticsReport.text(statistics, ascii: ascii, boldTitles: standardOutputAllowsStyle) { print(line) }
        case .json: print(try StatisticsReport.json(statistics))
        case .markdown: for line in StatisticsReport.markdown(statistics, ascii: ascii) { print(line) }
        }
    }
}
