/// Rows of text cells under named columns: what `list` and `regions` print as a table, CSV or Markdown.
public struct Table: Equatable, Sendable {
    public struct Column: Equatable, Sendable {
        public enum Alignment: Sendable { case left, right }

        public var header: String
        public var alignment: Alignment
        /// Long text a narrow terminal may cut (titles, summaries); other columns keep their width.
        public var shrinks: Bool

        public init(_ header: String, alignment: Alignment = .left, shrinks: Bool = false) {
            self.header = header
            self.alignment = alignment
            self.shrinks = shrinks
        }
    }

    public var columns: [Column]
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs a cell for each column")
        self.columns = columns
        self.rows = rows
    }
}
