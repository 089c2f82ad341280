@testable import CoalitionModel
import CoalitionTestSupport
import Testing

/// The search index folds case byte by byte and narrows a query typed on from the last one's
/// matches; both must answer as the plain definitions do.
@Suite struct TextSearchIndexTests {
    @Test(arguments: ["Marrakesh", "ÀÉÎÕÜ ÿ", "ΣΑΣ ὈΔΥΣΣΕΎΣ", "İstanbul", "Straße ẞ", "ǅ ǈ", "東京会合", "e\u{301}", "🌍 A", "ＡＢＣ", "ﬃ", "Ⅻ ⓐ Ⓐ", "\u{1}X\u{0}Y"])
    func foldingIsWhatLowercasedGives(text: String) {
        #expect(CaseFolder.folded(text) == Array(text.lowercased().utf8))
        var folder = CaseFolder()
        var bytes: [UInt8] = []
        // Twice through one folder: the cached mappings give the same bytes.
        folder.append(text, to: &bytes)
        folder.append(text, to: &bytes)
        #expect(bytes == Array((text + text).lowercased().utf8))
    }

    @Test func aQueryTypedOnFindsWhatItFindsAlone() {
        var random = SeededGenerator(seed: 15)
        let letters = Array("abAB é")
        let texts = (0..<300).map { _ in String((0..<random.int(in: 0...12)).map { _ in random.pick(letters) }) }
        let index = TextSearchIndex(texts: texts)
        for _ in 0..<200 {
            let query = String((0..<random.int(in: 1...5)).map { _ in random.pick(letters) })
            let expected = texts.map { Self.contains(Array($0.lowercased().utf8), Array(query.lowercased().utf8)) }
            #expect(index.matches(query) == expected, "\(query)")
            for cut in 1..<query.count {
                let earlier = String(query.prefix(cut))
                #expect(index.matches(query, narrowing: (earlier, index.matches(earlier))) == expected, "\(earlier) then \(query)")
            }
            // An earlier query the new one does not extend is not used.
            #expect(index.matches(query, narrowing: (query + "b", index.matches(query + "b"))) == expected)
            #expect(index.matches(query, narrowing: ("", index.matches(""))) == expected)
        }
    }

    /// More texts than one segment holds: built on several threads and searched segment by
    /// segment, the answers are still each text's, in order, narrowed or not.
    @Test func segmentsAnswerAsOneIndex() {
        var random = SeededGenerator(seed: 16)
        let letters = Array("abAB é")
        let texts = (0..<(3 * TextSearchIndex.segmentLimit + 5)).map { _ in
            String((0..<random.int(in: 0...10)).map { _ in random.pick(letters) })
        }
        let index = TextSearchIndex(texts: texts)
        #expect(index.count == texts.count)
        for _ in 0..<20 {
            let query = String((0..<random.int(in: 1...4)).map { _ in random.pick(letters) })
            let expected = texts.map { Self.contains(Array($0.lowercased().utf8), Array(query.lowercased().utf8)) }
            #expect(index.matches(query) == expected, "\(query)")
            let earlier = String(query.prefix(1))
            #expect(index.matches(query, narrowing: (earlier, index.matches(earlier))) == expected, "\(earlier) then \(query)")
        }
    }

    /// Texts longer than the sixteen bytes compared at once, over letters of very different
    /// frequencies so that the anchoring pair moves around the query: every match is found,
    /// at the start, the end and across the blocks, alone or narrowed.
    @Test func thePairSearchFindsEveryMatch() {
        var random = SeededGenerator(seed: 17)
        let letters = Array("aaaaaaaabbbbcd")
        let texts = (0..<400).map { _ in String((0..<random.int(in: 0...40)).map { _ in random.pick(letters) }) }
        let index = TextSearchIndex(texts: texts)
        for _ in 0..<150 {
            let query = String((0..<random.int(in: 1...6)).map { _ in random.pick(letters) })
            let expected = texts.map { Self.contains(Array($0.utf8), Array(query.utf8)) }
            #expect(index.matches(query) == expected, "\(query)")
            let earlier = String(query.prefix(random.int(in: 1...query.count)))
            #expect(index.matches(query, narrowing: (earlier, index.matches(earlier))) == expected, "\(earlier) then \(query)")
        }
    }

    /// Lists indexed together answer as each indexed alone.
    @Test func listsIndexedTogetherAnswerAsAlone() {
        var random = SeededGenerator(seed: 18)
        let lists = [0, 3, TextSearchIndex.segmentLimit + 7, 1].map { count in
            (0..<count).map { _ in String((0..<random.int(in: 0...9)).map { _ in random.pick(Array("abcA")) }) }
        }
        let together = TextSearchIndex.indexes(lists.map { texts in
            (texts.count, { records, writer in
                for record in records {
                    writer.beginRecord()
                    writer.append(texts[record])
                }
            })
        })
        for (list, texts) in lists.enumerated() {
            #expect(together[list].count == texts.count)
            for query in ["a", "ab", "cab", "bb"] { #expect(together[list].matches(query) == TextSearchIndex(texts: texts).matches(query), "\(list) \(query)") }
        }
    }

    /// A record's fields are joined by the separator in the index as in `Dataset.searchText`,
    /// so no match spans two fields and every field is found.
    @Test func fieldsAreJoinedAsTheSearchTextJoinsThem() {
        let fields = [["Alpha", "Beta"], ["", "gAMMA", ""], []]
        let index = TextSearchIndex(count: fields.count) { records, writer in
            for record in records {
                writer.beginRecord()
                for field in fields[record] { writer.append(field) }
            }
        }
        #expect(index.matches("alpha") == [true, false, false])
        #expect(index.matches("ab") == [false, false, false])
        #expect(index.matches("gamma") == [false, true, false])
        #expect(index.matches("\u{1}gamma\u{1}") == [false, true, false])
    }

    /// Naive byte-wise substring test, the definition the index must agree with.
    static func contains(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= text.count else { return false }
        return (0...(text.count - needle.count)).contains { Array(text[$0..<$0 + needle.count]) == needle }
    }

    @Test func theRarestByteAnchorsTheSearchWithoutMissingMatches() {
        // "q" is rare here: the search looks for it, then checks the letters around it.
        let texts = ["aaaaq", "qaaaa", "aqa", "aq", "q", "xxxx", "aaaa", "qq"]
        let index = TextSearchIndex(texts: texts + Array(repeating: "aaaaaaaaaaaa", count: 200))
        for query in ["aq", "qa", "aaq", "q", "aqa", "aaaaq"] {
            let found = index.matches(query)
            #expect(Array(found.prefix(texts.count)) == texts.map { $0.contains(query) }, "\(query)")
        }
    }
}
