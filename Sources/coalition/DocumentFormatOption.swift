import ArgumentParser
import CoalitionOutput

/// `--format text|json|markdown`, as `show`, `stats`, `compare` and `coverage` take it: declared
/// once, so the four agree on its name, help, completion and the error a bad value gets.
struct DocumentFormatOption: ParsableArguments {
    @Option(help: ArgumentHelp("text, json or markdown.", valueName: "format"),
            completion: .list(DocumentFormat.allCases.map(\.rawValue)))
    var format = DocumentFormat.text.rawValue

    /// The format named, or a usage error (exit 64) naming the valid ones.
    func chosen() throws -> DocumentFormat {
        try reportingUsage { () throws(UsageProblem) in try DocumentFormat.named(format, as: "format") }
    }
}
