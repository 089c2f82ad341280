import CoalitionUI
import Foundation
import Testing

/// Compares a rendered screen with `Golden/NAME.txt` (its text) and `Golden/NAME.styles.txt` (a
/// map of every cell's style, so underlines, selection and dimming are checked too). With
/// `UPDATE_GOLDEN=1` in the environment it writes both files instead, and fails the test so a
/// recording run is never taken for a passing one.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isUpdating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    static func text(of screen: ScreenBuffer) -> String {
        screen.lines.joined(separator: "\n") + "\n"
    }

    /// A legend naming each style that occurs, one letter each in order of first appearance
    /// ("." is plain), then one line of letters per screen row, one letter per cell.
    static func styles(of screen: ScreenBuffer) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var codes: [Style: Character] = [.plain: "."]
        var legend: [String] = [". plain"]
        var rows: [String] = []
        for y in 0..<screen.size.rows {
            var row = ""
            for x in 0..<screen.size.columns {
                let style = screen[x, y].style
                if codes[style] == nil {
                    let letter = codes.count - 1 < letters.count ? letters[codes.count - 1] : "?"
                    codes[style] = letter
                    legend.append("\(letter) \(describe(style))")
                }
                row.append(codes[style]!)
            }
            rows.append(row)
        }
        return (legend + [""] + rows).joined(separator: "\n") + "\n"
    }

    static func describe(_ style: Style) -> String {
        var parts: [String] = []
        if let color = style.foreground { parts.append("fg=\(color)") }
        if let color = style.background { parts.append("bg=\(color)") }
        if style.bold { parts.append("bold") }
        if style.dim { parts.append("dim") }
        if style.reverse { parts.append("reverse") }
        if style.underline { parts.append("underline") }
        return parts.joined(separator: " ")
    }

    static func check(_ screen: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try compare(text(of: screen), with: name + ".txt", sourceLocation: sourceLocation)
        try compare(styles(of: screen), with: name + ".styles.txt", sourceLocation: sourceLocation)
    }

    private static func compare(_ actual: String, with fileName: String, sourceLocation: SourceLocation) throws {
        let file = folder.appendingPathComponent(fileName)
        if isUpdating {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            Issue.record("wrote \(fileName) (UPDATE_GOLDEN=1 records goldens and never passes: review the diff, then run again without it)",
                         sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("no golden \(fileName); run the tests with UPDATE_GOLDEN=1 to write it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard let difference = firstDifference(expected: expected, actual: actual) else { return }
        Issue.record("""
            \(fileName) differs at line \(difference.line):
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
