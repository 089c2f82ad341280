import CoalitionModel
import CoalitionUI
import Testing

/// Slow work leaves `Update` as a command and comes back as an event; the result is the same
/// state as doing it inline.
@Suite("Commands: the first search on a large data set builds its index off the input loop")
struct CommandTests {
    @Test func theFirstSearchAsksForTheIndexAndMatchesWhenItIsBuilt() {
        let size = TerminalSize(columns: 120, rows: 40)
        var deferred = AppState(data: DashboardData(dataset: Fixture.dataset, inlineSearchIndexLimit: 0), size: size)
        var inline = AppState(data: DashboardData(dataset: Fixture.dataset), size: size)
        #expect(Update.apply(.key(.character("/")), to: &deferred).isEmpty)
        let commands = Update.apply(.key(.character("t")), to: &deferred)
        #expect(commands == [.buildSearchIndex])
        #expect(deferred.search.indexing)
        #expect(deferred.matchCount(.meetings) == 0)
        #expect(Renderer.render(deferred).plainText.contains("indexing"))
        // Typing on while the index builds asks for nothing more.
        #expect(Update.apply(.key(.character("o")), to: &deferred).isEmpty)
        Update.apply(commands[0].run(with: deferred.data), to: &deferred)
        #expect(!deferred.search.indexing)

        Update.apply(.key(.character("/")), to: &inline)
        #expect(Update.apply(.key(.character("t")), to: &inline).isEmpty)
        Update.apply(.key(.character("o")), to: &inline)
        #expect(deferred.search == inline.search)
        #expect(deferred.searchMatches == inline.searchMatches)
        #expect(deferred.lists == inline.lists)
        #expect(deferred.matchCount(.meetings) > 0)
    }
}
