import CWidth
import Synchronization

/// Measures text in terminal columns the way ncurses and terminals do: libc's `wcwidth` for each
/// code point (asked in a UTF-8 locale), with grapheme-cluster rules on top. `String.count` is
/// not a column count.
///
/// Text is drawn as *cells*: one spacing code point and the zero-width ones after it (combining
/// marks, joiners), at most `maximumScalarsPerCell` of them, as ncurses' `cchar_t` holds. Where
/// terminals disagree on how to draw a cluster, the cluster is replaced, the same way for
/// `render` and for the live screen (`cells(of:)` is what both draw):
/// - an emoji modifier (skin tone) after an emoji is left out: terminals draw the pair in 2 or in
///   4 columns, so the plain emoji is shown;
/// - variation selectors are left out: terminals disagree on whether VS16 widens a character;
/// - a ZWJ emoji sequence shows its emoji side by side, without the joiners: ncurses keeps one
///   spacing character per cell, and a terminal that joined them would draw fewer columns than
///   ncurses counts;
/// - a flag (a pair of regional indicators) is two cells of one column, as wcwidth counts them;
///   terminals draw the pair as one flag in the same two columns;
/// - marks past the fifth code point of a cell are left out;
/// - a code point `wcwidth` calls unprintable (unassigned) shows as U+FFFD.
public enum TextWidth {
    /// The code points one terminal cell holds: ncurses' CCHARW_MAX.
    public static let maximumScalarsPerCell = 5
    /// What a code point that cannot be drawn becomes.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// libc's `wcwidth` for the code point in a UTF-8 locale: 0, 1, 2, or -1 when unprintable.
    public static func libcWidth(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        let width = Int(coalition_wcwidth(value))
        // No UTF-8 locale at all (a stripped-down system): the best guess without a table.
        if width == -2 { return fallbackWidth(scalar) }
        return width
    }

    /// Columns one code point takes on screen: control characters none (they are never drawn),
    /// an unprintable code point 1 (its replacement).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        if isControl(scalar) { return 0 }
        let width = libcWidth(scalar)
        return width < 0 ? 1 : width
    }

    public static func of(_ character: Character) -> Int {
        // Most characters are one ASCII byte: printable ones take a column, control ones none, as
        // the cells below would say without building them.
        if let byte = character.asciiValue { return byte >= 0x20 && byte < 0x7F ? 1 : 0 }
        var width = 0
        forEachCell(of: character) { _, cellWidth in width += cellWidth }
        return width
    }

    public static func of(_ text: String) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        var width = 0
        var steps = 0
        for character in text {
            width += of(character)
            steps += 1
        }
        WorkCounter.add(steps)
        return width
    }

    /// The cells a character is drawn in, with their widths, after the replacements above.
    public static func cells(of character: Character) -> [(text: String, width: Int)] {
        var cells: [(String, Int)] = []
        forEachCell(of: character) { cells.append(($0, $1)) }
        return cells
    }

    /// Calls `body` with the text and width of each cell of a character, in order.
    public static func forEachCell(of character: Character, _ body: (String, Int) -> Void) {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return }
        guard let second = iterator.next() else {
            // One code point, the common case.
            if isControl(first) { return }
            let width = libcWidth(first)
            if width < 0 { body(String(replacement), 1) } else { body(String(first), width) }
            return
        }
        // In an emoji ZWJ sequence the joiners are left out, so each emoji is a cell of its own:
        // ncurses keeps one spacing character per cell and counts its width alone, while a
        // terminal that joins the sequence would draw it narrower than ncurses thinks.
        let dropJoiners = first.properties.isEmoji && scalars.contains(zeroWidthJoiner) && second.value != 0x20E3
        // Otherwise a cell begins at each spacing code point; zero-width ones join the cell before.
        var cell = String.UnicodeScalarView()
        var cellCount = 0
        var cellWidth = 0
        var baseIsEmoji = false
        func flush() {
            if cellCount > 0 { body(String(cell), cellWidth) }
            cell = String.UnicodeScalarView()
            cellCount = 0
            cellWidth = 0
        }
        for scalar in scalars {
            if isControl(scalar) || isVariationSelector(scalar) || (dropJoiners && scalar == zeroWidthJoiner) { continue }
            if isEmojiModifier(scalar), baseIsEmoji, cellCount > 0 { continue }
            let width = libcWidth(scalar)
            if width == 0 {
                if cellCount < maximumScalarsPerCell {
                    cell.append(scalar)
                    cellCount += 1
                }
                continue
            }
            flush()
            if width < 0 {
                cell.append(replacement)
                cellWidth = 1
                baseIsEmoji = false
            } else {
                cell.append(scalar)
                cellWidth = width
                baseIsEmoji = scalar.properties.isEmoji && width == 2
            }
            cellCount = 1
        }
        flush()
    }

    /// A character's code points split where its cells begin (before each spacing code point),
    /// keeping every code point, so the parts joined give the character back.
    static func parts(of character: Character) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in character.unicodeScalars {
            if !current.isEmpty, libcWidth(scalar) != 0, !isEmojiModifier(scalar) {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            }
            current.append(scalar)
        }
        if !current.isEmpty { parts.append(String(current)) }
        return parts
    }

    /// What a terminal shows for the text: every character in its drawn form (see above).
    public static func displayForm(_ text: String) -> String {
        if isPrintableASCII(text) { return text }
        var output = ""
        for character in text { forEachCell(of: character) { cell, _ in output += cell } }
        return output
    }

    static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    static func isEmojiModifier(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F3FB...0x1F3FF).contains(scalar.value)
    }

    static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
    }

    /// Used only where the system has no UTF-8 locale for `wcwidth`.
    static func fallbackWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        case .unassigned, .surrogate, .control: return -1
        default: return scalar.properties.isEmojiPresentation ? 2 : 1
        }
    }

    static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Cuts text to fit `width` columns, ending with an ellipsis when something was cut. Reads no
    /// further into the text than the width needs, so a huge text costs no more than a short one.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let ellipsisWidth = of(ellipsis)
        let room = width - ellipsisWidth
        var used = 0
        var cutAt: String.Index?
        var steps = 0
        defer { WorkCounter.add(steps) }
        var index = text.startIndex
        while index < text.endIndex {
            steps += 1
            let character = text[index]
            let characterWidth = of(character)
            if cutAt == nil, used + characterWidth > room { cutAt = index }
            used += characterWidth
            if used > width {
                // Something must be cut.
                guard width > ellipsisWidth else { return String(repeating: ".", count: width) }
                return String(text[..<(cutAt ?? index)]) + ellipsis
            }
            index = text.index(after: index)
        }
        return text
    }

    /// Keeps the end of text that does not fit `width` columns, starting with an ellipsis: what a
    /// prompt shows of a long entry, so the cursor at its end stays in view. Reads from the end no
    /// further than the width needs.
    public static func truncateFront(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let room = width - of(ellipsis)
        var used = 0
        var keepFrom = text.endIndex
        // Where the kept end starts if something must be cut: as much as fits beside the ellipsis.
        var keepBesideEllipsis = text.endIndex
        var steps = 0
        defer { WorkCounter.add(steps) }
        while keepFrom > text.startIndex {
            steps += 1
            let previous = text.index(before: keepFrom)
            used += of(text[previous])
            if used > width {
                guard room > 0 else { return String(repeating: ".", count: width) }
                return ellipsis + String(text[keepBesideEllipsis...])
            }
            if used <= room { keepBesideEllipsis = previous }
            keepFrom = previous
        }
        return text
    }

    /// Pads with spaces (or cuts) to exactly `width` columns.
    public static func fit(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }

    /// Where a web address breaks when it is wider than its line: after one of these, so that each
    /// continuation starts at a part of the address (a path segment, a query, a parameter, a word).
    public static let addressBreaks: Set<Character> = ["/", "?", "&", "-"]

    /// Breaks a web address into lines of at most `width` columns, after the last of
    /// `addressBreaks` on the line when that leaves the line at least half full, else at the
    /// line's edge. The address is kept whole: the lines put together are the text. Each
    /// character is visited once and a line's end at most once more, so the work is in
    /// proportion to the address, however long. Text with a character wider than the line is
    /// wrapped as `wrap` does it.
    public static func wrapAddress(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var start = text.startIndex
        var used = 0
        // Just after the last break character on the line, and the columns up to it.
        var breakPoint: (index: String.Index, used: Int)?
        var index = text.startIndex
        var steps = 0
        defer { WorkCounter.add(steps) }
        // Read once: a global's every read checks that it was made.
        let breaks = addressBreaks
        while index < text.endIndex {
            steps += 1
            let character = text[index]
            let characterWidth = of(character)
            if characterWidth > width { return wrap(text, to: width) }
            if used + characterWidth > width {
                // The line is full; the rest of it after a break point (which holds no break
                // character, the point being the last) starts the next line.
                if let point = breakPoint, point.used * 2 >= width {
                    lines.append(String(text[start..<point.index]))
                    start = point.index
                    used -= point.used
                } else {
                    lines.append(String(text[start..<index]))
                    start = index
                    used = 0
                }
                breakPoint = nil
                continue
            }
            used += characterWidth
            index = text.index(after: index)
            if breaks.contains(character) { breakPoint = (index, used) }
        }
        if start < text.endIndex || lines.isEmpty { lines.append(String(text[start...])) }
        return lines
    }

    /// Breaks text into lines of at most `width` columns, at spaces where it can. Each character
    /// is measured once, so the work is in proportion to the text, however long its words.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var steps = 0
        defer { WorkCounter.add(steps) }
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let ascii = word.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
            var wordWidth = 0
            if ascii {
                wordWidth = word.utf8.count
                steps += 1
            } else {
                for character in word {
                    wordWidth += of(character)
                    steps += 1
                }
            }
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " "
                line += word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if wordWidth <= width {
                line = String(word)
                lineWidth = wordWidth
                continue
            }
            // A word longer than the line is broken by columns, in one pass.
            if ascii {
                // Plain ASCII: a column a byte, cut in slices.
                let bytes = Array(word.utf8)
                var start = 0
                while start + width < bytes.count {
                    lines.append(String(decoding: bytes[start..<(start + width)], as: UTF8.self))
                    start += width
                    steps += 1
                }
                line = String(decoding: bytes[start...], as: UTF8.self)
                lineWidth = bytes.count - start
                continue
            }
            var piece = ""
            var pieceWidth = 0
            for character in word {
                steps += 1
                let characterWidth = of(character)
                if pieceWidth > 0, pieceWidth + characterWidth > width {
                    lines.append(piece)
                    piece = ""
                    pieceWidth = 0
                }
                if characterWidth <= width {
                    piece.append(character)
                    pieceWidth += characterWidth
                    continue
                }
                // A cluster wider than the line (an emoji sequence drawn side by side) is broken
                // between its cells; a single cell wider than the line is left out.
                for part in parts(of: character) {
                    let partWidth = of(part)
                    if partWidth > width { continue }
                    if pieceWidth > 0, pieceWidth + partWidth > width {
                        lines.append(piece)
                        piece = ""
                        pieceWidth = 0
                    }
                    piece += part
                    pieceWidth += partWidth
                }
            }
            line = piece
            lineWidth = pieceWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}

/// Counts units of work done by the text and search routines, for tests that check the work
/// grows in proportion to the input. Off (nil) unless a test binds a counter to its task.
public final class WorkCounter: Sendable {
    @TaskLocal public static var current: WorkCounter?

    private let total = Atomic<Int>(0)

    public init() {}

    public var count: Int { total.load(ordering: .relaxed) }

    /// Adds to the counter bound to this task, if any.
    public static func add(_ steps: Int) {
        guard steps > 0, let counter = current else { return }
        counter.total.add(steps, ordering: .relaxed)
    }

    /// Runs `body` with a fresh counter and returns the work it counted.
    public static func measure(_ body: () throws -> Void) rethrows -> Int {
        let counter = WorkCounter()
        try $current.withValue(counter) { try body() }
        return counter.count
    }
}
