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

/// A table's rows made one at a time, as they are asked for: `list` writes a long CSV or
/// Markdown table from one, so no row outlives its line (a text table, padded to its widest
/// cells, makes every row first).
public struct RowSource: Sendable {
    public var columns: [Table.Column]
    public var count: Int
    public var row: @Sendable (Int) -> [String]

    public init(columns: [Table.Column], count: Int, row: @escaping @Sendable (Int) -> [String]) {
        self.columns = columns
        self.count = count
        self.row = row
    }

    public init(_ table: Table) {
        self.init(columns: table.columns, count: table.rows.count) { table.rows[$0] }
    }
}
