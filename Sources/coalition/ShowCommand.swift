import ArgumentParser
import CoalitionModel
import CoalitionOutput

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one record with everything linked to it and its sources.",
        discussion: """
        Text is the dashboard's detail pane without the frame (wrapped to the terminal, one line a value in a pipe); JSON is the record as the data holds it plus the ids and titles of the records linked to it; Markdown has headings and lists. Ids are in the first column of `coalition list`.

        Examples:
          coalition show mtg-2022-05-11-marrakesh
          coalition show res-2022-05-11-marrakesh-03 --format markdown
          coalition show afg-2023-03-01-niamey --format json | jq '.links[].id'
          coalition show MA
        """
    )

    @Argument(help: ArgumentHelp("The record's id (a meeting, resolution, session or member).", valueName: "id"),
              completion: CompletionLists.ids)
    var id: String

    @OptionGroup var documentFormat: DocumentFormatOption

    @Flag(help: "Mark lists with ASCII characters only.")
    var ascii = false

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let chosenFormat = try documentFormat.chosen()
        let dataset = try dataOptions.loadOrExit()
        let detail = try reportingUsage { () throws(UsageProblem) in try RecordPresentation.named(id, in: dataset) }
        switch chosenFormat {
        case .text:
            let lines = RecordDetailText.lines(detail, width: TerminalWidth.current(), ascii: ascii, boldTitle: standardOutputAllowsStyle)
            for line in lines { print(line) }
        case .json: print(try RecordJSON.text(RecordDetailJSON(detail)))
        case .markdown: for line in RecordDetailMarkdown.lines(detail) { print(line) }
        }
    }
}
