import CoalitionUI
import Foundation
import Testing

/// Compares a rendered screen with `Golden/NAME.txt`; with `UPDATE_GOLDEN=1` in the environment it
/// writes the file instead.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isUpdating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    static func text(of screen: ScreenBuffer) -> String {
        screen.lines.joined(separator: "\n") + "\n"
    }

    static func check(_ screen: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name + ".txt")
        let actual = text(of: screen)
        if isUpdating {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("no golden \(name).txt; run the tests with UPDATE_GOLDEN=1 to write it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard let difference = firstDifference(expected: expected, actual: actual) else { return }
        Issue.record("""
            \(name).txt differs at line \(difference.line):
              expected: \(difference.expected)
              actual:   \(difference.actual)
            """, sourceLocation: sourceLocation)
    }

    /// The first line (from 1) where the two texts differ, or nil when they are equal.
    static func firstDifference(expected: String, actual: String) -> (line: Int, expected: String, actual: String)? {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let wanted = index < expectedLines.count ? String(expectedLines[index]) : "(no line)"
            let found = index < actualLines.count ? String(actualLines[index]) : "(no line)"
            if wanted != found { return (index + 1, wanted, found) }
        }
        return nil
    }
}
