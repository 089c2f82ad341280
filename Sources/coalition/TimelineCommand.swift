import ArgumentParser
import CoalitionModel
import CoalitionOutput
import CoalitionUI
import FoundationEssentials

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print the timeline of meetings, Africa Focus Group sessions and membership.",
        discussion: """
        The chart the dashboard's timeline draws, followed by every event in time order; as SVG, the chart alone, in colour (unless NO_COLOR is set).
        Lanes (--kind): \(TimelineLane.allCases.map(\.commandName).joined(separator: ", ")) (also members). A meeting's lane follows its kind by the same rule `coalition stats` counts with.

        With --region only the events in that region are listed (and, as in `list`, those about an area above it as a whole); --context lists the others too, marked "outside the region". --width bounds the chart and every line of the text list. Lanes with nothing in the dates are left out; when the filters keep no event at all, standard error says so and names the nearest filter with events, as `list` does.

        Examples:
          coalition timeline
          coalition timeline --region Africa --from 2021 --to 2023-12
          coalition timeline --region Sahel --context --width 100
          coalition timeline --kind ministerial --kind africa-focus-group --format markdown
          coalition timeline --format json | jq '.[] | select(.lane == "africa-focus-group")'
          coalition timeline --region Africa --format svg > timeline.svg
        """
    )

    enum Format: String, CaseIterable {
        case text, json, markdown, svg
    }

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("Only events in this region, analyst region or country.", valueName: "name"),
            completion: CompletionLists.regions)
    var region: String?

    @Flag(help: "With --region, list the events outside it too, marked.")
    var context = false

    @Option(help: ArgumentHelp("First month or year to show: YYYY or YYYY-MM.", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Last month or year to show: YYYY or YYYY-MM.", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("A lane to show; repeat for several.", valueName: "kind"), completion: CompletionLists.lanes)
    var kind: [String] = []

    @Option(help: ArgumentHelp("Width of the chart and the longest line (default: the terminal's; in a pipe the chart is 100 wide and lines are not cut).", valueName: "columns"))
    var width: Int?

    @Option(help: ArgumentHelp("text, json, markdown or svg.", valueName: "format"), completion: .list(Format.allCases.map(\.rawValue)))
    var format = Format.text.rawValue

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    func validate() throws {
        for date in [from, to].compactMap({ $0 }) where PartialDate(date) == nil || PartialDate(date)?.precision == .day {
            throw ValidationError("--from and --to take YYYY or YYYY-MM (got \"\(TextSanitizer.clean(date))\")")
        }
        if let width, !(20...1000).contains(width) { throw ValidationError("--width takes 20 to 1000 columns") }
        if context && region == nil { throw ValidationError("--context adds the events outside --region; give --region too") }
    }

    func run() throws {
        let (chosenFormat, lanes) = try reportingUsage { () throws(UsageProblem) in
            let lanes = try kind.map { name throws(UsageProblem) in
                guard let lane = TimelineLane(commandName: name) else {
                    throw UsageProblem.unknown("kind", name, valid: TimelineLane.allCases.map(\.commandName), hintsFrom: TimelineLane.allCases.flatMap { [$0.commandName] + $0.aliases })
                }
                return lane
            }
            return (try Format.named(format, as: "format"), lanes.isEmpty ? TimelineLane.allCases : TimelineLane.allCases.filter(lanes.contains))
        }
        let dataset = try dataOptions.loadOrExit(showing: TimelineModel.dataFiles)
        let regionID = try region.map { typed in try reportingUsage { () throws(UsageProblem) in try RecordFilter.resolveRegion(typed, in: dataset) } }
        let firstDate = from.flatMap(PartialDate.init), lastDate = to.flatMap(PartialDate.init)
        var model = TimelineModel(dataset: dataset, region: regionID, lanes: lanes, from: firstDate, to: lastDate)
        model.lanes = model.occupiedLanes
        let options = DisplayOptions(ascii: ascii, color: false)
        let columns = width ?? TerminalWidth.current() ?? 100
        // Lines are cut only to a width asked for or a terminal's; a pipe gets them whole.
        let lineWidth = width ?? TerminalWidth.current()
        let events = TimelineReport.listed(model, context: context)
        // As `list` does: why nothing matched and the nearest filter with results, on standard
        // error; JSON still prints its (empty) list so a pipe reads valid JSON, the rest nothing.
        if events.isEmpty {
            for line in TimelineReport.emptyResult(dataset: dataset, region: regionID, lanes: lanes, from: firstDate, to: lastDate, context: context) { printError(line) }
            if chosenFormat == .json { print("[]") }
            return
        }

        switch chosenFormat {
        case .svg:
            let pictureOptions = DisplayOptions(ascii: ascii, color: (ProcessEnvironment.variables["NO_COLOR"] ?? "").isEmpty)
            let screen = TimelineReport.chartScreen(model, width: width ?? 100, filtered: regionID != nil, options: pictureOptions)
            print(SVGExport.svg(screen, title: "coalition timeline" + (region.map { ", " + TextSanitizer.clean($0) } ?? "")), terminator: "")
        case .text:
            for line in TimelineReport.chart(model, width: columns, filtered: regionID != nil, options: options) { print(line) }
            print("")
            for line in TimelineReport.list(events, glyphs: options.glyphs) {
                print(lineWidth.map { TextWidth.truncate(line, to: $0, ellipsis: options.glyphs.ellipsis) } ?? line)
            }
        case .markdown:
            print("```text")
            for line in TimelineReport.chart(model, width: columns, filtered: regionID != nil, options: options) { print(line) }
            print("```")
            print("")
            for line in MarkdownWriter.table(TimelineReport.table(events, filtered: regionID != nil), width: lineWidth, ellipsis: options.glyphs.ellipsis) { print(line) }
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(events.map(TimelineEventJSON.init)), as: UTF8.self))
        }
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
    /// "via Africa" when the region filter keeps the event only for a broader area.
    var via: String?

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
        via = event.via
    }
}
