import CoalitionModel
import CoalitionOutput
import Testing

@Suite("CSVWriter writes RFC 4180")
struct CSVWriterTests {
    @Test(arguments: ["=1+2", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\",\"a\")"])
    func cellsThatAFormulaCouldStartWithGetAQuote(_ cell: String) {
        let text = CSVWriter.text(Table(columns: [.init("x")], rows: [[cell]]))
        let field = String(text.dropFirst("x\r\n".count).dropLast(2))
        // Quoted or not, the field's content begins with the single quote.
        #expect(field.hasPrefix("'") || field.hasPrefix("\"'"), "\(field.debugDescription)")
    }

    @Test func ordinaryCellsAreLeftAlone() {
        let table = Table(columns: [.init("x")], rows: [["Marrakesh"], ["a-b"], ["2022-05-11"], ["x=1"], [""]])
        #expect(CSVWriter.text(table) == "x\r\nMarrakesh\r\na-b\r\n2022-05-11\r\nx=1\r\n\r\n")
    }

    @Test func headerRowAndCRLFLineEnds() {
        let table = Table(columns: [.init("id"), .init("n")], rows: [["a", "1"]])
        #expect(CSVWriter.text(table) == "id,n\r\na,1\r\n")
    }

    @Test func fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        let table = Table(columns: [.init("text")], rows: [["a,b"], ["say \"no\""], ["two\nlines"], ["cr\rhere"], ["plain"]])
        #expect(CSVWriter.text(table) == "text\r\n\"a,b\"\r\n\"say \"\"no\"\"\"\r\n\"two\nlines\"\r\n\"cr\rhere\"\r\nplain\r\n")
    }

    @Test func otherControlCharactersAreShownNotWritten() {
        let table = Table(columns: [.init("x")], rows: [["bell\u{7}esc\u{1B}del\u{7F}c1\u{85}tab\t"]])
        let text = CSVWriter.text(table)
        #expect(text == "x\r\nbell^Gesc^[del^?c1 tab \r\n")
    }

    @Test func fixtureTitlesWithQuotesAndCommasSurviveAParse() throws {
        let dataset = try Fixtures.dataset()
        let text = CSVWriter.text(RecordColumns.defaultTable(.meetings(dataset.meetings), in: dataset))
        #expect(text.contains("\"Marrakesh ministerial, \"\"first in Africa\"\" | 84\""))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func shippedMembersHaveOneRowEach() throws {
        let dataset = try Fixtures.shipped()
        let text = CSVWriter.text(RecordColumns.defaultTable(.members(dataset.members), in: dataset))
        #expect(text.hasPrefix("id,name,kind,region,joined\r\n"))
        #expect(text.split(separator: "\r\n").count == dataset.members.count + 1)
    }
}
