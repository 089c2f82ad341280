import CoalitionModel
@testable import CoalitionUI
import Testing

/// Work on data or typed input grows in proportion to it: each test doubles an input and checks
/// the counted work (WorkCounter) about doubles, or stays the same where it must not grow.
@Suite struct BoundedWorkTests {
    /// Counted work for a search of `query` in texts of `length` bytes of "a".
    static func searchWork(textLength: Int, query: String) -> Int {
        let index = TextSearchIndex(texts: [String(repeating: "a", count: textLength), "other text"])
        return WorkCounter.measure { _ = index.matches(query) }
    }

    @Test func searchIsLinearInTheQueryNotQuadratic() {
        // "aaa…ab" in "aaa…a": naive search compares the whole query at every position.
        let text = 200_000
        let short = Self.searchWork(textLength: text, query: String(repeating: "a", count: 5_000) + "b")
        let long = Self.searchWork(textLength: text, query: String(repeating: "a", count: 10_000) + "b")
        #expect(Double(long) / Double(short) < 1.2, "work \(short) -> \(long) for twice the query")
        #expect(long < 6 * text, "work \(long) for \(text) bytes")
    }

    @Test func searchIsLinearInTheText() {
        let query = String(repeating: "a", count: 3_000) + "b"
        let small = Self.searchWork(textLength: 100_000, query: query)
        let large = Self.searchWork(textLength: 200_000, query: query)
        #expect(Double(large) / Double(small) < 2.2, "work \(small) -> \(large) for twice the text")
    }

    @Test func searchStillFindsWhatNaiveSearchFinds() {
        let texts = ["aaaaaaaaab", "abababababc", "mississippi", "aaaa", "xyz"]
        let index = TextSearchIndex(texts: texts)
        for query in ["aab", "ababc", "issip", "aaaaa", "a", "ssippi", "zz", "bab"] {
            #expect(index.matches(query) == texts.map { $0.contains(query) }, "query \(query)")
            for text in texts { #expect(TextSearchIndex.text(text, contains: query) == text.contains(query)) }
        }
        // After the switch to KMP (a long, almost matching query), later records are still found.
        let long = String(repeating: "a", count: 2_000)
        let many = TextSearchIndex(texts: [String(repeating: "a", count: 50_000), "x" + long + "b", long + "b"])
        #expect(many.matches(long + "b") == [false, true, true])
    }

    /// Counted work for a query typed on from "a", in `records` texts of `length` bytes of "a".
    static func narrowedWork(records: Int, length: Int, query: String) -> Int {
        let index = TextSearchIndex(texts: Array(repeating: String(repeating: "a", count: length), count: records))
        let earlier = index.matches("a")
        return WorkCounter.measure { _ = index.matches(query, narrowing: ("a", earlier)) }
    }

    @Test func aQueryTypedOnIsLinearInTheTextsItNarrows() {
        let query = String(repeating: "a", count: 300) + "b"
        let small = Self.narrowedWork(records: 200, length: 1_000, query: query)
        let large = Self.narrowedWork(records: 400, length: 1_000, query: query)
        #expect(Double(large) / Double(small) < 2.2, "work \(small) -> \(large) for twice the records")
        let longer = Self.narrowedWork(records: 200, length: 2_000, query: query)
        #expect(Double(longer) / Double(small) < 2.2, "work \(small) -> \(longer) for texts twice as long")
    }

    @Test func aQueryTypedOnIsLinearInTheQuery() {
        // Every text almost matches: memcmp alone would cost texts × query.
        let short = Self.narrowedWork(records: 50, length: 20_000, query: String(repeating: "a", count: 2_000) + "b")
        let long = Self.narrowedWork(records: 50, length: 20_000, query: String(repeating: "a", count: 4_000) + "b")
        #expect(Double(long) / Double(short) < 1.3, "work \(short) -> \(long) for twice the query")
        #expect(long < 6 * 50 * 20_000)
    }

    @Test func listSearchIsLinearToo() {
        func work(_ queryLength: Int) -> Int {
            let text = String(repeating: "a", count: 100_000)
            let query = String(repeating: "a", count: queryLength) + "b"
            return WorkCounter.measure { _ = Dataset.searchText(text, contains: query) }
        }
        #expect(Double(work(8_000)) / Double(work(4_000)) < 1.2)
    }

    @Test func aPastedQueryIsOneSearchAndItsWorkGrowsLinearly() {
        func work(_ length: Int) -> Int {
            var state = AppState.fixture()
            state.press(.character("/"))
            let query = String(repeating: "a", count: length)
            return WorkCounter.measure {
                Update.type(query, to: &state)
                _ = Renderer.render(state)
            }
        }
        let small = work(5_000)
        let large = work(10_000)
        #expect(Double(large) / Double(small) < 2.3, "work \(small) -> \(large) for twice the pasted query")
    }

    @Test func highlightingIsLinearInTheRow() {
        var painter = Painter(screen: ScreenBuffer(size: TerminalSize(columns: 200, rows: 1)), options: DisplayOptions())
        painter.write(String(repeating: "a", count: 200), x: 0, y: 0, width: 200)
        painter.highlight(String(repeating: "a", count: 100), y: 0, from: 0, width: 200)
        #expect((0..<200).allSatisfy { painter.screen[$0, 0].style.underline })
        painter.highlight(String(repeating: "a", count: 10_000), y: 0, from: 0, width: 200)
    }

    // MARK: The search prompt never echoes raw controls

    @Test func pastedBidiAndControlCharactersShowInTheirVisibleForm() {
        var state = AppState.fixture()
        state.press(.character("/"))
        Update.type("ab\u{202E}cd\u{2066}e\u{200B}", to: &state)
        state.press(.character("\u{1B}"), .character("\u{9B}"))
        let query = state.search.query
        #expect(!query.unicodeScalars.contains { $0.properties.isBidiControl || $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x200B })
        #expect(query.contains("\\u{202E}"))
        let screen = Renderer.render(state).plainText
        #expect(!screen.unicodeScalars.contains { $0.properties.isBidiControl || $0.value < 0x20 && $0 != "\n" })
        #expect(screen.contains("/ab\\u{202E}cd"))
    }

    @Test func aTypedCombiningMarkJoinsTheLetterBeforeIt() {
        var state = AppState.fixture()
        state.press(.character("/"))
        state.type("re")
        state.press(.character("\u{301}"))
        #expect(state.search.query == "re\u{301}")
    }

    @Test func thePickerQueryIsSanitizedToo() {
        var state = AppState.fixture()
        state.press(.character("r"))
        Update.type("af\u{202E}", to: &state)
        guard case .regionPicker(let picker)? = state.overlay else {
            Issue.record("the region picker is open")
            return
        }
        #expect(!picker.query.unicodeScalars.contains { $0.properties.isBidiControl })
    }
}
