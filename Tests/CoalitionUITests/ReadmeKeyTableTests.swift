import CoalitionUI
import Foundation
import Testing

/// README's key table is the key table: generated from `KeyTable`, checked here so a binding
/// added without updating README fails. `UPDATE_GOLDEN=1` rewrites README's table (and fails).
@Suite struct ReadmeKeyTableTests {
    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    static let begin = "<!-- keys: generated from the key table -->\n"
    static let end = "<!-- end of keys -->"

    @Test func readmeListsEveryBindingAsTheKeyTableDoes() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "README has the key table's markers")
        let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let shown = String(text[start.upperBound..<stop.lowerBound])
        let wanted = KeyHelp.markdownTable + "\n"
        if Golden.isUpdating {
            try (String(text[..<start.upperBound]) + wanted + String(text[stop.lowerBound...])).write(to: Self.readme, atomically: true, encoding: .utf8)
            Issue.record("README's key table rewritten; run again without UPDATE_GOLDEN")
            return
        }
        #expect(shown == wanted, "README's key table differs from KeyTable: run UPDATE_GOLDEN=1 swift test --filter ReadmeKeyTable")
        for binding in KeyTable.bindings {
            #expect(shown.contains(binding.help.replacingOccurrences(of: "|", with: "\\|")), "\(binding.help)")
        }
    }
}
