import CoalitionModel
import CoalitionUI
import Testing

@Suite("The detail pane: opening records and following their links")
struct DetailNavigationTests {
    @Test(arguments: [Key.enter, .right, .character("l")])
    func openShowsTheSelectedRecordInTheDetail(_ key: Key) {
        var state = AppState.fixture()
        state.press(.down, .down, .down, key)
        #expect(state.focus == .detail)
        #expect(state.detailRecord == .meeting("mtg-2022-05-11-marrakesh"))
        #expect(state.history.isEmpty)
    }

    @Test func downChoosesTheLinksInTurnAndEnterFollowsTheChosenOne() {
        var first = AppState.fixture()
        first.press(.enter, .down, .enter)
        #expect(first.pane == .resolutions)
        #expect(first.selectedID == "res-2014-12-03-brussels-01")
        #expect(first.focus == .detail)
        #expect(first.history.count == 1)

        var second = AppState.fixture()
        second.press(.enter, .down, .down, .enter)
        #expect(second.selectedID == "res-2014-12-03-brussels-02")
    }

    @Test func downStopsAtTheLastLinkASourcesAddress() throws {
        var state = AppState.fixture()
        state.press(.enter)
        let count = state.detail.links.count
        state.press(contentsOf: Array(repeating: .down, count: count + 3))
        #expect(state.detailLink == count - 1)
        guard case .source(let link)? = state.detail.links.last else {
            Issue.record("the last link is a source's address")
            return
        }
        #expect(Update.apply(.key(.enter), to: &state) == [.openLink(LinkLaunch(link: link, browser: nil))], "Enter on it opens it")
    }

    @Test func linksLeadAcrossEveryKindOfRecord() {
        var state = AppState.fixture()
        // Marrakesh ministerial → its Africa Focus Group session (third link) → Niger, a co-chair (second link).
        state.press(.down, .down, .down, .enter, .down, .down, .down, .enter)
        #expect(state.pane == .sessions)
        #expect(state.selectedID == "afg-2022-05-marrakesh")
        state.press(.down, .down, .enter)
        #expect(state.pane == .members)
        #expect(state.selectedID == "NE")
        #expect(state.history.map(\.record) == [.meeting("mtg-2022-05-11-marrakesh"), .session("afg-2022-05-marrakesh")])
    }

    @Test(arguments: [Key.escape, .backspace, .left, .character("h")])
    func backReturnsAlongTheHistoryThenToTheList(_ key: Key) {
        var state = AppState.fixture()
        state.press(.down, .down, .down, .enter, .down, .enter)
        #expect(state.pane == .resolutions)
        state.press(key)
        #expect(state.pane == .meetings)
        #expect(state.selectedID == "mtg-2022-05-11-marrakesh")
        #expect(state.focus == .detail)
        #expect(state.history.isEmpty)
        state.press(key)
        #expect(state.focus == .list)
        #expect(state.selectedID == "mtg-2022-05-11-marrakesh")
    }

    @Test func aLinkOutsideTheRegionFilterIsShownPinned() {
        var state = AppState.fixture()
        Update.perform(.filterRegion("africa"), &state)
        // The Marrakesh session's co-chairs are Morocco, Niger and France; France lies outside Africa.
        state.press(.character("3"), .enter, .down, .down, .down, .enter)
        #expect(state.pane == .members)
        #expect(state.pinnedRecord == .member("FR"))
        #expect(state.detailRecord == .member("FR"))
        #expect(state.screenText.contains("Member (outside the filter)"))
        state.press(.escape)
        #expect(state.pinnedRecord == nil)
        #expect(state.detailRecord == .session("afg-2022-05-marrakesh"))
    }

    @Test func theDetailTitleOffersEscAfterFollowingALink() {
        var state = AppState.fixture()
        state.press(.enter, .down, .enter)
        #expect(state.screenText.contains("Resolution · Esc back"))
    }
}
