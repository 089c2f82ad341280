import CoalitionModel
import CoalitionOutput
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
