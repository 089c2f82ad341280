@testable import CoalitionUI
import Testing

@Suite("ScreenBuffer.write clips without half-drawing wide characters")
struct ScreenBufferTests {
    func buffer(_ columns: Int) -> ScreenBuffer { ScreenBuffer(size: TerminalSize(columns: columns, rows: 1)) }

    /// A box's edges are drawn a character at a time: the cells are those of the repeated text,
    /// wherever it starts or ends and whatever it overwrites.
    @Test(arguments: ["─", "-", "東", "e\u{301}", "\u{7}", ""])
    func aRepeatedCharacterDrawsAsItsRepeatedText(character: String) {
        for (x, count) in [(0, 4), (-2, 5), (6, 9), (3, 0), (11, 2)] {
            var repeated = buffer(10)
            var text = buffer(10)
            repeated.write("東京東京東", x: 0, y: 0)
            text.write("東京東京東", x: 0, y: 0)
            repeated.write(repeating: character, count: count, x: x, y: 0, style: .dim)
            text.write(String(repeating: character, count: count), x: x, y: 0, style: .dim)
            #expect(repeated.cells == text.cells, "\(character) × \(count) at \(x)")
        }
    }

    @Test func wideCharacterThatDoesNotFitTheClipIsLeftOut() {
        var screen = buffer(10)
        let written = screen.write("東京", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 3, height: 1))
        #expect(written == 2)
        #expect(screen[0, 0].text == "東")
        #expect(screen[1, 0].isContinuation)
        #expect(screen[2, 0] == .blank)
    }

    @Test func wideCharacterAtTheScreenEdgeIsLeftOut() {
        var screen = buffer(5)
        screen.write("ab東", x: 3, y: 0)
        #expect(screen.lines == ["   ab"])
        #expect(screen[4, 0].text == "b")
    }

    @Test func wideCharacterStraddlingTheClipsLeftEdgeIsLeftOut() {
        var screen = buffer(10)
        screen.write("東京", x: 1, y: 0, clip: Rect(x: 2, y: 0, width: 8, height: 1))
        #expect(screen[1, 0] == .blank)
        #expect(screen[2, 0] == .blank)
        #expect(screen[3, 0].text == "京")
        #expect(screen[4, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = buffer(4)
        screen.write("東京", x: 0, y: 0)
        screen.write("x", x: 1, y: 0)
        screen.write("y", x: 2, y: 0)
        #expect(screen.cells.map(\.text) == [" ", "x", "y", " "])
    }

    @Test func nothingIsWrittenOutsideTheClipRows() {
        var screen = ScreenBuffer(size: TerminalSize(columns: 4, rows: 2))
        #expect(screen.write("abcd", x: 0, y: 1, clip: Rect(x: 0, y: 0, width: 4, height: 1)) == 0)
        #expect(screen.write("abcd", x: 0, y: 5) == 0)
        #expect(screen.write("abcd", x: 0, y: -1) == 0)
        #expect(screen.plainText == "\n")
    }

    @Test func controlCharactersAreDropped() {
        var screen = buffer(6)
        screen.write("a\u{1B}[b\u{9B}c", x: 0, y: 0)
        #expect(screen.lines == ["a[bc"])
    }

    @Test func combiningAccentStaysInItsCell() {
        var screen = buffer(4)
        screen.write("re\u{301}x", x: 0, y: 0)
        #expect(screen.cells.map(\.text) == ["r", "e\u{301}", "x", " "])
    }
}
