import ArgumentParser
import CoalitionModel
import CoalitionOutput

struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Report what the record does not know yet: missing texts, inexact dates, weak sources, open disputes.",
        discussion: """
        Meetings and sessions without statements, told apart by their textStatus ("not published" against "not found yet", with their textNote); members without an exact join date; records whose every source is weak; records with disputes still open. Each with its count and ids.

        Examples:
          coalition coverage
          coalition coverage --format markdown > coverage.md
          coalition coverage --format json | jq '.textNotFound.entries[].id'
        """
    )

    @OptionGroup var documentFormat: DocumentFormatOption

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let chosenFormat = try documentFormat.chosen()
        let report = CoverageReport(try dataOptions.loadOrExit())
        switch chosenFormat {
        case .text:
            let lines = CoverageReportText.text(report, width: TerminalWidth.current(), ascii: ascii, boldTitles: standardOutputAllowsStyle)
            for line in lines { print(line) }
        case .json: print(try CoverageReportText.json(report))
        case .markdown: for line in CoverageReportText.markdown(report) { print(line) }
        }
    }
}
