import ArgumentParser
import CoalitionModel

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the interactive dashboard (the default command)."
    )

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let dataset = try dataOptions.loadOrExit()
        print("\(dataset.meetings.count) meetings")
    }
}
