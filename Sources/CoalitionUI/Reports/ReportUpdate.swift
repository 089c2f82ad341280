import CoalitionModel

/// What the keys do in the coverage report and a comparison, and marking and comparing texts.
enum ReportUpdate {
    /// Handles the actions that mean something else in the reports; false leaves the action to the
    /// lists (pane switches, region filter, help, quit).
    static func perform(_ action: Action, _ state: inout AppState) -> Bool {
        let height = Layout(for: state).reportHeight
        switch (state.view, action) {
        case (.coverage, .moveUp): stepCoverage(by: -1, &state)
        case (.coverage, .moveDown): stepCoverage(by: 1, &state)
        case (.coverage, .pageUp): stepCoverage(lines: -height, &state)
        case (.coverage, .pageDown): stepCoverage(lines: height, &state)
        case (.coverage, .top): stepCoverage(by: Int.min / 2, &state)
        case (.coverage, .bottom): stepCoverage(by: Int.max / 2, &state)
        case (.coverage, .open): openCoverageRecord(&state)
        case (.coverage, .back), (.coverage, .toggleCoverage): state.view = .browse
        case (.comparison, .moveUp): scrollComparison(by: -1, &state)
        case (.comparison, .moveDown): scrollComparison(by: 1, &state)
        case (.comparison, .pageUp): scrollComparison(by: -max(1, height - 1), &state)
        case (.comparison, .pageDown): scrollComparison(by: max(1, height - 1), &state)
        case (.comparison, .top): scrollComparison(by: Int.min / 2, &state)
        case (.comparison, .bottom): scrollComparison(by: Int.max / 2, &state)
        case (.comparison, .back): state.view = .browse
        default: return false
        }
        return true
    }

    static func showCoverage(_ state: inout AppState) {
        state.view = .coverage
        state.overlay = nil
    }

    // MARK: Coverage

    /// Moves the cursor by records, skipping headings and blank lines.
    private static func stepCoverage(by delta: Int, _ state: inout AppState) {
        let records = state.report.recordLines
        guard !records.isEmpty else { return }
        let current = position(of: state.coverage.selected, in: records)
        state.coverage.selected = records[clamp(current.addingReportingOverflow(delta).partialValue, 0, records.count - 1)]
    }

    /// Moves the cursor a page of lines, onto the record nearest to that line.
    private static func stepCoverage(lines delta: Int, _ state: inout AppState) {
        let records = state.report.recordLines
        guard !records.isEmpty else { return }
        let target = state.coverage.selected + delta
        state.coverage.selected = records[clamp(position(of: target, in: records), 0, records.count - 1)]
    }

    /// The first record line at or after `line` (binary search: the lines are in order).
    static func position(of line: Int, in records: [Int]) -> Int {
        var low = 0
        var high = records.count
        while low < high {
            let middle = (low + high) / 2
            if records[middle] < line { low = middle + 1 } else { high = middle }
        }
        return min(low, records.count - 1)
    }

    /// Enter on a record's line shows it in the detail; Esc there comes back to the report.
    private static func openCoverageRecord(_ state: inout AppState) {
        let lines = state.report.lines
        guard lines.indices.contains(state.coverage.selected), let record = lines[state.coverage.selected].record,
              state.dataset.index(of: record) != nil else { return }
        state.history.append(Location(returningTo: .coverage, pane: AppState.pane(of: record), record: record))
        Update.go(to: record, &state)
    }

    /// Keeps the cursor on a record's line and in view; at the first record, the report's top shows.
    static func keepCoverageCursorVisible(height: Int, _ state: inout AppState) {
        let records = state.report.recordLines
        var coverage = state.coverage
        if let first = records.first {
            coverage.selected = records[position(of: coverage.selected, in: records)]
            if coverage.selected == first { coverage.scroll = 0 }
        }
        coverage.scroll = ThemesUpdate.scrolled(coverage.scroll, toShow: coverage.selected, window: height, count: state.report.lines.count)
        state.coverage = coverage
    }

    // MARK: Comparison

    private static func scrollComparison(by delta: Int, _ state: inout AppState) {
        guard var comparison = state.comparison else { return }
        comparison.scroll = max(0, comparison.scroll.addingReportingOverflow(delta).partialValue)
        state.comparison = comparison
    }

    static func keepComparisonInRange(height: Int, _ state: inout AppState) {
        guard var comparison = state.comparison else { return }
        comparison.scroll = clamp(comparison.scroll, 0, state.report.lines.count - height)
        state.comparison = comparison
    }

    /// `m`: marks the meeting or session the detail shows, or unmarks it when it is the one marked.
    static func mark(_ state: inout AppState) {
        switch state.detailRecord {
        case let record? where record == state.marked:
            state.marked = nil
            state.message = "unmarked"
        case let record? where isText(record):
            state.marked = record
            state.message = "marked " + markedName(record, in: state.dataset) + "; select another meeting or session and press c"
        default:
            state.message = "m marks a meeting or an Africa Focus Group session, whose texts compare"
        }
    }

    /// `c`: the marked meeting or session against the one the detail shows, or why not.
    static func compare(_ state: inout AppState) {
        guard let marked = state.marked else {
            state.message = "nothing marked: press m on a meeting or session first"
            return
        }
        guard let selected = state.detailRecord else {
            state.message = "select a meeting or session to compare with the marked one"
            return
        }
        do {
            _ = try TextComparison(dataset: state.dataset, first: marked.id, second: selected.id)
        } catch {
            state.message = error.description
            return
        }
        state.comparison = ComparisonState(first: marked, second: selected)
        state.view = .comparison
        state.message = nil
    }

    private static func isText(_ record: RecordRef) -> Bool {
        switch record {
        case .meeting, .session: true
        case .resolution, .member: false
        }
    }

    /// "Marrakesh ministerial 2022": the header's name for the marked record.
    static func markedName(_ record: RecordRef, in dataset: Dataset) -> String {
        let named: (title: String, year: Int)? = switch record {
        case .meeting(let id): dataset.meeting(id: id).map { ($0.title, $0.date.year) }
        case .session(let id): dataset.session(id: id).map { ($0.title, $0.date.year) }
        case .resolution, .member: nil
        }
        return named.map { "\($0.title) \($0.year)" } ?? record.id
    }
}
