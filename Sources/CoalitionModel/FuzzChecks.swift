/// What the loader fuzz target checks on each input, kept in the library so that the unit tests
/// replay the fuzz corpus through exactly the same steps.
public enum FuzzLoaderCheck {
    /// Runs the loader's steps on `bytes` as the data file their first top-level key belongs to
    /// (or one chosen by their length), with the other files valid, and traps on any broken
    /// promise, which libFuzzer records as a crash with its input.
    public static func run(_ bytes: [UInt8]) {
        if let broken = brokenPromise(bytes) { preconditionFailure(broken) }
    }

    /// The first promise the loader breaks on `bytes`, or nil.
    public static func brokenPromise(_ bytes: [UInt8]) -> String? {
        if let disagreement = LoaderConsistency.disagreement(in: bytes) {
            return "outline and full parse disagree: \(disagreement)"
        }
        let file = fileFor(bytes)
        var contents = validFiles
        contents[file] = bytes
        let report = DatasetLoader.load(contents: contents)
        for problem in report.problems {
            guard let position = problem.position else { continue }
            let text = problem.file.hasSuffix("/" + file.fileName) ? bytes : validFiles.first { problem.file.hasSuffix("/" + $0.key.fileName) }?.value ?? []
            let lines = text.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            guard position.line >= 1, position.line <= lines, position.column >= 1,
                  position == TextPosition(offset: offset(of: position, in: text), in: text) else {
                return "position \(position) is not in the file: \(problem)"
            }
        }
        if (report.dataset == nil) != !report.problems.isEmpty { return "a data set with problems, or none without" }
        return nil
    }

    static func fileFor(_ bytes: [UInt8]) -> DataFile {
        let outline = bytes.withUnsafeBufferPointer { buffer in try? StrictJSONParser.outline(buffer) }
        if let key = outline?.members?.first?.key, let file = DataFile.allCases.first(where: { $0.listKeys.contains(key) }) {
            return file
        }
        return DataFile.allCases[bytes.count % DataFile.allCases.count]
    }

    /// The offset a line and column name, to check that a position exists in the file.
    private static func offset(of position: TextPosition, in bytes: [UInt8]) -> Int {
        var line = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while line < position.line, index < bytes.count {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
        var column = 1
        while column < position.column, index < bytes.count, bytes[index] != 0x0A {
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index
    }

    /// The smallest valid data set: each file the fuzzer does not replace.
    public static let validFiles: [DataFile: [UInt8]] = [
        .meetings: Array(#"{"meetings": [{"id": "mtg-2022-05-11-marrakesh", "title": "Marrakesh ministerial", "kind": "ministerial", "date": "2022-05-11", "city": "Marrakesh", "country": "MA", "memberCount": 84, "regions": ["africa"], "textStatus": "recorded", "sources": [{"publisher": "MAP", "title": "T", "reliability": "secondary"}]}]}"#.utf8),
        .resolutions: Array(#"{"resolutions": [{"id": "res-2022-05-11-marrakesh-01", "meeting": "mtg-2022-05-11-marrakesh", "document": "Joint communiqué", "order": 1, "summary": "S.", "wording": "official-text", "themes": ["africa"], "regions": ["MA"], "sources": [{"publisher": "MAP", "title": "T", "reliability": "official"}]}]}"#.utf8),
        .sessions: Array(#"{"sessions": [{"id": "afg-2023-03-01-niamey", "number": 1, "title": "Niamey plenary", "date": "2023-03-01", "format": "Plenary", "coChairs": ["MA"], "regions": ["africa"], "textStatus": "not-found", "sources": [{"publisher": "MAP", "title": "T", "reliability": "official"}]}]}"#.utf8),
        .members: Array(#"{"members": [{"id": "MA", "name": "Morocco", "kind": "state", "country": "MA", "joined": {"on": "2014-12"}, "sources": [{"publisher": "MAP", "title": "T", "reliability": "official"}]}], "memberCounts": [{"date": "2014-12-03", "count": 60, "sources": [{"publisher": "MAP", "title": "T", "reliability": "official"}]}]}"#.utf8),
        .regions: Array(#"{"sources": [{"publisher": "UNSD", "url": "https://unstats.un.org/", "reliability": "official"}], "areas": [{"id": "world", "m49": "001", "name": "World", "sources": [{"publisher": "UNSD", "url": "https://unstats.un.org/", "reliability": "official"}]}, {"id": "africa", "m49": "002", "name": "Africa", "parent": "world", "sources": [{"publisher": "UNSD", "url": "https://unstats.un.org/", "reliability": "official"}]}], "countries": [{"code": "MA", "m49": "504", "name": "Morocco", "area": "africa"}, {"code": "NE", "m49": "562", "name": "Niger", "area": "africa"}]}"#.utf8),
    ]
}

/// What the sanitizer fuzz target checks on each input; the unit tests replay its corpus too.
public enum FuzzSanitizerCheck {
    public static func run(_ bytes: [UInt8]) {
        if let broken = brokenPromise(bytes) { preconditionFailure(broken) }
    }

    /// The first promise `TextSanitizer.clean` breaks on the text, or nil.
    public static func brokenPromise(_ bytes: [UInt8]) -> String? {
        let cleaned = TextSanitizer.clean(String(decoding: bytes, as: UTF8.self))
        for scalar in cleaned.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return "kept control U+\(String(scalar.value, radix: 16))" }
            if scalar.properties.isBidiControl { return "kept bidi control U+\(String(scalar.value, radix: 16))" }
        }
        // Scalar by scalar: String's == treats canonically equivalent text as equal.
        if !TextSanitizer.clean(cleaned).unicodeScalars.elementsEqual(cleaned.unicodeScalars) { return "cleaning twice changed the text" }
        if let first = cleaned.unicodeScalars.first {
            let category = first.properties.generalCategory
            if category == .nonspacingMark || category == .spacingMark || category == .enclosingMark { return "starts with a combining mark" }
        }
        return nil
    }
}
