import ArgumentParser
import CoalitionModel
import CoalitionOutput

struct RegionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions",
        abstract: "Print the UN M49 region tree and the analyst regions, with the number of records in each.",
        discussion: """
        Every region and country the data names, from World down, then the analyst regions (the Sahel, the G5 Sahel, the Lake Chad Basin, the Horn of Africa, the Maghreb, the Levant, the Gulf...) with their countries, each defined by a cited source (`data/regions.json`). For each, how many records (meetings, resolutions, sessions and members) lie within it, and apart from them ("via broader") how many a --region filter on it also shows because they are about an area above it as a whole (Africa, for Western Africa and the Sahel). Both the name and the id it prints are what --region accepts, in any case and with spaces or hyphens.

        Examples:
          coalition regions
          coalition regions --format markdown
          coalition regions --format json | jq '.[0].children[].name'
        """
    )

    @Option(help: ArgumentHelp("table, json or markdown.", valueName: "format"),
            completion: .list(TreeFormat.allCases.map(\.rawValue)))
    var format = TreeFormat.table.rawValue

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let chosenFormat = try reportingUsage { () throws(UsageProblem) in try TreeFormat.named(format, as: "format") }
        let dataset = try dataOptions.loadOrExit()
        let roots = RegionTree.roots(of: dataset)
        switch chosenFormat {
        case .table:
            let lines = TableWriter.lines(RegionTree.table(roots), width: TerminalWidth.current(), boldHeader: standardOutputAllowsStyle)
            for line in lines { print(line) }
        case .json: print(try RecordJSON.text(roots))
        case .markdown: for line in RegionTree.markdown(roots) { print(line) }
        }
    }
}
