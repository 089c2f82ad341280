import Foundation
import Testing

/// A record type's optional stored properties must be spelled `Optional<T>` (see `JSONRecord`):
/// one spelt `T?` makes `init(reader:)` build every record aside and copy it out, which cost a
/// quarter of a warm start. Nothing else would notice a new field spelt the short way.
@Suite struct RecordSpellingTests {
    private static let modelFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CoalitionModel")

    @Test func recordTypesSpellOptionalFieldsInFull() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.modelFolder.path).filter { $0.hasSuffix(".swift") }
        // Stored properties only: a computed one has a body after its type.
        let shortOptional = try Regex(#"^\s*(public |internal |private |fileprivate )?(private\(set\) )?(var|let) \w+: [^={]*\?\s*$"#)
        var recordFiles = 0
        for file in files {
            let text = try String(contentsOf: Self.modelFolder.appendingPathComponent(file), encoding: .utf8)
            guard text.contains(": JSONRecord {") || text.contains(", JSONRecord {") else { continue }
            recordFiles += 1
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.wholeMatch(of: shortOptional) != nil {
                Issue.record("\(file):\(number + 1): spell it Optional<T>: \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        // Meeting, Resolution, FocusGroupSession, Member, Regions, Source, AnalystRegion.
        #expect(recordFiles >= 7)
    }
}
