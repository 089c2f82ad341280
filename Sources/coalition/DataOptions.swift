import ArgumentParser
import CoalitionModel

/// `--data DIR`, shared by every command that reads the data set.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder (default: $COALITION_DATA, else the shipped data set).", valueName: "dir"))
    var data: String?

    @Flag(name: .customLong("no-cache"), help: "Load and check the JSON in full, without reading or writing the snapshot cache.")
    var noCache = false

    var folder: String {
        DataLocator.locate(
            explicit: data, environment: ProcessEnvironment.variables,
            executablePath: DataLocator.executablePath(), workingDirectory: DataLocator.workingDirectory()
        )
    }

    /// Snapshots of data sets loaded before (README, "Start-up cache"); nil with `--no-cache` or
    /// when no cache folder is known.
    var cache: SnapshotCache? {
        guard !noCache, let directory = SnapshotCache.standardDirectory(environment: ProcessEnvironment.variables) else { return nil }
        return SnapshotCache(directory: directory, programIdentity: ProgramIdentity.current)
    }

    /// Loads and validates the data set (only the files `showing` needs, see `DatasetLoader`), or
    /// prints every problem and exits 65 (66 when unreadable).
    func loadOrExit(showing: Set<DataFile> = Set(DataFile.allCases)) throws -> Dataset {
        let progress = LoadProgress()
        let report = DatasetLoader.load(directory: folder, showing: showing, progress: progress.report, cache: cache)
        progress.finish()
        if let dataset = report.dataset { return dataset }
        printProblems(report)
        throw ExitCode(report.hasUnreadableInput ? ExitStatus.cannotRead : ExitStatus.badData)
    }
}

func printProblems(_ report: DatasetLoader.Report) {
    for problem in report.problems { printError(problem.description) }
    let count = report.problems.count
    printError("\(count) problem\(count == 1 ? "" : "s") found; nothing was opened.")
}

/// The sysexits codes the tool promises.
enum ExitStatus {
    static let usage: Int32 = 64
    static let badData: Int32 = 65
    static let cannotRead: Int32 = 66
    /// No terminal the dashboard can use.
    static let unavailable: Int32 = 69
}
