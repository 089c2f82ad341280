import CoalitionModel
import CoalitionOutput
import Testing

@Suite("CSVWriter writes RFC 4180")
struct CSVWriterTests {
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
        let text = CSVWriter.text(RecordTable.table(.meetings(dataset.meetings), in: dataset))
        #expect(text.contains("\"Marrakesh ministerial, \"\"first in Africa\"\" | 84\""))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func shippedMembersHaveOneRowEach() throws {
        let dataset = try Fixtures.shipped()
        let text = CSVWriter.text(RecordTable.table(.members(dataset.members), in: dataset))
        #expect(text.hasPrefix("id,name,kind,region,joined\r\n"))
        #expect(text.split(separator: "\r\n").count == dataset.members.count + 1)
    }
}
