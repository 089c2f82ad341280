import ArgumentParser
import CoalitionModel
import CoalitionUI
import FoundationEssentials

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print the timeline of meetings, Africa Focus Group sessions and membership.",
        discussion: """
        The chart the dashboard's timeline draws, followed by every event in time order; as SVG, the chart alone, in colour (unless NO_COLOR is set).
        Lanes (--kind): \(TimelineLane.allCases.map(\.commandName).joined(separator: ", ")).

        Examples:
          coalition timeline
          coalition timeline --region Africa --from 2021 --to 2023-12
          coalition timeline --kind ministerial --kind africa-focus-group --format markdown
          coalition timeline --format json | jq '.[] | select(.lane == "africa-focus-group")'
          coalition timeline --region Africa --format svg > timeline.svg
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, svg
    }

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("Only events in this region (others are listed as outside it).", valueName: "name"))
    var region: String?

    @Option(help: ArgumentHelp("First month or year to show: YYYY or YYYY-MM.", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Last month or year to show: YYYY or YYYY-MM.", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("A lane to show; repeat for several.", valueName: "kind"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("Width of the chart (default: the terminal's, or 100 in a pipe).", valueName: "columns"))
    var width: Int?

    @Option(help: ArgumentHelp("text, json, markdown or svg.", valueName: "format"))
    var format: Format = .text

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    func validate() throws {
        for date in [from, to].compactMap({ $0 }) where PartialDate(date) == nil || PartialDate(date)?.precision == .day {
            throw ValidationError("--from and --to take YYYY or YYYY-MM (got \"\(TextSanitizer.clean(date))\")")
        }
        if let width, !(20...1000).contains(width) { throw ValidationError("--width takes 20 to 1000 columns") }
        for name in kind where TimelineLane(commandName: name) == nil {
            throw ValidationError("unknown kind \"\(TextSanitizer.clean(name))\"; valid kinds: \(TimelineLane.allCases.map(\.commandName).joined(separator: ", "))")
        }
    }

    func run() throws {
        let dataset = try dataOptions.loadOrExit()
        var regionID: String?
        if let region {
            guard let resolved = dataset.regions.resolve(region) else {
                printError("coalition: unknown region \"\(TextSanitizer.clean(region))\"")
                printError("valid values: " + dataset.regions.areaNames.joined(separator: ", "))
                throw ExitCode(ExitStatus.usage)
            }
            regionID = resolved
        }
        let lanes = kind.isEmpty ? TimelineLane.allCases : TimelineLane.allCases.filter { lane in kind.contains { TimelineLane(commandName: $0) == lane } }
        let model = TimelineModel(dataset: dataset, region: regionID, lanes: lanes, from: from.flatMap(PartialDate.init), to: to.flatMap(PartialDate.init))
        let options = DisplayOptions(ascii: ascii, color: false)
        let columns = width ?? TerminalWidth.current() ?? 100

        switch format {
        case .svg:
            let pictureOptions = DisplayOptions(ascii: ascii, color: (ProcessEnvironment.variables["NO_COLOR"] ?? "").isEmpty)
            let screen = TimelineReport.chartScreen(model, width: width ?? 100, filtered: regionID != nil, options: pictureOptions)
            print(SVGExport.svg(screen, title: "coalition timeline" + (region.map { ", " + TextSanitizer.clean($0) } ?? "")), terminator: "")
        case .text:
            for line in TimelineReport.chart(model, width: columns, filtered: regionID != nil, options: options) { print(line) }
            print("")
            for line in TimelineReport.list(model, glyphs: options.glyphs) { print(line) }
        case .markdown:
            print("```text")
            for line in TimelineReport.chart(model, width: columns, filtered: regionID != nil, options: options) { print(line) }
            print("```")
            print("")
            print("| Date | Lane | Event | Place | Firsts |")
            print("|---|---|---|---|---|")
            for event in model.chronological {
                let cells = [event.date.description, event.lane.title, event.headline, event.place, event.firsts.joined(separator: "; ")]
                print("| " + cells.map(markdownCell).joined(separator: " | ") + " |")
            }
        case .json:
            let events = model.chronological.map(TimelineEventJSON.init)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(events), as: UTF8.self))
        }
    }

    private func markdownCell(_ text: String) -> String {
        text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}

/// One event as `timeline --format json` prints it.
struct TimelineEventJSON: Encodable {
    var lane: String
    var id: String
    var record: String
    var date: String
    var endDate: String?
    var title: String
    var place: String
    var firsts: [String]
    var inRegion: Bool

    init(_ event: TimelineEvent) {
        lane = event.lane.commandName
        id = event.record.id
        switch event.record {
        case .meeting: record = "meeting"
        case .session: record = "session"
        case .resolution: record = "resolution"
        case .member: record = "member"
        }
        date = event.date.description
        endDate = event.endDate?.description
        title = event.headline
        place = event.place
        firsts = event.firsts
        inRegion = event.matchesFilter
    }
}
