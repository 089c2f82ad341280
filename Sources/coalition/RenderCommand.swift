import ArgumentParser
import CoalitionModel
import CoalitionUI

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print, as plain text, exactly the screen the dashboard would draw.",
        discussion: """
        The non-interactive twin of the dashboard: for documentation, tests, scripts and screen readers.

        Examples:
          coalition render
          coalition render --size 120x40 --region "Sub-Saharan Africa" --pane sessions
          coalition render --select mtg-2022-05-11-marrakesh
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var viewOptions: ViewOptions

    @Option(help: ArgumentHelp("The screen size, COLUMNSxROWS.", valueName: "size"))
    var size = "80x24"

    func validate() throws {
        guard TerminalSize(parsing: size) != nil else {
            throw ValidationError("--size takes COLUMNSxROWS, each 1 to 1000, e.g. 120x40 (got \"\(TextSanitizer.clean(size))\")")
        }
    }

    func run() throws {
        let screenSize = TerminalSize(parsing: size)!
        let dataset = try dataOptions.loadOrExit()
        let options = viewOptions.displayOptions(environment: ProcessEnvironment.variables, terminalLocaleIsUTF8: true)
        let state = try viewOptions.initialState(dataset: dataset, size: screenSize, options: options)
        print(Renderer.render(state).plainText)
    }
}
