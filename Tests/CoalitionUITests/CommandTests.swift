import CoalitionModel
@testable import CoalitionUI
import Testing

/// Slow work leaves `Update` as a command and comes back as an event; the result is the same
/// state as doing it inline.
@Suite("Commands: the indexes are built off the input loop after the first frame")
struct CommandTests {
    let size = TerminalSize(columns: 120, rows: 40)

    /// A state whose search index is never built inside `Update`, as on a large data set.
    func deferredState() -> AppState {
        AppState(data: DashboardData(dataset: Fixture.dataset, inlineSearchIndexLimit: 0), size: size)
    }

    @Test func theFirstSearchAsksForTheIndexAndMatchesWhenItIsBuilt() {
        var deferred = deferredState()
        var inline = AppState(data: DashboardData(dataset: Fixture.dataset), size: size)
        #expect(Update.apply(.key(.character("/")), to: &deferred).isEmpty)
        let commands = Update.apply(.key(.character("t")), to: &deferred)
        #expect(commands == [.build(.search)])
        #expect(deferred.searchIsIndexing)
        #expect(deferred.building == [.search])
        #expect(deferred.matchCount(.meetings) == 0)
        #expect(Renderer.render(deferred).plainText.contains("indexing"))
        // Typing on while the index builds asks for nothing more.
        #expect(Update.apply(.key(.character("o")), to: &deferred).isEmpty)
        Update.apply(commands[0].run(with: deferred.data), to: &deferred)
        #expect(!deferred.searchIsIndexing)
        #expect(deferred.building.isEmpty)

        Update.apply(.key(.character("/")), to: &inline)
        #expect(Update.apply(.key(.character("t")), to: &inline).isEmpty)
        Update.apply(.key(.character("o")), to: &inline)
        #expect(deferred.search == inline.search)
        #expect(deferred.searchMatches == inline.searchMatches)
        #expect(deferred.lists == inline.lists)
        #expect(deferred.matchCount(.meetings) > 0)
    }

    @Test func theFirstFrameAsksForEveryIndexOnce() {
        var state = deferredState()
        #expect(Update.firstFrameDrawn(&state) == DataIndex.allCases.map(Command.build))
        #expect(state.building == Set(DataIndex.allCases))
        #expect(Update.firstFrameDrawn(&state).isEmpty)
        // A search while the index builds waits for that command instead of asking again.
        Update.apply(.key(.character("/")), to: &state)
        #expect(Update.apply(.key(.character("m")), to: &state).isEmpty)
        #expect(state.searchIsIndexing)
        // Indexes built before the first frame are not asked for.
        var built = deferredState()
        built.data.build(.regions)
        #expect(Update.firstFrameDrawn(&built) == [.build(.search), .build(.sortOrders)])
        #expect(DataIndex.allCases.first == .search, "what a search waits for is built first")
    }

    /// Keys pressed while the background work runs, and its events arriving in either order,
    /// end in the state of doing everything inline.
    @Test(arguments: [false, true])
    func keysBeforeTheIndexesAreReadyEndAsInline(searchFinishesFirst: Bool) {
        var deferred = deferredState()
        var commands = Update.firstFrameDrawn(&deferred)
        if searchFinishesFirst { commands.reverse() }
        let keys: [Key] = [.character("r"), .down, .enter, .character("s"), .character("/"), .character("m"), .character("i")]
        for key in keys { commands += Update.apply(.key(key), to: &deferred) }
        #expect(deferred.regionFilter != nil, "the filter answers from a scan before the bit sets exist")
        #expect(!deferred.data.isBuilt(.regions))
        #expect(deferred.searchIsIndexing)
        for command in commands { Update.apply(command.run(with: deferred.data), to: &deferred) }

        var inline = AppState(data: DashboardData(dataset: Fixture.dataset), size: size)
        for key in keys { Update.applyWaiting(.key(key), to: &inline) }
        #expect(deferred.building.isEmpty)
        #expect(!deferred.searchIsIndexing)
        #expect(deferred.regionFilter == inline.regionFilter)
        #expect(deferred.sortOrders == inline.sortOrders)
        #expect(deferred.sortOrders[Pane.meetings.rawValue] != RecordOrder.forEvents[0], "s sorted the meetings")
        #expect(deferred.visibleRows == inline.visibleRows)
        #expect(deferred.search == inline.search)
        #expect(deferred.searchMatches == inline.searchMatches)
        #expect(deferred.lists == inline.lists)
        #expect(deferred.detailRecord == inline.detailRecord)
        #expect(deferred.searchMatches.joined().contains(true))
    }

    @Test func aFilterGivesTheSameRowsBeforeAndAfterTheBitSets() {
        for region in ["africa", "western-africa", "asia", "IQ", "no-such-region"] {
            var scanned = deferredState()
            Update.perform(.filterRegion(region), &scanned)
            var indexed = deferredState()
            indexed.data.build(.regions)
            Update.perform(.filterRegion(region), &indexed)
            #expect(!scanned.data.isBuilt(.regions))
            #expect(scanned.visibleRows == indexed.visibleRows, "\(region)")
        }
    }
}
