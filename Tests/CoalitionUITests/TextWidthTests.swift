import CoalitionModel
import CoalitionUI
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("TextWidth measures, cuts and wraps in terminal columns")
struct TextWidthTests {
    @Test(arguments: [
        ("a", 1), ("東", 2), ("한", 2), ("Ａ", 2), ("e\u{301}", 1), ("\u{301}", 0), ("\u{200B}", 0),
        ("\u{1F30D}", 2), ("\u{2764}\u{FE0F}", 1), ("\u{1F6E0}", 1), ("\u{1F44D}\u{1F3FD}", 2), ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", 6), ("\u{1F1EB}\u{1F1F7}", 2),
    ])
    func characterWidth(_ text: String, _ columns: Int) {
        #expect(TextWidth.of(Character(text)) == columns)
    }

    /// A one-byte character's width is taken without building its cells: it must be what the
    /// cells add up to, for every ASCII byte and for CR LF (one character of two bytes).
    @Test func anASCIICharactersWidthIsItsCells() {
        let characters = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + ["\r\n"]
        for character in characters {
            var cells = 0
            TextWidth.forEachCell(of: character) { _, width in cells += width }
            #expect(TextWidth.of(character) == cells, "\(character.unicodeScalars.map(\.value))")
        }
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

    @Test(arguments: ["\u{2026}", "..."])
    func truncateFrontKeepsTheEndWithinTheWidth(_ ellipsis: String) {
        var wrong: [String] = []
        for text in HardText.samples() {
            for width in 1...34 {
                let cut = TextWidth.truncateFront(text, to: width, ellipsis: ellipsis)
                let fits = TextWidth.of(text) <= width
                let kept = cut.hasPrefix(ellipsis) ? String(cut.dropFirst(ellipsis.count)) : cut
                if TextWidth.of(cut) > width
                    || (fits && cut != text)
                    || (!fits && width > TextWidth.of(ellipsis) && (!cut.hasPrefix(ellipsis) || !text.hasSuffix(kept))) {
                    wrong.append("\(text.debugDescription) to \(width): \(cut.debugDescription)")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
        #expect(TextWidth.truncateFront("abcdef", to: 4) == "\u{2026}def")
    }

    @Test func truncatingTheFrontReadsNoFurtherThanTheWidth() {
        func work(_ length: Int) -> Int {
            let text = String(repeating: "ab ", count: length)
            return WorkCounter.measure { _ = TextWidth.truncateFront(text, to: 30) }
        }
        #expect(work(10_000) == work(20_000))
        #expect(work(20_000) < 80)
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

    // MARK: libc's wcwidth is the reference

    /// libc's own wcwidth, looked up by name so the test does not go through the code it checks.
    static let libcWcwidth: @convention(c) (Int32) -> Int32 = {
        // RTLD_DEFAULT (a null handle on glibc): the symbol as the program's libraries resolve it.
        guard let symbol = dlsym(nil, "wcwidth") else { fatalError("libc has no wcwidth") }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    @Test func everyAssignedCodePointMeasuresAsLibcWcwidthSays() {
        let previous = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        defer { _ = setlocale(LC_CTYPE, previous ?? "C") }
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil || setlocale(LC_CTYPE, "C.utf8") != nil else {
            Issue.record("no C.UTF-8 locale to compare with")
            return
        }
        var wrong: [String] = []
        var compared = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
            let expected = Int(TextWidthTests.libcWcwidth(Int32(bitPattern: value)))
            compared += 1
            let isControl = value < 0x20 || (0x7F..<0xA0).contains(value)
            // Controls are never drawn (0); what wcwidth calls unprintable is drawn as U+FFFD (1).
            let wanted = isControl ? 0 : (expected < 0 ? 1 : expected)
            if TextWidth.of(scalar) != wanted || (!isControl && TextWidth.libcWidth(scalar) != expected) {
                wrong.append("U+\(String(value, radix: 16, uppercase: true)): \(TextWidth.of(scalar)) vs wcwidth \(expected)")
            }
        }
        #expect(compared > 280_000, "compared only \(compared) code points")
        #expect(wrong.isEmpty, "\(wrong.count) differ, e.g. \(wrong.prefix(8))")
    }

    // MARK: Cells: what render and the terminal draw

    @Test func clustersBecomeTheCellsTerminalsAgreeOn() {
        func cells(_ text: String) -> [String] { TextWidth.cells(of: Character(text)).map(\.text) }
        // A flag is two cells of one column (terminals join them); a ZWJ family shows its emoji
        // side by side; a skin tone and VS16 are left out; marks stay.
        #expect(cells("\u{1F1EB}\u{1F1F7}") == ["\u{1F1EB}", "\u{1F1F7}"])
        #expect(TextWidth.of("\u{1F1EB}\u{1F1F7}") == 2)
        #expect(cells("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}") == ["\u{1F468}", "\u{1F469}", "\u{1F467}"])
        #expect(cells("\u{1F44D}\u{1F3FD}") == ["\u{1F44D}"])
        #expect(cells("\u{2764}\u{FE0F}") == ["\u{2764}"])
        #expect(cells("e\u{301}\u{302}") == ["e\u{301}\u{302}"])
        // More marks than a terminal cell holds: the first four stay, in render and on screen alike.
        #expect(cells("e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}") == ["e\u{301}\u{302}\u{303}\u{304}"])
        #expect(cells("\u{1F469}\u{1F3FD}\u{200D}\u{1F4BB}") == ["\u{1F469}", "\u{1F4BB}"])
        // An unassigned code point is drawn as U+FFFD.
        #expect(cells("\u{378}") == ["\u{FFFD}"])
        // Devanagari conjuncts: a cell per spacing letter, as wcwidth counts them.
        #expect(TextWidth.of("नमस्ते") == 4)
        #expect(TextWidth.of("ไทย") == 3)
        // Every cell is at most five code points with one spacing one first.
        for text in HardText.samples() {
            for character in text {
                for cell in TextWidth.cells(of: character) {
                    #expect(cell.text.unicodeScalars.count <= TextWidth.maximumScalarsPerCell)
                }
            }
        }
    }

    // MARK: Work grows in proportion to the input

    @Test(arguments: ["x", "東", "e\u{301}"])
    func wrappingOneLongWordIsLinear(_ unit: String) {
        func work(_ length: Int) -> Int {
            let word = String(repeating: unit, count: length)
            return WorkCounter.measure { _ = TextWidth.wrap(word, to: 40) }
        }
        let small = work(20_000)
        let large = work(40_000)
        #expect(small > 0)
        #expect(Double(large) / Double(small) < 2.2, "wrap work \(small) -> \(large) for twice the text")
    }

    // MARK: Web addresses

    /// The rule an address's lines follow: whole when put together, none wider than the line, and
    /// each line but the last ends after a break character, or is cut at the edge only when no
    /// break character would have left it at least half full.
    static func checkAddressLines(_ lines: [String], of text: String, width: Int, _ comment: Comment) {
        #expect(lines.joined() == text, comment)
        #expect(lines.allSatisfy { TextWidth.of($0) <= width }, comment)
        var rest = Substring(text)
        for line in lines.dropLast() {
            rest = rest.dropFirst(line.count)
            guard let last = line.last, !TextWidth.addressBreaks.contains(last) else { continue }
            var used = 0
            for character in line {
                used += TextWidth.of(character)
                if TextWidth.addressBreaks.contains(character) { #expect(used * 2 < width, "\(comment): \(line) could break after \(used) columns") }
            }
            let next = rest.first.map { TextWidth.of($0) } ?? 0
            #expect(TextWidth.of(line) + next > width, "\(comment): \(line) is cut before the edge")
        }
    }

    @Test func anAddressBreaksAfterItsPartsWherePossible() {
        #expect(TextWidth.wrapAddress("https://example.org/path/to/page?x=1&y=2", to: 20) == ["https://example.org/", "path/to/page?x=1&y=2"])
        #expect(TextWidth.wrapAddress("https://www.example.org/news/2022/05/joint-communique-marrakesh", to: 30)
            == ["https://www.example.org/news/", "2022/05/joint-communique-", "marrakesh"])
        // No break point leaves the line half full: cut at the edge.
        #expect(TextWidth.wrapAddress("https://abcdefghijklmnopqrstuvwxyz", to: 20) == ["https://abcdefghijkl", "mnopqrstuvwxyz"])
        #expect(TextWidth.wrapAddress("https://example.org/a", to: 80) == ["https://example.org/a"])
        #expect(TextWidth.wrapAddress("", to: 10) == [""])
        #expect(TextWidth.wrapAddress("https://x.org", to: 0) == [])
        let urls = [
            "https://www.theglobalcoalition.org/en/joint-communique-by-ministers-of-the-global-coalition-to-defeat-isis-daesh/?lang=en&utm=x-y",
            "http://www.upi.com/Top_News/World-News/2014/09/05/NATO-leaders-agree/5641409918491/?st_rec=7571409923959",
            "https://例え.jp/東京/会合-2022?q=東&r=京-都",
            "https://e\u{301}xample.org/cafe\u{301}/-/-/?&&&" + String(repeating: "/", count: 30),
            String(repeating: "-", count: 100), String(repeating: "ab/", count: 50),
        ]
        for url in urls {
            for width in 2...70 { Self.checkAddressLines(TextWidth.wrapAddress(url, to: width), of: url, width: width, "\(width): \(url)") }
        }
        // A character wider than the line: wrapped as any text is, which leaves out what cannot fit.
        #expect(TextWidth.wrapAddress(urls[2], to: 1) == TextWidth.wrap(urls[2], to: 1))
    }

    /// A 100 000-character address, with break characters everywhere, nowhere or every so often,
    /// is broken in work in proportion to its length.
    @Test(arguments: ["a", "/", "ab-", "東/", String(repeating: "x", count: 39) + "/"])
    func breakingAHugeAddressIsLinear(_ unit: String) {
        func work(_ length: Int, width: Int) -> (Int, [String]) {
            let url = String(repeating: unit, count: length / unit.count)
            var lines: [String] = []
            let steps = WorkCounter.measure { lines = TextWidth.wrapAddress(url, to: width) }
            return (steps, lines)
        }
        for width in [3, 80] {
            let (small, _) = work(50_000, width: width)
            let (large, lines) = work(100_000, width: width)
            #expect(small > 0)
            #expect(Double(large) / Double(small) < 2.2, "work \(small) -> \(large) for twice the address at \(width)")
            #expect(large <= 100_000 + 2 * lines.count, "work \(large) for 100 000 characters on \(lines.count) lines at \(width)")
            #expect(lines.joined().count == 100_000 / unit.count * unit.count)
        }
    }

    @Test func wrappingOneLongWordKeepsEveryCharacter() {
        let word = String(repeating: "東", count: 1001)
        let lines = TextWidth.wrap(word, to: 10)
        #expect(lines.count == 201)
        #expect(lines.allSatisfy { TextWidth.of($0) <= 10 })
        #expect(lines.joined() == word)
    }

    @Test func truncatingReadsNoFurtherThanTheWidth() {
        func work(_ length: Int) -> Int {
            let text = String(repeating: "ab ", count: length)
            return WorkCounter.measure { _ = TextWidth.truncate(text, to: 30) }
        }
        #expect(work(10_000) == work(20_000))
        #expect(work(20_000) < 40)
    }

    @Test func measuringIsLinear() {
        func work(_ length: Int) -> Int {
            let text = String(repeating: "é東", count: length)
            return WorkCounter.measure { _ = TextWidth.of(text) }
        }
        #expect(work(20_000) * 2 == work(40_000))
    }
}
