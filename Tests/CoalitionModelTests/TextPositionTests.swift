import CoalitionModel
import Testing

@Suite struct TextPositionTests {
    @Test(arguments: [
        ("", 0, 1, 1),
        ("abc", 0, 1, 1),
        ("abc", 2, 1, 3),
        ("ab\ncd", 2, 1, 3),
        ("ab\ncd", 3, 2, 1),
        ("ab\ncd", 4, 2, 2),
        ("a\n\n b", 4, 3, 2),
        ("é日😀x", 9, 1, 4),
        ("x\n日本語!", 11, 2, 4),
        ("ab", 10, 1, 3),
    ])
    func countsLinesAndCharacters(text: String, offset: Int, line: Int, column: Int) {
        let position = TextPosition(offset: offset, in: Array(text.utf8))
        #expect(position.line == line)
        #expect(position.column == column)
        #expect(position.description == "\(line):\(column)")
    }

    @Test func everyCharacterOfALineMovesTheColumnByOne() {
        let line = "aé日😀b"
        let bytes = Array(line.utf8)
        var offset = 0
        for (index, character) in line.enumerated() {
            #expect(TextPosition(offset: offset, in: bytes).column == index + 1)
            offset += character.utf8.count
        }
    }
}
