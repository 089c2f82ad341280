import CoalitionModel

/// What a key asks the dashboard to do. What an action does can depend on the mode it arrives in
/// (`moveDown` moves a list's selection, chooses the detail's next link, scrolls the help).
public enum Action: Hashable, Sendable {
    case quit
    case nextPane, previousPane, focusPane(Pane)
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back
    case openRegionPicker, clearRegion
    case openDatePrompt, clearFilters, cycleSort, reverseSort, toggleMatchesOnly, openGoToDate
    /// Not bound to keys: what the command line starts with (`--region`, `--from/--to`, `--sort`,
    /// `--select`, and `$BROWSER`, which `openSource` starts).
    case filterRegion(String), filterDates(DateBounds), sort(Pane, RecordOrder), show(RecordRef), useBrowser(String?)
    /// The selected record's first web source, or the source chosen in the detail pane.
    case openSource
    /// The Members pane's table of members by year, or back to its list.
    case toggleMembersByYear
    case startSearch, nextMatch, previousMatch
    case toggleTimeline, previousEvent, nextEvent, previousLane, nextLane, zoomIn, zoomOut
    /// The themes matrix: its views, the cursor across columns, and years against meetings.
    case toggleThemes, toggleCoverage, moveLeft, moveRight, toggleThemeAxis
    /// Comparing two texts: mark one meeting or session, compare it with the selected one.
    case mark, compare
    case toggleHelp
    /// In a prompt or picker: Enter keeps what was typed or chosen, Esc drops it.
    case confirm, cancel
    /// In a prompt or picker: typing, and deleting the last character typed.
    case insert(String), deleteBackward
}
