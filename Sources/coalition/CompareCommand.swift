import ArgumentParser
import CoalitionModel
import CoalitionOutput

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare the texts of two meetings or Africa Focus Group sessions.",
        discussion: """
        The themes both texts address and those only one does; their statements paired theme by theme, side by side; the members each counted and welcomed (statements on membership, and members whose join date is the meeting's date); and what each said about Africa (the theme, or places in Africa).

        Both records need statements in resolutions.json: an unknown id exits 64 with the nearest one, a record whose text is not held exits 65.

        Examples:
          coalition compare mtg-2014-12-03-brussels mtg-2022-05-11-marrakesh
          coalition compare mtg-2022-05-11-marrakesh afg-2023-03-01-niamey --format markdown > compare.md
          coalition compare mtg-2022-05-11-marrakesh mtg-2023-06-08-riyadh --format json | jq '.themes.onlySecond'
        """
    )

    @Argument(help: ArgumentHelp("The first meeting's or session's id.", valueName: "id"),
              completion: CompletionLists.textIDs)
    var first: String

    @Argument(help: ArgumentHelp("The second meeting's or session's id.", valueName: "id"),
              completion: CompletionLists.textIDs)
    var second: String

    @OptionGroup var documentFormat: DocumentFormatOption

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let chosenFormat = try documentFormat.chosen()
        let dataset = try dataOptions.loadOrExit()
        let comparison: TextComparison
        do {
            comparison = try TextComparison(dataset: dataset, first: first, second: second)
        } catch {
            printError("coalition: \(error)")
            if case .noStatements = error { throw ExitCode(ExitStatus.badData) }
            throw ExitCode(ExitStatus.usage)
        }
        switch chosenFormat {
        case .text:
            let lines = TextComparisonReport.text(comparison, width: TerminalWidth.current() ?? 100, ascii: ascii, boldTitles: standardOutputAllowsStyle)
            for line in lines { print(line) }
        case .json: print(try TextComparisonReport.json(comparison))
        case .markdown: for line in TextComparisonReport.markdown(comparison) { print(line) }
        }
    }
}
