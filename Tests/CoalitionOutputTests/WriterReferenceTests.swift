import CoalitionModel
@testable import CoalitionOutput
import CoalitionTestSupport
import Testing

/// The writers defined simply, code point by code point and string by string (as they were first
/// written, but for quotes, pipes and backslashes, escaped wherever they are). The writers work
/// on UTF-8 bytes and copy what needs no change as it stands; these tests hold them to exactly
/// the bytes of these definitions.
enum SimpleWriters {
    static func csv(_ table: Table) -> String {
        ([table.columns.map(\.header)] + table.rows)
            .map { $0.map(csvField).joined(separator: ",") + "\r\n" }
            .joined()
    }

    static func csvField(_ text: String) -> String {
        var safe = withoutControlCharacters(text)
        if startsLikeAFormula(text) || startsLikeAFormula(safe) { safe = "'" + safe }
        guard safe.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return safe }
        return "\"" + String(String.UnicodeScalarView(safe.unicodeScalars.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] })) + "\""
    }

    static func startsLikeAFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r"
    }

    static func withoutControlCharacters(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var run = ""
        for scalar in text.unicodeScalars {
            if scalar == "\r" || scalar == "\n" {
                output.append(contentsOf: TextSanitizer.clean(run).unicodeScalars)
                output.append(scalar)
                run = ""
            } else {
                run.unicodeScalars.append(scalar)
            }
        }
        output.append(contentsOf: TextSanitizer.clean(run).unicodeScalars)
        return String(output)
    }

    /// A Markdown table without a width.
    static func markdown(_ table: Table) -> [String] {
        let rule = "|" + table.columns.map { $0.alignment == .right ? "---:" : "---" }.joined(separator: "|") + "|"
        let lines = ([table.columns.map(\.header)] + table.rows).map { "| " + $0.map(markdownCell).joined(separator: " | ") + " |" }
        return [lines[0], rule] + lines.dropFirst()
    }

    static func markdownCell(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in TextSanitizer.clean(text).unicodeScalars {
            if scalar == "\\" || scalar == "|" { output.append("\\") }
            output.append(scalar)
        }
        return String(output)
    }

    static func tableLines(_ table: Table, width: Int?, boldHeader: Bool) -> [String] {
        let header = table.columns.map { TextSanitizer.clean($0.header) }
        let rows = table.rows.map { $0.map(TextSanitizer.clean) }
        let cells = [header] + rows
        let widestCells = table.columns.indices.map { index in cells.map { TextWidth.of($0[index]) }.max() ?? 0 }
        let widths = TableWriter.columnWidths(table.columns, widestCells: widestCells, limit: width)
        let rule = widths.map { String(repeating: "-", count: $0) }
        let cut = width != nil
        var headerLine = tableLine(header, table.columns, widths, cut: cut)
        if boldHeader { headerLine = "\u{1B}[1m" + headerLine + "\u{1B}[0m" }
        return [headerLine, tableLine(rule, table.columns, widths, cut: cut)] + rows.map { tableLine($0, table.columns, widths, cut: cut) }
    }

    static func tableLine(_ cells: [String], _ columns: [Table.Column], _ widths: [Int], cut cutCells: Bool) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let cut = cutCells ? TextWidth.truncate(cell, to: widths[index]) : cell
            let padding = String(repeating: " ", count: max(0, widths[index] - TextWidth.of(cut)))
            let isLast = index == cells.count - 1
            switch columns[index].alignment {
            case .left: parts.append(isLast ? cut : cut + padding)
            case .right: parts.append(padding + cut)
            }
        }
        return parts.joined(separator: "  ")
    }
}

@Suite("The byte writers write exactly what the simple definitions write")
struct WriterReferenceTests {
    /// Pieces that each rule looks at, and the text around them that changes how a rule sees it:
    /// line breaks and controls, bidi and zero-width characters, the characters each format
    /// escapes, what starts a formula, combining marks (alone, after an escaped character, at a
    /// field's start), a prepended mark that joins the character after it, wide CJK and emoji,
    /// an unassigned code point, and a character canonically equal to a backquote.
    static let pieces: [String] = [
        "a", "Zz", "Marrakesh", " ", "  ", "0", "2022-05", ",", "\"", "\"\"", "'", "|", "\\", "\\|", "=", "+", "-", "@", "\t",
        "\r", "\n", "\r\n", "\n\r", "\u{0}", "\u{7}", "\u{1B}", "\u{1B}[31m", "\u{7F}", "\u{85}", "\u{9B}", "\u{0B}", "\u{0C}",
        "\u{2028}", "\u{2029}", "\u{202E}", "\u{200E}", "\u{2066}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{AD}",
        "\u{301}", "\u{20E3}", "\u{FE0F}", "\u{E0100}", "|\u{301}", "\\\u{200D}", "\u{D4E}", "\u{D4E}|", "\u{600}", "e\u{301}",
        "é", "Réunion", "東京", "外務省", "👍🏽", "👨‍👩‍👧", "🇫🇷", "1\u{FE0F}\u{20E3}", "\u{1100}\u{1161}", "\u{378}", "\u{E000}",
        "\u{1FEF}", "\u{37E}", "\u{FF5C}", "\u{2223}", "*", "_", "`", "[", "]", "<", ">", "<\u{338}", "\u{10FFFF}",
    ]

    static func randomText(_ random: inout SeededGenerator) -> String {
        (0..<random.int(in: 0...12)).map { _ in random.pick(pieces) }.joined()
    }

    /// Tables of random text, with columns of either alignment, shrinking or not.
    static func randomTables(count: Int, seed: UInt64) -> [Table] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let columns = (0..<random.int(in: 1...5)).map { _ in
                Table.Column(randomText(&random), alignment: random.chance(0.3) ? .right : .left, shrinks: random.chance(0.5))
            }
            let rows = (0..<random.int(in: 0...6)).map { _ in columns.map { _ in randomText(&random) } }
            return Table(columns: columns, rows: rows)
        }
    }

    /// One cell of each crafted text, and each piece alone, at the start, the end and doubled.
    static var craftedTables: [Table] {
        let long = String(repeating: "Réunion, \"東京\" | \\ 👍🏽\r\n\u{1B}\u{202E}", count: 1_000)
        let texts = ["", long, String(repeating: "x", count: 100_000), "=\r1", "\r=1", "\u{301}=1", "\u{200B}=1", " =1", "\u{1B}=1"]
            + pieces.flatMap { [$0, "x" + $0, $0 + "x", $0 + $0, "\u{301}" + $0, $0 + "\u{301}"] }
        let columns = [Table.Column("x", shrinks: true), Table.Column("n", alignment: .right)]
        return [Table(columns: columns, rows: texts.map { [$0, $0] })] + texts.map { Table(columns: [.init($0)], rows: [[$0]]) }
    }

    /// Every column of every shipped record, with and without a region's `via` column, and the
    /// fixture's records with their quotes, commas, pipes and escape sequence.
    static func recordTables() throws -> [Table] {
        var tables: [Table] = []
        for dataset in [try Fixtures.shipped(), try Fixtures.dataset()] {
            let lists: [RecordList] = [.meetings(dataset.meetings), .resolutions(dataset.resolutions), .sessions(dataset.sessions), .members(dataset.members)]
            for list in lists {
                for region in [nil, "africa"] as [String?] {
                    tables.append(RecordColumns.table(list, columns: RecordColumns.names(for: list.type), in: dataset, region: region))
                }
                tables.append(RecordColumns.defaultTable(list, in: dataset))
            }
        }
        return tables
    }

    static func allTables() throws -> [Table] {
        try recordTables() + craftedTables + randomTables(count: 400, seed: 7)
    }

    static func pieces(_ write: (([UInt8]) -> Void) -> Void) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        write { pieces.append($0) }
        return pieces
    }

    @Test func csvIsTheSimpleDefinition() throws {
        for table in try Self.allTables() {
            #expect(CSVWriter.text(table) == SimpleWriters.csv(table), "\(table.rows.prefix(3))")
        }
    }

    @Test func csvFieldsAreTheSimpleDefinition() {
        var random = SeededGenerator(seed: 11)
        for text in Self.pieces + (0..<5_000).map({ _ in Self.randomText(&random) }) {
            var bytes: [UInt8] = []
            CSVWriter.appendField(text, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == SimpleWriters.csvField(text), "\(text.debugDescription)")
            #expect(CSVWriter.withoutControlCharacters(text) == SimpleWriters.withoutControlCharacters(text))
        }
    }

    @Test func markdownIsTheSimpleDefinition() throws {
        for table in try Self.allTables() {
            #expect(MarkdownWriter.table(table) == SimpleWriters.markdown(table), "\(table.rows.prefix(3))")
            let written = String(decoding: Self.pieces { MarkdownWriter.write(RowSource(table), to: $0) }.joined(), as: UTF8.self)
            #expect(written == SimpleWriters.markdown(table).map { $0 + "\n" }.joined())
        }
        var random = SeededGenerator(seed: 13)
        for text in Self.pieces + (0..<5_000).map({ _ in Self.randomText(&random) }) {
            #expect(MarkdownWriter.cell(text) == SimpleWriters.markdownCell(text), "\(text.debugDescription)")
        }
    }

    @Test func tableIsTheSimpleDefinition() throws {
        for table in try Self.allTables() {
            for (width, bold) in [(nil, false), (nil, true), (1, false), (12, false), (80, true), (200, false)] as [(Int?, Bool)] {
                do {
                    let simple = SimpleWriters.tableLines(table, width: width, boldHeader: bold)
                    #expect(TableWriter.lines(table, width: width, boldHeader: bold) == simple, "\(table.rows.prefix(3)) at \(String(describing: width))")
                    let written = String(decoding: Self.pieces { TableWriter.write(RowSource(table), width: width, boldHeader: bold, to: $0) }.joined(), as: UTF8.self)
                    #expect(written == simple.map { $0 + "\n" }.joined())
                }
            }
        }
    }

    /// A document longer than a piece goes out in several, each ending at a line's end, and
    /// together they are the whole text.
    @Test func longDocumentsAreHandedOnInWholeLines() {
        var random = SeededGenerator(seed: 17)
        let columns = [Table.Column("id"), Table.Column("text", shrinks: true), Table.Column("n", alignment: .right)]
        let rows = (0..<25_000).map { row in ["id-\(row)", (0..<random.int(in: 4...20)).map { _ in random.pick(Self.pieces) }.joined(), String(row)] }
        let table = Table(columns: columns, rows: rows)
        let csv = Self.pieces { CSVWriter.write(RowSource(table), to: $0) }
        let markdown = Self.pieces { MarkdownWriter.write(RowSource(table), to: $0) }
        let text = Self.pieces { TableWriter.write(RowSource(table), width: nil, to: $0) }
        for (pieces, whole, lineEnd) in [(csv, SimpleWriters.csv(table), "\r\n"),
                                         (markdown, SimpleWriters.markdown(table).map { $0 + "\n" }.joined(), "\n"),
                                         (text, SimpleWriters.tableLines(table, width: nil, boldHeader: false).map { $0 + "\n" }.joined(), "\n")] {
            #expect(pieces.count > 1)
            #expect(pieces.allSatisfy { $0.count <= OutputPieces.pieceSize + 100_000 && $0.suffix(lineEnd.utf8.count).elementsEqual(lineEnd.utf8) })
            #expect(String(decoding: pieces.joined(), as: UTF8.self) == whole, "\(lineEnd.debugDescription) lines differ")
        }
    }

    /// A CSV reader gets every field back as the writer meant it: a quote a combining mark
    /// follows is doubled like any other, so it cannot end the field early and start a formula.
    @Test func csvReadsBackFieldByField() {
        var random = SeededGenerator(seed: 19)
        let texts = ["a\"\u{301},=HYPERLINK(\"http://e.x\")", "\"\u{200D},=1", "\u{D4E}\",@x"]
            + Self.pieces + (0..<2_000).map { _ in Self.randomText(&random) }
        for text in texts {
            var line: [UInt8] = []
            CSVWriter.appendRow([text, "next"], to: &line)
            let safe = SimpleWriters.withoutControlCharacters(text)
            let meant = (SimpleWriters.startsLikeAFormula(text) || SimpleWriters.startsLikeAFormula(safe) ? "'" : "") + safe
            #expect(Self.readCSVRow(line) == [meant, "next"], "\(text.debugDescription)")
        }
    }

    /// A Markdown reader splits a row at every pipe byte not escaped by a backslash.
    @Test func markdownCellsStayWhole() {
        var random = SeededGenerator(seed: 23)
        for text in ["a|\u{301}b", "\u{D4E}|x", "\\\u{200D}|"] + Self.pieces + (0..<2_000).map({ _ in Self.randomText(&random) }) {
            let row = Array(MarkdownWriter.table(Table(columns: [.init("a"), .init("b")], rows: [[text, "next"]]))[2].utf8)
            var unescapedPipes = 0, escaped = false
            for byte in row {
                if !escaped, byte == UInt8(ascii: "|") { unescapedPipes += 1 }
                escaped = !escaped && byte == UInt8(ascii: "\\")
            }
            #expect(unescapedPipes == 3, "\(text.debugDescription)")
        }
    }

    /// RFC 4180's reading of one row (its CRLF included): fields end at commas outside quotes, and
    /// two quotes inside quotes are one.
    static func readCSVRow(_ bytes: [UInt8]) -> [String] {
        var fields: [[UInt8]] = [[]]
        var inQuotes = false
        var index = 0
        let content = bytes.dropLast(2)
        while index < content.count {
            let byte = content[index]
            if byte == UInt8(ascii: "\"") {
                if inQuotes, index + 1 < content.count, content[index + 1] == byte {
                    fields[fields.count - 1].append(byte)
                    index += 1
                } else {
                    inQuotes.toggle()
                }
            } else if byte == UInt8(ascii: ","), !inQuotes {
                fields.append([])
            } else {
                fields[fields.count - 1].append(byte)
            }
            index += 1
        }
        return fields.map { String(decoding: $0, as: UTF8.self) }
    }
}
