import CoalitionModel

/// `compare` as text with the statements side by side, as Markdown, or as JSON.
public enum TextComparisonReport {
    // MARK: Text

    public static func text(_ comparison: TextComparison, width: Int, ascii: Bool, boldTitles: Bool = false) -> [String] {
        ReportLine.printable(lines(comparison, width: width, ascii: ascii), boldHeadings: boldTitles)
    }

    /// From this width the two texts' statements stand side by side; narrower, one after the other.
    public static let sideBySideFrom = 72

    /// The comparison's lines at a width, for the command line and the dashboard's comparison view.
    public static func lines(_ comparison: TextComparison, width: Int, ascii: Bool) -> [ReportLine] {
        let separator = ascii ? " - " : " · "
        let quoted = { (statement: Resolution) in statementText(statement, ascii: ascii) }
        let wrapWidth = max(20, width - 2)
        let columns = Columns(width: width, ascii: ascii)
        var lines: [ReportLine] = []
        func add(_ texts: [String]) { lines += texts.map { ReportLine($0) } }
        func section(_ title: String) { lines += [ReportLine(""), ReportLine(title, isHeading: true)] }
        for (label, side) in [("first", comparison.first), ("second", comparison.second)] {
            lines += TextWidth.wrap("\(label): \(heading(side))", to: width).map { ReportLine($0, isHeading: true) }
            let facts = [side.record.id, statementCount(side.statements.count), memberCountText(side.memberCount)].joined(separator: separator)
            add(TextWidth.wrap(facts, to: wrapWidth).map { "  " + $0 })
        }

        section("Themes")
        for (label, themes) in themeGroups(comparison) {
            let names = themes.isEmpty ? "none" : themes.map(\.label).joined(separator: ", ")
            add(TextWidth.wrap("\(label) (\(themes.count)): \(names)", to: wrapWidth).map { "  " + $0 })
        }

        section("Statements by theme")
        if columns.sideBySide {
            add(["  " + TextWidth.fit("first: " + comparison.first.title, to: columns.column, ellipsis: columns.ellipsis) + "   "
                 + TextWidth.truncate("second: " + comparison.second.title, to: columns.column, ellipsis: columns.ellipsis)])
        }
        for pair in comparison.pairs {
            add(["  " + pair.theme.label])
            add(columns.paired(pair.first.map(quoted), pair.second.map(quoted)))
        }

        section("Members")
        for (label, side) in [("first", comparison.first), ("second", comparison.second)] {
            let joined = side.membersJoined.map(\.name)
            add(TextWidth.wrap("\(label): \(memberCountText(side.memberCount)); joined that day: \(joined.isEmpty ? "none recorded" : joined.joined(separator: ", "))", to: wrapWidth).map { "  " + $0 })
        }
        add(columns.paired(comparison.first.membershipStatements.map(quoted), comparison.second.membershipStatements.map(quoted)))

        section("Africa")
        if comparison.first.africaStatements.isEmpty && comparison.second.africaStatements.isEmpty {
            add(["  neither text says anything about Africa"])
        } else {
            if columns.sideBySide {
                add(["  " + TextWidth.fit("first (\(comparison.first.africaStatements.count))", to: columns.column) + "   second (\(comparison.second.africaStatements.count))"])
            }
            add(columns.paired(comparison.first.africaStatements.map(quoted), comparison.second.africaStatements.map(quoted),
                               counted: true))
        }
        return lines
    }

    /// How two lists of statements are laid out at a width: in two columns, the n-th of each on the
    /// same lines, or, narrower, the first text's and then the second's, each under its label.
    struct Columns {
        let sideBySide: Bool
        let column: Int
        let width: Int
        let bullet: String
        let divider: String
        let ellipsis: String

        init(width: Int, ascii: Bool) {
            sideBySide = width >= TextComparisonReport.sideBySideFrom
            column = max(10, (width - 5) / 2)
            self.width = width
            bullet = ascii ? "*" : "•"
            divider = ascii ? "|" : "│"
            ellipsis = ascii ? "..." : "…"
        }

        /// `counted` labels the stacked lists with their counts, which the side-by-side heading shows.
        func paired(_ left: [String], _ right: [String], counted: Bool = false) -> [String] {
            if sideBySide { return TextComparisonReport.sideBySide(left, right, column: column, bullet: bullet, divider: divider) }
            var lines: [String] = []
            for (label, items) in [("first", left), ("second", right)] where counted || !items.isEmpty {
                lines.append("    " + label + (counted ? " (\(items.count))" : "") + ":")
                for item in items { lines += TextComparisonReport.wrapped(item, width: max(12, width - 4), bullet: bullet).map { "    " + $0 } }
            }
            return lines
        }
    }

    /// Two lists of paragraphs in two columns, the n-th of each on the same lines.
    static func sideBySide(_ left: [String], _ right: [String], column: Int, bullet: String, divider: String) -> [String] {
        var lines: [String] = []
        for index in 0..<max(left.count, right.count) {
            let leftLines = index < left.count ? wrapped(left[index], width: column, bullet: bullet) : []
            let rightLines = index < right.count ? wrapped(right[index], width: column, bullet: bullet) : []
            for row in 0..<max(leftLines.count, rightLines.count) {
                let leftText = row < leftLines.count ? leftLines[row] : ""
                let rightText = row < rightLines.count ? rightLines[row] : ""
                var line = "  " + TextWidth.fit(leftText, to: column) + " " + divider + " " + rightText
                while line.hasSuffix(" ") { line.removeLast() }
                lines.append(line)
            }
        }
        return lines
    }

    static func wrapped(_ text: String, width: Int, bullet: String) -> [String] {
        TextWidth.wrap(text, to: width - 2).enumerated().map { ($0 == 0 ? bullet + " " : "  ") + $1 }
    }

    // MARK: Markdown

    public static func markdown(_ comparison: TextComparison) -> [String] {
        var lines = ["# " + MarkdownWriter.text(heading(comparison.first)) + " and " + MarkdownWriter.text(heading(comparison.second)), ""]
        for (label, side) in [("First", comparison.first), ("Second", comparison.second)] {
            lines.append("- **\(label):** `\(side.record.id)`, \(statementCount(side.statements.count)), \(MarkdownWriter.text(memberCountText(side.memberCount)))")
        }
        lines += ["", "## Themes", ""]
        for (label, themes) in themeGroups(comparison) {
            lines.append("- **\(label.prefix(1).uppercased() + label.dropFirst()) (\(themes.count)):** " + (themes.isEmpty ? "none" : themes.map(\.label).joined(separator: ", ")))
        }
        lines += ["", "## Statements by theme"]
        for pair in comparison.pairs {
            lines += ["", "### " + MarkdownWriter.text(pair.theme.label), ""] + pairedTable(pair.first, pair.second)
        }
        lines += ["", "## Members", ""]
        for (label, side) in [("First", comparison.first), ("Second", comparison.second)] {
            let joined = side.membersJoined.map(\.name)
            lines.append("- **\(label):** " + MarkdownWriter.text(memberCountText(side.memberCount)) + "; joined that day: "
                         + (joined.isEmpty ? "none recorded" : joined.map(MarkdownWriter.text).joined(separator: ", ")))
        }
        if !(comparison.first.membershipStatements.isEmpty && comparison.second.membershipStatements.isEmpty) {
            lines += [""] + pairedTable(comparison.first.membershipStatements, comparison.second.membershipStatements)
        }
        lines += ["", "## Africa", ""]
        if comparison.first.africaStatements.isEmpty && comparison.second.africaStatements.isEmpty {
            lines.append("Neither text says anything about Africa.")
        } else {
            lines += pairedTable(comparison.first.africaStatements, comparison.second.africaStatements)
        }
        return lines
    }

    private static func pairedTable(_ first: [Resolution], _ second: [Resolution]) -> [String] {
        let rows = (0..<max(first.count, second.count)).map { index in
            [index < first.count ? statementText(first[index]) : "", index < second.count ? statementText(second[index]) : ""]
        }
        return MarkdownWriter.table(Table(columns: [.init("first"), .init("second")], rows: rows))
    }

    // MARK: JSON

    public static func json(_ comparison: TextComparison) throws -> String {
        try RecordJSON.text(TextComparisonJSON(comparison))
    }

    // MARK: Shared wording

    static func heading(_ side: TextComparison.Side) -> String {
        "\(side.title) (\(side.endDate.map { "\(side.date) to \($0)" } ?? side.date.description))"
    }

    static func statementCount(_ count: Int) -> String { "\(count) statement\(count == 1 ? "" : "s")" }

    static func memberCountText(_ stated: TextComparison.StatedMemberCount?) -> String {
        guard let stated else { return "member count unknown" }
        let count = (stated.qualifier.map { $0.rawValue + " " } ?? "") + "\(stated.count) members"
        return stated.statedByTheRecord ? count + " (stated at the time)" : count + " (the latest count before, \(stated.date))"
    }

    /// The summary, the quote and the id, which `show` opens.
    static func statementText(_ statement: Resolution, ascii: Bool = false) -> String {
        let (open, close) = ascii ? ("\"", "\"") : ("\u{201C}", "\u{201D}")
        return statement.summary + (statement.quote.map { " \(open)\($0)\(close)" } ?? "") + " [\(statement.id)]"
    }

    static func themeGroups(_ comparison: TextComparison) -> [(String, [Theme])] {
        [("in both", comparison.themesInBoth), ("only in the first", comparison.themesOnlyInFirst), ("only in the second", comparison.themesOnlyInSecond)]
    }
}

/// The comparison as `compare --format json` writes it: ids and themes as the options name them.
struct TextComparisonJSON: Encodable {
    struct Statement: Encodable {
        var id: String
        var order: Int
        var summary: String
        var quote: String?
        var themes: [String]
    }

    struct MemberCount: Encodable {
        var count: Int
        var qualifier: String?
        var date: String
        var statedByTheRecord: Bool
    }

    struct Side: Encodable {
        var id: String
        var record: String
        var title: String
        var date: String
        var endDate: String?
        var themes: [String]
        var statements: [Statement]
        var memberCount: MemberCount?
        var membersJoined: [String]
        var membershipStatements: [String]
        var africaStatements: [String]

        init(_ side: TextComparison.Side) {
            id = side.record.id
            if case .session = side.record { record = "session" } else { record = "meeting" }
            title = side.title
            date = side.date.description
            endDate = side.endDate?.description
            themes = side.themes.map(\.rawValue)
            statements = side.statements.map {
                Statement(id: $0.id, order: $0.order, summary: $0.summary, quote: $0.quote, themes: $0.themes.map(\.rawValue))
            }
            memberCount = side.memberCount.map {
                MemberCount(count: $0.count, qualifier: $0.qualifier?.rawValue, date: $0.date.description, statedByTheRecord: $0.statedByTheRecord)
            }
            membersJoined = side.membersJoined.map(\.id)
            membershipStatements = side.membershipStatements.map(\.id)
            africaStatements = side.africaStatements.map(\.id)
        }
    }

    struct Themes: Encodable {
        var inBoth: [String]
        var onlyFirst: [String]
        var onlySecond: [String]
    }

    struct Pair: Encodable {
        var theme: String
        var first: [String]
        var second: [String]
    }

    var first: Side
    var second: Side
    var themes: Themes
    var byTheme: [Pair]

    init(_ comparison: TextComparison) {
        first = Side(comparison.first)
        second = Side(comparison.second)
        themes = Themes(
            inBoth: comparison.themesInBoth.map(\.rawValue), onlyFirst: comparison.themesOnlyInFirst.map(\.rawValue),
            onlySecond: comparison.themesOnlyInSecond.map(\.rawValue)
        )
        byTheme = comparison.pairs.map { Pair(theme: $0.theme.rawValue, first: $0.first.map(\.id), second: $0.second.map(\.id)) }
    }
}
