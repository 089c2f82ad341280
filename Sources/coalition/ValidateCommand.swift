import ArgumentParser
import CoalitionModel

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the data folder: strict JSON, fields, links, dates, places and sources.",
        discussion: """
        Prints "ok" with the number of records of each kind, or every problem, one a line:
        FILE:LINE:COLUMN: message for syntax, FILE: path.to.field: message for meaning.
        Exits 65 when the data is wrong and 66 when it cannot be read.

        Examples:
          coalition validate
          coalition validate --data ~/my-coalition-data
        """
    )

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let folder = dataOptions.folder
        let progress = LoadProgress()
        let report = DatasetLoader.load(directory: folder, progress: progress.report, cache: dataOptions.cache)
        progress.finish()
        guard report.problems.isEmpty else {
            printProblems(report)
            throw ExitCode(report.hasUnreadableInput ? ExitStatus.cannotRead : ExitStatus.badData)
        }
        let counts = report.counts.map { "\($0.count) \($0.kind)" }.joined(separator: ", ")
        print("ok: \(TextSanitizer.clean(folder)): \(counts)")
        exitWithoutTearDown()
    }
}
