import CoalitionUI
import Testing

@Suite("The detail's title says which link Enter follows")
struct DetailLinkTitleTests {
    @Test func choosingALinkNamesItInTheTitle() {
        var state = AppState.fixture()
        state.press(.enter)
        #expect(!state.screenText.contains("link 1 of"))
        state.press(.down)
        #expect(state.detailLink == 0)
        #expect(state.screenText.contains("link 1 of \(state.detail.links.count)"))
        state.press(.up)
        #expect(!state.screenText.contains("link 1 of"))
    }
}
