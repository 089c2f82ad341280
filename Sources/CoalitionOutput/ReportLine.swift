import CoalitionModel

/// One line of a text report (`compare`, `coverage`) before it is printed or drawn: the command
/// line makes headings bold with escape codes, the dashboard draws them in its own styles and lets
/// Enter open the record a line is about.
public struct ReportLine: Hashable, Sendable {
    public var text: String
    public var isHeading: Bool
    /// The record the line lists, if it lists one.
    public var record: RecordRef?

    public init(_ text: String, isHeading: Bool = false, record: RecordRef? = nil) {
        self.text = text
        self.isHeading = isHeading
        self.record = record
    }

    /// The lines as a terminal or a pipe takes them: headings bold only where style is allowed.
    public static func printable(_ lines: [ReportLine], boldHeadings: Bool) -> [String] {
        lines.map { boldHeadings && $0.isHeading ? "\u{1B}[1m" + $0.text + "\u{1B}[0m" : $0.text }
    }
}
