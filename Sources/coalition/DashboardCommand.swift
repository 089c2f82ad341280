import ArgumentParser
import CoalitionModel
import CoalitionTerminal
import CoalitionUI

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the interactive dashboard (the default command).",
        discussion: HelpRequest.isAsked ? manual : ""
    )

    /// The help's examples, live reload and keys (from the key table): built only when help is
    /// asked for.
    private static var manual: String {
        """
        Examples:
          coalition
          coalition --region Africa
          coalition --pane resolutions --search "number one priority"

        LIVE RELOAD

        While it runs, the dashboard watches its data folder (inotify, else a look
        every second). Once a change has settled (no write for 300 ms, the files
        unchanged while read), the folder is read and checked off the input loop.
        Valid data replaces the old: the pane, each list's record, the filter, the
        search, the scroll and the timeline's event stay where the records still
        exist, and the status line says "reloaded: N meetings, ..." for a few
        seconds. Invalid data leaves the last valid data on the screen and the
        first problem in the status line ("not reloaded: meetings.json:2:10: ..."),
        until a later change fixes it; a deleted file or folder is reported the same
        way and still watched. The folder is never written. --no-watch turns it off.

        KEYS

        """ + KeyHelp.manualText
    }

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var viewOptions: ViewOptions

    @Flag(help: "Let the mouse select panes and rows and scroll with the wheel.")
    var mouse = false

    @Flag(name: .customLong("no-watch"), help: "Do not reload the data when its files change.")
    var noWatch = false

    @Flag(help: "Make source addresses clickable (OSC 8) even where the terminal is not known to support them.")
    var hyperlinks = false

    /// For scripts/finish-manual and README's check: the key table as mdoc or Markdown.
    @Option(help: .hidden)
    var printKeys: String?

    /// The OPTIONS part of this command's help, for the top-level help: the dashboard is the
    /// default command, so its options are what `coalition` alone takes.
    static var optionsSummary: String {
        let lines = helpMessage(columns: 78).split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("OPTIONS:") }) else { return "" }
        return lines[(start + 1)...].prefix { !$0.contains("--help") && !$0.contains("--version") }.joined(separator: "\n")
    }

    func run() throws {
        switch printKeys {
        case nil: break
        case "mdoc": return print(KeyHelp.mdoc)
        case "markdown": return print(KeyHelp.markdownTable)
        case let other?:
            printError("coalition: --print-keys takes mdoc or markdown (got \"\(TextSanitizer.clean(other))\")")
            throw ExitCode(ExitStatus.usage)
        }
        let environment = ProcessEnvironment.variables
        // Bad data and bad options are reported first: they are the same wherever output goes.
        let dataset = try dataOptions.loadOrExit()
        let options = viewOptions.displayOptions(environment: environment, terminalLocaleIsUTF8: localeIsUTF8(environment: environment))
        // Built at the terminal's real size, so the first frame scrolls as `render` at that size
        // does (a state built at 80x24 keeps the smaller screen's scroll after the resize).
        let terminal = TerminalWidth.currentSize() ?? (80, 24)
        var state = try viewOptions.initialState(dataset: dataset, size: TerminalSize(columns: terminal.columns, rows: terminal.rows), options: options)
        Update.perform(.useBrowser(environment["BROWSER"]), &state)
        do {
            try TerminalUnavailable.check(term: environment["TERM"])
        } catch {
            printError("coalition: \(error)")
            throw ExitCode(ExitStatus.unavailable)
        }
        do {
            try DashboardLoop.run(state, mouse: mouse, hyperlinks: HyperlinkSupport.isOn(flag: hyperlinks, environment: environment),
                                  watching: noWatch ? nil : dataOptions.folder)
        } catch {
            printError("coalition: \(error)")
            throw ExitCode(ExitStatus.unavailable)
        }
        exitWithoutTearDown()
    }
}
