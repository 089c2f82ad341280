import CoalitionModel
import CoalitionOutput
import Testing

@Suite("MarkdownWriter escapes what Markdown would read as syntax")
struct MarkdownWriterTests {
    @Test func tablesHaveAHeaderAndAlignmentRow() {
        let table = Table(columns: [.init("name"), .init("count", alignment: .right)], rows: [["Africa", "3"]])
        #expect(MarkdownWriter.table(table) == ["| name | count |", "|---|---:|", "| Africa | 3 |"])
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

    @Test func linksCannotBreakOutOfTheirBrackets() {
        #expect(MarkdownWriter.link("https://x.org/a b>c") == "<https://x.org/a%20b%3Ec>")
    }

    @Test func fixtureTitleWithAPipeStaysInItsCell() throws {
        let dataset = try Fixtures.dataset()
        let lines = MarkdownWriter.table(RecordTable.table(.meetings(dataset.meetings), in: dataset))
        let marrakesh = try #require(lines.first { $0.contains("marrakesh") })
        #expect(marrakesh.contains("\"first in Africa\" \\| 84"))
        #expect(marrakesh.split(separator: " | ").count == 6)
    }
}
