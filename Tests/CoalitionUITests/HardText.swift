import CoalitionTestSupport

/// Random strings mixing the text terminals find hard: wide CJK and Hangul, emoji (single, with
/// VS16, ZWJ families, flags), combining accents, zero-width characters, Latin and spaces.
enum HardText {
    static let pieces: [String] = [
        "a", "Z", "7", " ", " ", "-", ".", "é", "ß", "Ω",
        "東", "京", "会", "合", "한", "글", "Ａ", "。",
        "e\u{301}", "o\u{308}\u{304}", "\u{301}",
        "\u{1F30D}", "\u{1F91D}", "\u{2764}\u{FE0F}", "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", "\u{1F1EB}\u{1F1F7}",
        "\u{200B}", "\u{2026}",
    ]

    static func string(using generator: inout SeededGenerator, maximumLength: Int = 30) -> String {
        let length = Int.random(in: 0...maximumLength, using: &generator)
        return (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// The same strings on every run.
    static func samples(count: Int = 500, seed: UInt64 = 0xC0A1_1710) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in string(using: &generator) }
    }
}
