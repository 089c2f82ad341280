@testable import CoalitionModel
import CoalitionTestSupport
import Testing

/// The search index writes its texts with a fast fold (`CaseFolder.foldCommon`, through
/// `SearchTextWriter`); the definition is the general fold, `CaseFolder.append`, which is what
/// `String.lowercased()` gives. The two agree on every scalar the fast fold's tables hold, on
/// crafted text, and on every search text of the shipped records and of generated ones.
@Suite struct SearchTextFoldingTests {
    /// The fast fold's bytes for `text`, or nil where it leaves the text to the general fold.
    static func foldCommon(_ text: String) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        var out = [UInt8](repeating: 0, count: max(1, utf8.count * 3 / 2))
        let written = utf8.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { CaseFolder.foldCommon(input, into: $0.baseAddress!, .shared) }
        }
        return written.map { Array(out.prefix($0)) }
    }

    /// The bytes a writer gives for records of fields, each record's fields written one by one.
    static func written(_ records: [[String]], capacity: Int = 0) -> [UInt8] {
        var writer = SearchTextWriter(capacity: capacity)
        for fields in records {
            writer.beginRecord()
            for field in fields { writer.append(field) }
        }
        let (bytes, _) = writer.finish()
        return bytes.withUnsafeBytes { Array($0) }
    }

    /// What the index must hold for those records: each record's fields joined by the separator,
    /// lowercased, and ended by a NUL.
    static func expected(_ records: [[String]]) -> [UInt8] {
        records.flatMap { Array($0.joined(separator: "\u{1}").lowercased().utf8) + [0] }
    }

    /// Every scalar from U+0080 to U+FFFF, between ASCII letters: the fast fold gives what
    /// lowercasing gives, and leaves to the general fold exactly the three-byte scalars that
    /// lowercasing changes. This proves its tables.
    @Test func everyScalarBelowU10000FoldsAsItsLowercase() {
        var wrong: [String] = []
        var leftToTheGeneralFold = 0
        for value in UInt32(0x80)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(scalar)
            let text = "A" + alone + "z"
            let changes = alone.lowercased() != alone
            switch Self.foldCommon(text) {
            case nil:
                leftToTheGeneralFold += 1
                if !(alone.utf8.count == 3 && changes) { wrong.append("U+\(String(value, radix: 16)) left to the general fold") }
            case let folded?:
                if folded != Array(text.lowercased().utf8) { wrong.append("U+\(String(value, radix: 16)) folded to \(folded)") }
                if alone.utf8.count == 3 && changes { wrong.append("U+\(String(value, radix: 16)) folded by the fast fold") }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20))")
        // The comparison means something only if both ways are taken.
        #expect(leftToTheGeneralFold > 100 && leftToTheGeneralFold < 2_000, "\(leftToTheGeneralFold)")
    }

    static let crafted = [
        "", "a", "A", "Marrakesh", "MARRAKESH ministerial", "\u{0}\u{1}\u{7}\u{1B}[31m\u{7F}", "@[`{ AZ az",
        "İstanbul ISTANBUL ıi İi", "Straße STRASSE ẞ ß", "ΟΔΥΣΣΕΥΣ ὈΔΥΣΣΕΎΣ σς Σ", "e\u{301} E\u{301} A\u{30A} Å",
        "東京会合 外務省 (Ministry of Foreign Affairs of Japan)", "وزارة الخارجية", "МИНИСТЕРСТВО Ёё", "ԱԲԳ աբգ",
        "ႠႡႢ Ⴀ", "ＡＢＣ ａｂｃ", "🌍 A 𐐀𐐁 𝐀", "Ⅻ ⓐ Ⓐ", "ǅ ǈ Ǆ", "ﬃ ﬀ", "Ⱥ Ⱦ ⱥ", "\u{FEFF}BOM", "Ki\u{0307}",
        String(repeating: "Aé東İ𐐀 ", count: 5_000), String(repeating: "Coalition PARTNERS ", count: 20_000),
    ]

    /// Crafted text, each alone and all as the fields of one record: the writer gives the
    /// lowercase, whichever fold each text takes, and however often its memory grows.
    @Test func craftedTextIsWrittenAsItsLowercase() {
        for text in Self.crafted {
            if let folded = Self.foldCommon(text) { #expect(folded == Array(text.lowercased().utf8), "\(text.prefix(40))") }
            #expect(Self.written([[text]]) == Self.expected([[text]]), "\(text.prefix(40))")
        }
        #expect(Self.written([Self.crafted, [], [""], Self.crafted.reversed()]) == Self.expected([Self.crafted, [], [""], Self.crafted.reversed()]))
        #expect(Self.written([Self.crafted], capacity: 1_000_000) == Self.expected([Self.crafted]))
        #expect(Self.written([]).isEmpty)
    }

    /// Every search text of the shipped records and of generated ones, written by the writer as
    /// the index writes them, is the record's search text lowercased.
    @Test func everyRecordIsWrittenAsItsLowercasedSearchText() throws {
        let shipped = try ShippedData.load()
        for dataset in [shipped, GeneratedSearchText.dataset(from: shipped, seed: 7)] {
            for kind in RecordKind.allCases {
                let count = dataset.count(of: kind)
                var writer = SearchTextWriter(capacity: 0)
                dataset.forEachSearchField(of: kind, in: 0..<count, &writer)
                let (bytes, starts) = writer.finish()
                let expected: [UInt8] = (0..<count).flatMap { Array(dataset.searchText(of: kind, at: $0).lowercased().utf8) + [0] }
                #expect(bytes.withUnsafeBytes { Array($0) } == expected, "\(kind)")
                #expect(starts.count == count + 1, "\(kind)")
            }
        }
    }
}

/// Records whose texts are drawn from words in many scripts and cases, for the search tests:
/// the shipped records, their statements repeated so that their index has several segments,
/// each text replaced by a seeded draw.
enum GeneratedSearchText {
    static let words = [
        "Coalition", "MINISTERS", "welcomed", "Niamey", "al-Anbar", "partners", "Plan", "communiqué", "Ministère",
        "İstanbul", "ıi", "Straße", "STRASSE", "ẞ", "ΟΔΥΣΣΕΥΣ", "σς", "e\u{301}", "Ë", "東京", "外務省", "وزارة",
        "МИНИСТЕРСТВО", "ＡＢＣ", "ａｂｃ", "🌍", "Ⓐ", "ǅ", "Ⱥ", "Ⴀ", "𐐀",
    ]

    static func text(_ random: inout SeededGenerator) -> String {
        (0..<random.int(in: 0...6)).map { _ in random.pick(words) }.joined(separator: random.pick([" ", " ", "-", ", "]))
    }

    static func dataset(from shipped: Dataset, copies: Int = 15, seed: UInt64) -> Dataset {
        var random = SeededGenerator(seed: seed)
        func sources(_ sources: [Source]) -> [Source] {
            sources.map { source in
                var source = source
                source.publisher = text(&random)
                source.title = random.int(in: 0...3) == 0 ? nil : text(&random)
                return source
            }
        }
        let meetings = shipped.meetings.map { meeting in
            var meeting = meeting
            meeting.title = text(&random)
            meeting.city = random.int(in: 0...2) == 0 ? nil : text(&random)
            meeting.hosts = (0..<random.int(in: 0...2)).map { _ in text(&random) }
            meeting.outcomes = random.int(in: 0...2) == 0 ? nil : [text(&random), text(&random)]
            meeting.sources = sources(meeting.sources)
            return meeting
        }
        let resolutions = (0..<copies).flatMap { _ in shipped.resolutions }.map { resolution in
            var resolution = resolution
            resolution.summary = text(&random)
            resolution.quote = random.int(in: 0...1) == 0 ? nil : text(&random)
            resolution.document = text(&random)
            resolution.sources = sources(resolution.sources)
            return resolution
        }
        let sessions = shipped.sessions.map { session in
            var session = session
            session.title = text(&random)
            session.format = text(&random)
            session.host = random.int(in: 0...1) == 0 ? nil : text(&random)
            session.sources = sources(session.sources)
            return session
        }
        let members = shipped.members.map { member in
            var member = member
            member.name = text(&random)
            member.formerNames = random.int(in: 0...1) == 0 ? nil : [text(&random)]
            member.sources = sources(member.sources)
            return member
        }
        return Dataset(meetings: meetings, resolutions: resolutions, sessions: sessions, members: members, memberCounts: shipped.memberCounts,
                       areas: shipped.areas, countries: shipped.countries, regionSources: shipped.regionSources, groupings: shipped.groupings)
    }
}
