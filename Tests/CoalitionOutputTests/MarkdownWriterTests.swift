import CoalitionModel
import CoalitionOutput
import Testing

@Suite("MarkdownWriter escapes what Markdown would read as syntax")
struct MarkdownWriterTests {
    @Test func tablesHaveAHeaderAndAlignmentRow() {
        let table = Table(columns: [.init("name"), .init("count", alignment: .right)], rows: [["Africa", "3"]])
        #expect(MarkdownWriter.table(table) == ["| name | count |", "|---|---:|", "| Africa | 3 |"])
    }

    /// With a width every line fits it, counted in terminal cells (wide characters count two);
    /// a row that fits is written as without a width, and the fixed columns are kept whole while
    /// the shrinking ones have room.
    @Test func aWidthBoundsEveryLineOfATable() {
        let long = String(repeating: "Réunion ministérielle 東京 | ", count: 8)
        let table = Table(columns: [.init("date"), .init("title", shrinks: true), .init("place", shrinks: true)],
                          rows: [["2022-05-11", long, "Marrakesh, Morocco"], ["2014", "short", "Paris"]])
        let whole = MarkdownWriter.table(table)
        for width in [20, 25, 40, 60, 80, 200] {
            let lines = MarkdownWriter.table(table, width: width)
            #expect(lines.count == whole.count)
            for line in lines { #expect(TextWidth.of(line) <= width, "\(width): \(line)") }
            if width >= 40 {
                #expect(lines[1] == whole[1], "the rule is whole")
                #expect(lines[2].hasPrefix("| 2022-05-11 | Réunion") && lines[2].hasSuffix(" |"), "the row keeps its cells: \(lines[2])")
                #expect(lines[2].contains("…"))
            }
            #expect(TextWidth.of(whole[3]) <= width ? lines[3] == whole[3] : lines[3].contains("…"))
        }
        #expect(MarkdownWriter.table(table, width: 1000) == whole)
    }

    /// A cut that falls between a backslash and the character it escapes drops the backslash, so it
    /// cannot escape the ellipsis or the cell's closing pipe.
    @Test func aCutCellNeverEndsInAHalfEscape() {
        for prefix in 0..<8 {
            let text = String(repeating: "a", count: prefix) + String(repeating: "|", count: 20)
            for width in 2...12 {
                let cut = MarkdownWriter.table(Table(columns: [.init("x", shrinks: true)], rows: [[text]]), width: width + 4)[2]
                let inside = cut.dropFirst(2).dropLast(2).dropLast(1) // "| ", " |" and the ellipsis
                #expect(inside.reversed().prefix { $0 == "\\" }.count % 2 == 0, "\(prefix) letters at \(width): \(cut)")
                // A row cut as a whole, its fixed first cell too wide for the width, neither.
                let row = MarkdownWriter.table(Table(columns: [.init("x"), .init("y")], rows: [[text, "b"]]), width: width + 4)[2]
                #expect(row.dropLast(1).reversed().prefix { $0 == "\\" }.count % 2 == 0, "\(prefix) letters at \(width): \(row)")
            }
        }
    }

    @Test func pipesAndBackslashesInCellsAreEscaped() {
        #expect(MarkdownWriter.cell("a | b") == "a \\| b")
        #expect(MarkdownWriter.cell("already \\| escaped") == "already \\\\\\| escaped")
    }

    @Test func lineBreaksAndControlsCannotEndARow() {
        #expect(MarkdownWriter.cell("one\ntwo\u{1B}") == "one two^[")
    }

    @Test func runningTextEscapesEmphasisLinksAndHTML() {
        #expect(MarkdownWriter.text("*a* _b_ [c](d) <e>") == "\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\>")
    }

    /// A reader acts on the `*` byte whatever mark follows it, and U+1FEF is no backquote to it,
    /// though Swift counts the characters equal.
    @Test func runningTextEscapesByCodePoint() {
        // Compared by code point: Swift's == would count U+1FEF and a backquote equal.
        #expect(Array(MarkdownWriter.text("*\u{301}a*").unicodeScalars) == Array("\\*\u{301}a\\*".unicodeScalars))
        #expect(Array(MarkdownWriter.text("\u{1FEF}").unicodeScalars) == ["\u{1FEF}"])
    }

    @Test func linksCannotBreakOutOfTheirBrackets() {
        #expect(MarkdownWriter.link("https://x.org/a b>c") == "<https://x.org/a%20b%3Ec>")
    }

    @Test func fixtureTitleWithAPipeStaysInItsCell() throws {
        let dataset = try Fixtures.dataset()
        let lines = MarkdownWriter.table(RecordColumns.defaultTable(.meetings(dataset.meetings), in: dataset))
        let marrakesh = try #require(lines.first { $0.contains("marrakesh") })
        #expect(marrakesh.contains("\"first in Africa\" \\| 84"))
        #expect(marrakesh.split(separator: " | ").count == 6)
    }
}
