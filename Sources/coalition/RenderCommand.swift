import ArgumentParser
import CoalitionModel

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print, as plain text, the screen the dashboard would draw."
    )

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        _ = try dataOptions.loadOrExit()
    }
}
