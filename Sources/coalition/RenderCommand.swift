import ArgumentParser
import CoalitionModel
import CoalitionOutput
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
          coalition render --size 100x30 --format svg > dashboard.svg
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var viewOptions: ViewOptions

    @Option(help: ArgumentHelp("The screen size, COLUMNSxROWS.", valueName: "size"))
    var size = "80x24"

    enum Format: String, CaseIterable {
        case text, svg
    }

    @Option(help: ArgumentHelp("text (plain, for reading and diffing) or svg (a picture with the colours).", valueName: "format"),
            completion: .list(Format.allCases.map(\.rawValue)))
    var format = Format.text.rawValue

    func validate() throws {
        guard TerminalSize(parsing: size) != nil else {
            throw ValidationError("--size takes COLUMNSxROWS, each 1 to 1000, e.g. 120x40 (got \"\(TextSanitizer.clean(size))\")")
        }
    }

    func run() throws {
        guard let screenSize = TerminalSize(parsing: size) else { throw ValidationError("--size takes COLUMNSxROWS") }
        let chosenFormat = try reportingUsage { () throws(UsageProblem) in try Format.named(format, as: "format") }
        let dataset = try dataOptions.loadOrExit()
        let options = viewOptions.displayOptions(environment: ProcessEnvironment.variables, terminalLocaleIsUTF8: true)
        let state = try viewOptions.initialState(dataset: dataset, size: screenSize, options: options)
        let screen = Renderer.render(state)
        switch chosenFormat {
        case .text: print(screen.plainText)
        case .svg: print(SVGExport.svg(screen, title: "coalition dashboard, \(screenSize.columns)×\(screenSize.rows)"), terminator: "")
        }
        exitWithoutTearDown()
    }
}
