import CoalitionModel

/// `o`: which web address to open, and the command that opens it.
enum SourceOpening {
    /// The source chosen in the detail pane, else the first source of the selected record (the
    /// timeline's event on the timeline) that has a sanitised http(s) address.
    static func open(_ state: inout AppState) -> [Command] {
        guard let link = chosenLink(state) ?? firstSource(state) else {
            state.message = record(state) == nil ? "no record selected" : "this record has no web source to open"
            return []
        }
        state.message = "opening " + link.host + state.options.glyphs.ellipsis
        return [.openLink(LinkLaunch(link: link, browser: state.browser))]
    }

    private static func chosenLink(_ state: AppState) -> WebLink? {
        let links = state.detail.links
        guard state.view == .browse, state.focus == .detail, links.indices.contains(state.detailLink),
              case .source(let link) = links[state.detailLink] else { return nil }
        return link
    }

    private static func record(_ state: AppState) -> RecordRef? {
        state.view == .timeline ? state.timelineEvent?.record : state.detailRecord
    }

    private static func firstSource(_ state: AppState) -> WebLink? {
        guard let record = record(state), let presentation = RecordPresentation(record, in: state.dataset) else { return nil }
        return presentation.sources.lazy.compactMap { $0.url.flatMap(WebLink.init) }.first
    }
}
