import CoalitionModel
import Testing

@Suite struct SanitizerTests {
    @Test(arguments: [
        ("OSC 0 window title", "\u{1B}]0;pwned\u{07}", "^[]0;pwned^G"),
        ("OSC 52 clipboard write", "\u{1B}]52;c;aGVsbG8=\u{07}", "^[]52;c;aGVsbG8=^G"),
        ("OSC 8 hyperlink", "\u{1B}]8;;https://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\", "^[]8;;https://evil.example^[\\link^[]8;;^[\\"),
        ("CSI 2J clear screen", "before\u{1B}[2Jafter", "before^[[2Jafter"),
        ("ESC c reset", "\u{1B}c", "^[c"),
        ("CSI 6n cursor report", "x\u{1B}[6n", "x^[[6n"),
    ])
    func escapeSequencesBecomeVisible(what: String, input: String, expected: String) {
        let output = TextSanitizer.clean(input)
        #expect(output == expected, "\(what)")
        #expect(!output.unicodeScalars.contains("\u{1B}"), "\(what)")
    }

    @Test(arguments: [
        ("C1 CSI", "a\u{9B}31m", "a\\u{9B}31m"),
        ("C1 OSC", "\u{9D}0;t", "\\u{9D}0;t"),
        ("DEL", "a\u{7F}b", "a^?b"),
        ("NUL", "a\u{0}b", "a^@b"),
        ("BEL", "\u{7}", "^G"),
        ("unit separator", "\u{1F}", "^_"),
    ])
    func controlCharactersBecomeVisible(what: String, input: String, expected: String) {
        #expect(TextSanitizer.clean(input) == expected, "\(what)")
    }

    @Test(arguments: [
        ("CR", "a\rb", "a b"),
        ("LF", "a\nb", "a b"),
        ("CRLF", "a\r\nb", "a b"),
        ("two CRLFs", "a\r\n\r\nb", "a  b"),
        ("LF then CR", "a\n\rb", "a  b"),
        ("line separator", "a\u{2028}b", "a b"),
        ("paragraph separator", "a\u{2029}b", "a b"),
        ("next line", "a\u{85}b", "a b"),
        ("vertical tab", "a\u{0B}b", "a b"),
        ("form feed", "a\u{0C}b", "a b"),
        ("TAB", "a\tb", "a b"),
    ])
    func tabsAndLineBreaksBecomeOneSpaceEach(what: String, input: String, expected: String) {
        #expect(TextSanitizer.clean(input) == expected, "\(what)")
    }

    @Test(arguments: [
        ("right-to-left override", "abc\u{202E}def", "abc\\u{202E}def"),
        ("left-to-right isolate", "\u{2066}x\u{2069}", "\\u{2066}x\\u{2069}"),
        ("right-to-left mark", "a\u{200F}", "a\\u{200F}"),
        ("Arabic letter mark", "\u{61C}", "\\u{61C}"),
        ("zero-width space", "a\u{200B}b", "a\\u{200B}b"),
        ("byte order mark", "\u{FEFF}a", "\\u{FEFF}a"),
        ("word joiner", "a\u{2060}b", "a\\u{2060}b"),
        ("soft hyphen", "co\u{AD}op", "co\\u{AD}op"),
    ])
    func bidiAndInvisibleCharactersAreEscaped(what: String, input: String, expected: String) {
        #expect(TextSanitizer.clean(input) == expected, "\(what)")
    }

    @Test(arguments: [
        "Plain ASCII, punctuation & symbols: ~!@#$%^*()[]{}",
        "Marrakech – Maroc, Niamey, Côte d'Ivoire, 日本",
        "\u{1F469}\u{200D}\u{1F4BB}",
        "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",
        "\u{2764}\u{FE0F}",
        "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",
        "e\u{301}",
        "ﻻ and \u{200C} non-joiner",
        "",
    ])
    func leavesVisibleTextAndEmojiSequencesIntact(text: String) {
        #expect(TextSanitizer.clean(text) == text)
        #expect(TextSanitizer.isClean(text))
    }

    @Test(arguments: ["\u{301}abc", "\u{20DD}", "\u{93F}x"])
    func aLeadingCombiningMarkGetsADottedCircle(text: String) {
        let output = TextSanitizer.clean(text)
        #expect(output.unicodeScalars.first == TextSanitizer.combiningBase)
        #expect(String(output.unicodeScalars.dropFirst()) == text)
    }

    @Test func aCombiningMarkAfterABaseIsLeftAlone() {
        #expect(TextSanitizer.clean("a\u{301}") == "a\u{301}")
    }

    @Test func isCleanIsFalseForTextThatNeedsCleaning() {
        #expect(!TextSanitizer.isClean("title\u{1B}]0;x\u{07}"))
        #expect(!TextSanitizer.isClean("a\nb"))
    }
}
