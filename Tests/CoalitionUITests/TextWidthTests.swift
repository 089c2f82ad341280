import CoalitionModel
import CoalitionUI
import Testing

@Suite("TextWidth measures, cuts and wraps in terminal columns")
struct TextWidthTests {
    @Test(arguments: [
        ("a", 1), ("東", 2), ("한", 2), ("Ａ", 2), ("e\u{301}", 1), ("\u{301}", 0), ("\u{200B}", 0),
        ("\u{1F30D}", 2), ("\u{2764}\u{FE0F}", 2), ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", 2), ("\u{1F1EB}\u{1F1F7}", 2),
    ])
    func characterWidth(_ text: String, _ columns: Int) {
        #expect(TextWidth.of(Character(text)) == columns)
    }

    @Test func stringWidthAddsItsCharacters() {
        #expect(TextWidth.of("東京会合") == 8)
        #expect(TextWidth.of("Paris re\u{301}union") == 13)
        #expect(TextWidth.of("Virtual \u{1F30D}") == 10)
        let wrong = HardText.samples().filter { TextWidth.of($0) != $0.reduce(0) { $0 + TextWidth.of($1) } }
        #expect(wrong.isEmpty)
    }

    @Test(arguments: ["\u{2026}", "..."])
    func truncateNeverExceedsTheWidth(_ ellipsis: String) {
        var wrong: [String] = []
        for text in HardText.samples() {
            for width in 1...34 {
                let cut = TextWidth.truncate(text, to: width, ellipsis: ellipsis)
                let fits = TextWidth.of(text) <= width
                if TextWidth.of(cut) > width
                    || (fits && cut != text)
                    || (!fits && width > TextWidth.of(ellipsis) && !cut.hasSuffix(ellipsis)) {
                    wrong.append("\(text.debugDescription) to \(width): \(cut.debugDescription)")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    @Test func truncateToNothingIsEmpty() {
        #expect(TextWidth.truncate("東京", to: 0) == "")
        #expect(TextWidth.truncate("東京", to: -3) == "")
    }

    @Test func fitPadsOrCutsToExactlyTheWidth() {
        var wrong: [String] = []
        for text in HardText.samples() {
            for width in 0...34 where TextWidth.of(TextWidth.fit(text, to: width)) != width {
                wrong.append("\(text.debugDescription) to \(width)")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    /// From two columns up every character fits on a line, so no visible character may be lost either.
    @Test func wrapNeverExceedsTheWidthAndKeepsEveryVisibleCharacter() {
        func visible(_ text: String) -> String { text.filter { $0 != " " && TextWidth.of($0) > 0 } }
        var wrong: [String] = []
        for text in HardText.samples() {
            for width in 2...34 {
                let lines = TextWidth.wrap(text, to: width)
                if !lines.allSatisfy({ TextWidth.of($0) <= width }) || visible(lines.joined()) != visible(text) {
                    wrong.append("\(text.debugDescription) to \(width): \(lines)")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    @Test func wrapBreaksAtSpaces() {
        #expect(TextWidth.wrap("the lasting defeat of Daesh", to: 12) == ["the lasting", "defeat of", "Daesh"])
        #expect(TextWidth.wrap("東京会合 Tokyo", to: 8) == ["東京会合", "Tokyo"])
        #expect(TextWidth.wrap("東京会合", to: 5) == ["東京", "会合"])
    }
}
