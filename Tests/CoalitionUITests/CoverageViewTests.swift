import CoalitionModel
import CoalitionOutput
import CoalitionTestSupport
@testable import CoalitionUI
import Testing

/// The coverage view: the report's gaps, a cursor over the records they name, Enter and Esc.
@Suite struct CoverageViewTests {
    static func coverage(_ columns: Int = 120, _ rows: Int = 40) -> AppState {
        var state = AppState.fixture(columns, rows)
        state.press(.character(Pane.coverageDigit))
        return state
    }

    @Test func sevenShowsTheSameReportCoverageWrites() {
        let state = Self.coverage()
        #expect(state.view == .coverage && KeyMode.of(state) == .coverage)
        let printed = CoverageReportText.text(CoverageReport(state.dataset), width: 118, ascii: false)
        #expect(state.report.lines.map(\.text) == printed)
        #expect(state.screenText.contains("Meetings and sessions whose text has not been found yet: 4"))
    }

    /// Under region and date filters the coverage lists only the gaps of records the lists show
    /// under them, says so in its title, and leaves out the Coalition's stated totals under a
    /// region; without filters it is the whole report again.
    @Test func theCoverageKeepsToTheRegionAndDatesAsTheListsDo() throws {
        let dataset = try #require(DatasetLoader.load(directory: shippedDataFolder).dataset)
        let whole = CoverageReport(dataset)
        let countEntries = whole.sections.flatMap(\.entries).filter { $0.record == nil }
        try #require(!countEntries.isEmpty, "the shipped data has member totals on weak sources or disputed")
        for (region, from) in [("sahel-uniss", nil), ("africa", PartialDate(year: 2022)), (nil, PartialDate(year: 2023)), ("IQ", PartialDate(year: 2015))] as [(String?, PartialDate?)] {
            var state = AppState(dataset: dataset, size: TerminalSize(columns: 120, rows: 40))
            state.setRegionFilter(region)
            state.setDateBounds(DateBounds(from: from, to: nil))
            state.press(.character(Pane.coverageDigit))
            let shown = Set(Pane.allCases.flatMap { pane in state.rows(pane).map { RecordRows.reference(pane, $0, in: dataset) } })
            let bounds = DateBounds(from: from, to: nil)
            var expected = whole
            for index in expected.sections.indices {
                expected.sections[index].entries.removeAll { entry in
                    entry.record.map { !shown.contains($0) } ?? (region != nil || !bounds.admits(PartialDate(entry.id)!))
                }
            }
            #expect(state.report.lines.map(\.text) == CoverageReportText.lines(expected, width: 118, ascii: false).map(\.text), "\(region ?? "-") \(from?.description ?? "-")")
            #expect(state.report.title.hasSuffix("within the region and dates"))
            #expect(expected.sections.flatMap(\.entries).count < whole.sections.flatMap(\.entries).count)
        }
        var state = AppState(dataset: dataset, size: TerminalSize(columns: 120, rows: 40))
        state.setRegionFilter("africa")
        state.press(.character(Pane.coverageDigit))
        state.press(.character("x"))
        #expect(state.view == .coverage && state.report.title == "Coverage of the record")
        #expect(state.report.lines.map(\.text) == CoverageReportText.lines(whole, width: 118, ascii: false).map(\.text))
    }

    @Test func theCursorStepsOverRecordsOnlyAndEnterOpensOneEscComesBack() throws {
        var state = Self.coverage()
        let records = state.report.lines.indices.filter { state.report.lines[$0].record != nil }
        #expect(state.coverage.selected == records[0])
        state.press(.down, .down)
        #expect(state.coverage.selected == records[2])
        let record = try #require(state.report.lines[records[2]].record)
        state.press(.enter)
        #expect(state.view == .browse && state.detailRecord == record && state.focus == .detail)
        state.press(.escape)
        #expect(state.view == .coverage && state.coverage.selected == records[2])
        state.press(.escape)
        #expect(state.view == .browse)
    }

    @Test func gAndGReachBothEndsAndTheLastRecordShows() {
        var state = Self.coverage(80, 12)
        let records = state.report.lines.indices.filter { state.report.lines[$0].record != nil }
        state.press(.character("G"))
        #expect(state.coverage.selected == records.last)
        let height = Layout(for: state).reportHeight
        #expect(state.coverage.scroll + height > records.last!)
        state.press(.pageUp)
        #expect(state.coverage.selected < records.last!)
        state.press(.character("g"))
        #expect(state.coverage.selected == records[0] && state.coverage.scroll == 0)
    }

    @Test func tinyScreensDrawWithoutTrapping() {
        for (columns, rows) in [(1, 1), (39, 9), (40, 10), (44, 12)] {
            var state = Self.coverage(columns, rows)
            state.press(.character("G"), .pageUp, .up, .enter)
            _ = state.screenText
        }
    }
}
