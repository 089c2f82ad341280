import CoalitionModel

/// `themes` as JSON, CSV or Markdown: the same matrix the heat map draws, as numbers.
public enum ThemeMatrixReport {
    /// The matrix as a table: a row per theme, then the statements row; a column per year or
    /// meeting (headed by `header`), then the totals.
    static func table(_ matrix: ThemeMatrix, header: (ThemeMatrix.Column) -> String) -> Table {
        let totals = matrix.themeTotals
        let rows = matrix.themes.enumerated().map { row, theme in
            [theme.rawValue] + matrix.columns.indices.map { String(matrix.count(theme: row, column: $0)) } + [String(totals[row])]
        }
        let statementRow = ["statements"] + matrix.statementsPerColumn.map(String.init) + [String(matrix.statementTotal)]
        return Table(
            columns: [.init("theme")] + matrix.columns.map { .init(header($0), alignment: .right) } + [.init("total", alignment: .right)],
            rows: rows + [statementRow]
        )
    }

    /// Machine-readable headers: years or meeting and session ids.
    public static func csv(_ matrix: ThemeMatrix) -> String {
        CSVWriter.text(table(matrix, header: \.key))
    }

    /// Headers a reader knows: years, or each meeting's date and title.
    public static func markdown(_ matrix: ThemeMatrix) -> [String] {
        MarkdownWriter.table(table(matrix, header: { column in
            matrix.axis == .year ? column.title : [column.date?.description, column.title].compactMap { $0 }.joined(separator: " ")
        }))
    }

    public static func json(_ matrix: ThemeMatrix, region: String?, dates: DateBounds) throws -> String {
        try RecordJSON.text(ThemeMatrixJSON(matrix, region: region, dates: dates))
    }
}

/// The matrix with its filters, for `jq '.themes[] | select(.theme == "africa") | .counts'`.
struct ThemeMatrixJSON: Encodable {
    struct Column: Encodable {
        var key: String
        var title: String
        var date: String?
        var statements: Int
    }

    struct Row: Encodable {
        var theme: String
        var label: String
        var counts: [Int]
        var total: Int
        /// The ids behind each count, column by column.
        var statementIDs: [[String]]
    }

    var by: String
    var region: String?
    var from: String?
    var to: String?
    var columns: [Column]
    var themes: [Row]
    var statements: Int

    init(_ matrix: ThemeMatrix, region: String?, dates: DateBounds) {
        by = matrix.axis.rawValue
        self.region = region
        from = dates.from?.description
        to = dates.to?.description
        columns = zip(matrix.columns, matrix.statementsPerColumn).map { column, count in
            Column(key: column.key, title: column.title, date: column.date?.description, statements: count)
        }
        let totals = matrix.themeTotals
        themes = matrix.themes.enumerated().map { row, theme in
            Row(theme: theme.rawValue, label: theme.label, counts: matrix.statements[row].map(\.count), total: totals[row], statementIDs: matrix.statements[row])
        }
        statements = matrix.statementTotal
    }
}
