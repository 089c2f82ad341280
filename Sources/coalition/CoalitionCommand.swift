import ArgumentParser

@main
struct CoalitionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coalition",
        abstract: "Browse the diplomacy of the Global Coalition to Defeat ISIS/Daesh: meetings, resolutions and Africa Focus Group sessions, with every fact sourced.",
        version: "0.1.0",
        subcommands: [DashboardCommand.self, RenderCommand.self, TimelineCommand.self, ThemesCommand.self, CompareCommand.self, CoverageCommand.self, ValidateCommand.self, ListCommand.self, ShowCommand.self, RegionsCommand.self, StatsCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}
