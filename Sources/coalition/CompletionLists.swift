import ArgumentParser
import CoalitionModel
import CoalitionUI

/// Shell completions that read the data folder the command would read (`--data` on the line so
/// far, else `COALITION_DATA`, else the shipped data), so they offer what this data set holds.
enum CompletionLists {
    static let regions = CompletionKind.custom { words, _, _ in
        guard let dataset = dataset(for: words) else { return [] }
        let regions = dataset.regions
        return regions.areas.keys.sorted() + regions.groupings.keys.sorted() + regions.countries.keys.sorted()
    }

    static let ids = CompletionKind.custom { words, _, _ in
        guard let dataset = dataset(for: words) else { return [] }
        return dataset.meetings.map(\.id) + dataset.resolutions.map(\.id) + dataset.sessions.map(\.id) + dataset.members.map(\.id)
    }

    /// The records with a text to compare: meetings and sessions.
    static let textIDs = CompletionKind.custom { words, _, _ in
        guard let dataset = dataset(for: words) else { return [] }
        return dataset.meetings.map(\.id) + dataset.sessions.map(\.id)
    }

    static let panes = CompletionKind.list(Pane.allCases.map(\.commandName) + ViewMode.startable.map(\.name))

    static let lanes = CompletionKind.list(TimelineLane.allCases.map(\.commandName) + TimelineLane.allCases.flatMap(\.aliases))

    private static func dataset(for words: [String]) -> Dataset? {
        let explicit = words.firstIndex(of: "--data").flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil }
        let folder = DataLocator.locate(
            explicit: explicit, environment: ProcessEnvironment.variables,
            executablePath: DataLocator.executablePath(), workingDirectory: DataLocator.workingDirectory()
        )
        return DatasetLoader.load(directory: folder).dataset
    }
}
