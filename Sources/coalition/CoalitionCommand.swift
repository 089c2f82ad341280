import ArgumentParser
import CoalitionModel
import CoalitionOutput

@main
struct CoalitionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coalition",
        abstract: "Browse the diplomacy of the Global Coalition to Defeat ISIS/Daesh: meetings, resolutions and Africa Focus Group sessions, with every fact sourced.",
        discussion: """
        With no command, `coalition` opens the dashboard; its options are those of `coalition dashboard` below.

        Examples:
          coalition
          coalition --region Sahel --pane sessions
          coalition list meetings --region "Western Africa" --from 2022
          coalition list sessions --format csv > sessions.csv
          coalition timeline --region Africa --width 100
          coalition stats
          coalition show mtg-2022-05-11-marrakesh

        Exit status: 0 success, 64 bad usage, 65 invalid data, 66 data that cannot be read, 69 no usable terminal.
        """ + dashboardOptions,
        version: "0.1.0",
        subcommands: [DashboardCommand.self, RenderCommand.self, TimelineCommand.self, ThemesCommand.self, CompareCommand.self, CoverageCommand.self, ValidateCommand.self, ListCommand.self, ShowCommand.self, RegionsCommand.self, StatsCommand.self],
        defaultSubcommand: DashboardCommand.self
    )

    /// The dashboard's options for the top-level help. Rendering them runs the help generator,
    /// about a sixth of a start on the shipped data: so only when help is asked for.
    private static var dashboardOptions: String {
        guard HelpRequest.isAsked else { return "" }
        return "\n\nDashboard options (coalition dashboard --help):\n" + DashboardCommand.optionsSummary
    }

    /// A first word that is not an option must name a command: the dashboard takes no words, so a
    /// misspelt command would otherwise be reported as the dashboard's unexpected argument.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, !first.hasPrefix("-") {
            let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
            if !names.contains(first) {
                let problem = UsageProblem.unknown("command", first, valid: names.filter { $0 != "help" })
                for line in problem.lines { printError(line) }
                Self.exit(withError: ExitCode(ExitStatus.usage))
            }
        }
        main(nil)
    }
}
