import CoalitionModel
import CoalitionOutput

/// Where the coverage report is read: the line chosen (always one that names a record, when
/// any does) and the first line shown.
public struct CoverageState: Hashable, Sendable {
    public var selected = 0
    public var scroll = 0
}

/// The two meetings or sessions compared, the marked one first, and how far the comparison is read.
public struct ComparisonState: Hashable, Sendable {
    public var first: RecordRef
    public var second: RecordRef
    public var scroll = 0
}

/// The lines the coverage or comparison view shows, built by `Update` when the view, the records or
/// the width change, so drawing never lays the report out again.
public struct ReportContent: Hashable, Sendable {
    public let title: String
    public let lines: [ReportLine]
    /// Positions of the lines that name a record, which the coverage cursor steps through.
    public let recordLines: [Int]

    init(title: String, lines: [ReportLine]) {
        self.title = title
        self.lines = lines
        recordLines = lines.indices.filter { lines[$0].record != nil }
    }

    static let empty = ReportContent(title: "", lines: [])

    /// What the content was built from: the data too, so data loaded anew lays the report out again.
    struct Source: Hashable, Sendable {
        var data: ObjectIdentifier
        var view: ViewMode
        var comparison: ComparisonState?
        var width: Int
        var ascii: Bool
        /// The coverage is kept to the region and dates, as the lists are.
        var region: String?
        var dates: DateBounds
    }

    /// `filtered` names the filters the report is kept to in its title, so it never reads as the
    /// whole record's gaps when it is not.
    static func coverage(_ report: CoverageReport, width: Int, ascii: Bool, filtered: Bool) -> ReportContent {
        ReportContent(title: "Coverage of the record" + (filtered ? (ascii ? " - " : " · ") + "within the region and dates" : ""),
                      lines: CoverageReportText.lines(report, width: width, ascii: ascii))
    }

    static func comparison(_ compared: ComparisonState, dataset: Dataset, width: Int, options: DisplayOptions) -> ReportContent {
        do {
            let comparison = try TextComparison(dataset: dataset, first: compared.first.id, second: compared.second.id)
            return ReportContent(title: "Compare: " + comparison.first.title + " " + options.glyphs.arrowRight + " " + comparison.second.title,
                                 lines: TextComparisonReport.lines(comparison, width: width, ascii: options.ascii))
        } catch {
            return ReportContent(title: "Compare", lines: [ReportLine(error.description)])
        }
    }
}
