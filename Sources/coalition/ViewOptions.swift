import ArgumentParser
import CoalitionModel
import CoalitionOutput
import CoalitionUI

/// What the dashboard starts on, shared by `dashboard` and `render` so both draw the same screen.
struct ViewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Start filtered to a UN M49 region, analyst region or country (e.g. Africa, Sahel, NE).", valueName: "name"),
            completion: CompletionLists.regions)
    var region: String?

    @Option(help: ArgumentHelp("The pane to start on: meetings, resolutions, sessions, members, timeline, themes or coverage.", valueName: "pane"),
            completion: CompletionLists.panes)
    var pane: String?

    @Option(help: ArgumentHelp("Select a record by id and open its details.", valueName: "id"), completion: CompletionLists.ids)
    var select: String?

    @Option(help: ArgumentHelp("Mark this meeting or session and compare it with the one --select chooses.", valueName: "id"),
            completion: CompletionLists.ids)
    var compare: String?

    @Option(help: ArgumentHelp("Search all panes for this text.", valueName: "text"))
    var search: String?

    @Option(help: ArgumentHelp("Search for this text and show only the matching rows (the f key).", valueName: "text"))
    var filter: String?

    @Option(help: ArgumentHelp("Only records from this date on: YYYY, YYYY-MM or YYYY-MM-DD (the d key).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only records up to this date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp(
        "Sort the lists that take this order: date, title or place (meetings, resolutions, sessions); name, joining or region (members).",
        valueName: "order"), completion: .list(RecordOrder.allCases.map(\.rawValue)))
    var sort: String?

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    @Flag(name: .customLong("no-color"), help: "No colour (also when NO_COLOR is set).")
    var noColor = false

    /// Builds the starting state through the same actions keys perform, or prints a usage error
    /// naming the valid values and exits 64.
    func initialState(dataset: Dataset, size: TerminalSize, options: DisplayOptions) throws -> AppState {
        var state = AppState(dataset: dataset, size: size, options: options)
        if let pane {
            if let view = ViewMode.startable.first(where: { $0.name == pane.lowercased() }) {
                Update.perform(view.action, &state)
            } else if let chosen = Pane(commandName: pane) {
                Update.perform(.focusPane(chosen), &state)
            } else {
                let problem = UsageProblem.unknown("pane", pane, valid: Pane.allCases.map(\.commandName) + ViewMode.startable.map(\.name))
                _ = try reportingUsage { () throws(UsageProblem) in throw problem }
            }
        }
        if let region {
            let resolved = try reportingUsage { () throws(UsageProblem) in try RecordFilter.resolveRegion(region, in: dataset) }
            Update.perform(.filterRegion(resolved), &state)
        }
        let bounds = try reportingUsage { () throws(UsageProblem) in try RecordFilter.dateBounds(from: from, to: to) }
        if !bounds.isUnbounded { Update.perform(.filterDates(bounds), &state) }
        if let sort {
            let order = try reportingUsage { () throws(UsageProblem) in try ViewOptions.order(named: sort) }
            for pane in Pane.allCases where RecordOrder.orders(for: pane.recordKind).contains(order) {
                Update.perform(.sort(pane, order), &state)
            }
        }
        if let text = search ?? filter, !text.isEmpty {
            Update.search(for: text, &state)
            if filter != nil { Update.perform(.toggleMatchesOnly, &state) }
        }
        if let compare {
            if select == nil { try refuse(compare: "give the record to compare it with as --select ID") }
            // As the keys do it: select the first record, m, select the second, c.
            Update.perform(.show(try record(compare, in: dataset)), &state)
            Update.perform(.mark, &state)
            if state.marked == nil { try refuse(compare: state.message) }
        }
        if let select {
            Update.perform(.show(try record(select, in: dataset)), &state)
        }
        if compare != nil {
            Update.perform(.compare, &state)
            if state.view != .comparison { try refuse(compare: state.message) }
        }
        Update.apply(.resize(size), to: &state)
        return state
    }

    private func refuse(compare message: String?) throws -> Never {
        printError("coalition: --compare: " + (message ?? "cannot compare these records"))
        throw ExitCode(ExitStatus.usage)
    }

    /// The record an id names, or a usage error naming the nearest id.
    private func record(_ id: String, in dataset: Dataset) throws -> RecordRef {
        guard let record = dataset.reference(forID: id) else {
            let ids = dataset.meetings.map(\.id) + dataset.sessions.map(\.id) + dataset.resolutions.map(\.id) + dataset.members.map(\.id)
            var message = "no record has the id \"\(TextSanitizer.clean(id))\""
            if let guess = NameMatcher.nearest(to: id, in: ids) { message += " (did you mean \"\(guess)\"?)" }
            printError("coalition: " + message)
            throw ExitCode(ExitStatus.usage)
        }
        return record
    }

    func validate() throws {
        if search != nil, filter != nil {
            throw ValidationError("--search and --filter both search; give one (--filter also hides the rows that do not match)")
        }
    }

    /// `--sort` takes every order `list --sort` does; each list that takes it is sorted so.
    static func order(named typed: String) throws(UsageProblem) -> RecordOrder {
        if let order = RecordOrder(rawValue: typed.lowercased()) { return order }
        throw UsageProblem.unknown("sort order", typed, valid: RecordOrder.allCases.map(\.rawValue))
    }

    func displayOptions(environment: [String: String], terminalLocaleIsUTF8: Bool) -> DisplayOptions {
        let noColorRequested = noColor || !(environment["NO_COLOR"] ?? "").isEmpty
        return DisplayOptions(ascii: ascii || !terminalLocaleIsUTF8, color: !noColorRequested)
    }
}
