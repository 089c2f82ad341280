import ArgumentParser
import CoalitionModel
import CoalitionOutput

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List meetings, resolutions, Africa Focus Group sessions or members as a table, JSON, CSV or Markdown.",
        discussion: """
        The table fits the terminal (long titles are cut); in a pipe nothing is cut. JSON is the records as the data files hold them; CSV follows RFC 4180 (a header row, CRLF line ends).

        --kind takes meeting kinds (\(MeetingKind.allCases.map(\.rawValue).joined(separator: ", "))) or member kinds (\(MemberKind.allCases.map(\.rawValue).joined(separator: ", "))).

        --theme takes resolution themes (\(Theme.allCases.map(\.rawValue).joined(separator: ", "))).

        --from and --to take YYYY, YYYY-MM or YYYY-MM-DD; a resolution is dated by its meeting or session, a member by when it joined. --region takes the names `coalition regions` prints; --search looks where the dashboard's / does.

        Examples:
          coalition list meetings
          coalition list meetings --kind ministerial --from 2020 --format markdown
          coalition list resolutions --theme africa --region "Western Africa"
          coalition list members --kind organisation --format csv > organisations.csv
          coalition list resolutions --search priority --format json | jq '.[].id'
        """
    )

    @Argument(help: ArgumentHelp("meetings, resolutions, sessions or members.", valueName: "records"),
              completion: .list(RecordType.allCases.map(\.rawValue)))
    var records: String

    @Option(help: ArgumentHelp("Only records in this UN M49 region or country (e.g. Africa, \"Western Asia\", NE).", valueName: "name"))
    var region: String?

    @Option(help: ArgumentHelp("Only this meeting or member kind; repeat for several.", valueName: "kind"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("Only resolutions with this theme; repeat for several.", valueName: "theme"),
            completion: .list(Theme.allCases.map(\.rawValue)))
    var theme: [String] = []

    @Option(help: ArgumentHelp("Only records on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only records on or before this date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Only records containing this text (any case).", valueName: "text"))
    var search: String?

    @Option(help: ArgumentHelp("table, json, csv or markdown.", valueName: "format"),
            completion: .list(OutputFormat.allCases.map(\.rawValue)))
    var format = OutputFormat.table.rawValue

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let (type, chosenFormat) = try reportingUsage { () throws(UsageProblem) in
            (try RecordType.named(records, as: "record type"), try OutputFormat.named(format, as: "format"))
        }
        let dataset = try dataOptions.loadOrExit(showing: type.dataFiles(format: chosenFormat))
        let filter = try reportingUsage { () throws(UsageProblem) in
            try RecordFilter(for: type, in: dataset, region: region, kinds: kind, themes: theme, from: from, to: to, search: search)
        }
        let listed = filter.records(type, in: dataset)
        switch chosenFormat {
        case .table:
            let table = RecordTable.table(listed, in: dataset)
            for line in TableWriter.lines(table, width: TerminalWidth.current(), boldHeader: standardOutputAllowsStyle) { print(line) }
        case .json: print(try RecordJSON.text(listed))
        case .csv: print(CSVWriter.text(RecordTable.table(listed, in: dataset)), terminator: "")
        case .markdown: for line in MarkdownWriter.table(RecordTable.table(listed, in: dataset)) { print(line) }
        }
    }
}
