import ArgumentParser
import CoalitionModel
import CoalitionOutput

/// `--region NAME`, as `list` and `stats` take it: declared once, so the two agree on its help,
/// its completion, the names it takes and the did-you-mean a mistyped one gets.
struct RegionOption: ParsableArguments {
    @Option(help: ArgumentHelp("Only records in this UN M49 region, analyst region or country (e.g. Africa, Sahel, \"Western Asia\", NE).", valueName: "name"),
            completion: CompletionLists.regions)
    var region: String?

    /// The region's id in the data set, nil without --region, or a usage error (exit 64) naming
    /// the nearest region.
    func resolved(in dataset: Dataset) throws -> String? {
        try region.map { typed in try reportingUsage { () throws(UsageProblem) in try RecordFilter.resolveRegion(typed, in: dataset) } }
    }
}
