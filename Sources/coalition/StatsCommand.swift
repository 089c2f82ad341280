import ArgumentParser
import CoalitionModel
import CoalitionOutput

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the records by kind, year, region and theme, with small bar charts.",
        discussion: """
        The keys JSON uses are the names the options take (meeting kinds, themes, region ids).

        --region counts only the records `list --region` shows: those in the region and those about an area above it as a whole. It takes the names `coalition regions` prints, M49 areas, countries and analyst regions. The member totals sources state are the whole Coalition's, so under --region the "stated" column is left empty.

        Examples:
          coalition stats
          coalition stats --ascii
          coalition stats --region Sahel
          coalition stats --format markdown > stats.md
          coalition stats --format json | jq '.resolutionsByTheme'
        """
    )

    @OptionGroup var documentFormat: DocumentFormatOption

    @OptionGroup var regionOption: RegionOption

    @Flag(help: "Draw the bars with ASCII characters only.")
    var ascii = false

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let chosenFormat = try documentFormat.chosen()
        let dataset = try dataOptions.loadOrExit()
        let statistics = Statistics(dataset, region: try regionOption.resolved(in: dataset))
        switch chosenFormat {
        case .text: for line in StatisticsReport.text(statistics, ascii: ascii, boldTitles: standardOutputAllowsStyle) { print(line) }
        case .json: print(try StatisticsReport.json(statistics))
        case .markdown: for line in StatisticsReport.markdown(statistics, ascii: ascii) { print(line) }
        }
    }
}
