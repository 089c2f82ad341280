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

        --from and --to take YYYY, YYYY-MM or YYYY-MM-DD; a record is kept when any day it could mean lies within them, a resolution dated by its meeting or session. A member is dated by when it joined: one a source dates is kept as a meeting is; one known only to have joined "by" a date (or between two) is kept only when every day it could have joined on lies within the bounds (the Coalition formed in September 2014), so --from 2014 --to 2014 leaves out a member known only to have joined "by 2018-02".

        --region takes the names `coalition regions` prints, M49 areas, countries and analyst regions (Sahel, G5 Sahel, Lake Chad Basin, Horn of Africa, Maghreb, Levant, Gulf...). A filter on a region also keeps the records about an area above it as a whole (records about Africa under Western Africa and under the Sahel); the table marks them "via Africa" and counts them apart. --search looks where the dashboard's / does.

        --sort takes date, title or place for meetings, resolutions and sessions, and name, joining or region for members. --columns chooses the columns, in order (see the list below); CSV and Markdown print every column unless told otherwise, the table a narrow choice.

        Columns:
          meetings: \(RecordColumns.names(for: .meetings).joined(separator: ", "))
          resolutions: \(RecordColumns.names(for: .resolutions).joined(separator: ", "))
          sessions: \(RecordColumns.names(for: .sessions).joined(separator: ", "))
          members: \(RecordColumns.names(for: .members).joined(separator: ", "))

        Examples:
          coalition list meetings
          coalition list meetings --kind ministerial --from 2020 --format markdown
          coalition list resolutions --theme africa --region "Western Africa"
          coalition list members --kind organisation --format csv > organisations.csv
          coalition list resolutions --search priority --format json | jq '.[].id'
          coalition list meetings --region Sahel --from 2021 --sort place
          coalition list sessions --format csv --columns id,date,co-chairs,host,sources
          coalition list members --sort joining --from 2014 --to 2014
        """
    )

    @Argument(help: ArgumentHelp("meetings, resolutions, sessions or members.", valueName: "records"),
              completion: .list(RecordType.allCases.map(\.rawValue)))
    var records: String

    @OptionGroup var regionOption: RegionOption

    @Option(help: ArgumentHelp("Only this meeting or member kind; repeat for several.", valueName: "kind"),
            completion: .list(MeetingKind.allCases.map(\.rawValue) + MemberKind.allCases.map(\.rawValue)))
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

    @Option(help: ArgumentHelp("Sort by date, title or place (members: name, joining or region).", valueName: "order"),
            completion: .list(RecordOrder.allCases.map(\.rawValue)))
    var sort: String?

    @Option(help: ArgumentHelp("The columns to print, comma-separated (default: every column in CSV and Markdown, a few in the table).", valueName: "a,b,c"))
    var columns: String?

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let (type, chosenFormat) = try reportingUsage { () throws(UsageProblem) in
            (try RecordType.named(records, as: "record type"), try OutputFormat.named(format, as: "format"))
        }
        let (order, chosenColumns) = try reportingUsage { () throws(UsageProblem) in
            (try sort.map { text throws(UsageProblem) in try type.order(named: text) },
             try columns.map { text throws(UsageProblem) in try RecordColumns.named(text, for: type) })
        }
        let dataset = try dataOptions.loadOrExit(showing: type.dataFiles(format: chosenFormat))
        let filter = try reportingUsage { () throws(UsageProblem) in
            try RecordFilter(for: type, in: dataset, region: regionOption.region, kinds: kind, themes: theme, from: from, to: to, search: search)
        }
        var listed = filter.records(type, in: dataset)
        if let order { listed = listed.ordered(by: order, in: dataset) }
        if listed.count == 0 {
            for line in EmptyResult.lines(type, filter: filter, in: dataset) { printError(line) }
        }
        let everyColumn = chosenColumns ?? RecordColumns.names(for: type)
        switch chosenFormat {
        case .table:
            let rows = RecordColumns.rows(listed, columns: chosenColumns ?? RecordColumns.tableNames(for: type), in: dataset, region: filter.region)
            let width = TerminalWidth.current()
            writeDocument { TableWriter.write(rows, width: width, boldHeader: standardOutputAllowsStyle, to: $0) }
            if let region = filter.region, listed.count > 0 {
                let apart = listed.viaBroaderCounts(region: region, in: dataset)
                if !apart.isEmpty {
                    let within = listed.count - apart.reduce(0) { $0 + $1.count }
                    let parts = ["\(within) in \(dataset.regions.name(of: region))"] + apart.map { "\($0.count) via \(dataset.regions.name(of: $0.area))" }
                    print("\(listed.count) \(type.rawValue): " + parts.joined(separator: ", "))
                }
            }
        case .json: printBytes(try RecordJSON.pieces(listed))
        case .csv:
            let rows = RecordColumns.rows(listed, columns: everyColumn, in: dataset, region: filter.region)
            writeDocument { CSVWriter.write(rows, to: $0) }
        case .markdown:
            let rows = RecordColumns.rows(listed, columns: everyColumn, in: dataset, region: filter.region)
            writeDocument { MarkdownWriter.write(rows, to: $0) }
        }
    }
}
