/// Makes text from data files safe to show in a terminal, once, as it is loaded.
///
/// Valid JSON can carry ESC, C1 controls, bidi overrides and invisible characters through its
/// `\u` escapes. Left alone they could move the cursor, retitle the window, write the clipboard
/// or reorder what a reader sees. Every such character becomes a visible form instead, so the
/// person who edits the data can still see and fix it:
/// C0 controls as caret notation (`^[`), DEL as `^?`, C1, bidi and invisible format characters
/// as `\u{202E}`, and tabs and line breaks as a space (every field is one line).
public enum TextSanitizer {
    /// A visible base for a combining mark that would otherwise attach to a neighbouring cell.
    public static let combiningBase: Unicode.Scalar = "\u{25CC}"

    /// Text typed or pasted into a prompt, one piece at a time: the same visible forms as
    /// `clean`, but a combining mark is not given a base, since it joins the text typed before it.
    public static func cleanTyped(_ text: String) -> String {
        clean(text, baseForLeadingMark: false)
    }

    public static func clean(_ text: String) -> String {
        clean(text, baseForLeadingMark: true)
    }

    static func clean(_ text: String, baseForLeadingMark: Bool) -> String {
        if isPlainASCII(text) { return text }
        let startsWithMark = baseForLeadingMark && (text.unicodeScalars.first.map(isCombiningMark) ?? false)
        if !startsWithMark && !text.unicodeScalars.contains(where: needsChange) { return text }
        var output = String.UnicodeScalarView()
        var previousWasBreak = false
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) || scalar == "\t" {
                if !(previousWasBreak && scalar == "\n") { output.append(" ") }
                previousWasBreak = scalar == "\r"
                continue
            }
            previousWasBreak = false
            switch scalar.value {
            case 0x00..<0x20:
                output.append("^")
                output.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
            case 0x7F:
                output.append(contentsOf: "^?".unicodeScalars)
            case 0x80..<0xA0:
                output.append(contentsOf: escaped(scalar).unicodeScalars)
            default:
                if isHidden(scalar) {
                    output.append(contentsOf: escaped(scalar).unicodeScalars)
                } else {
                    if baseForLeadingMark && output.isEmpty && isCombiningMark(scalar) { output.append(combiningBase) }
                    output.append(scalar)
                }
            }
        }
        return String(output)
    }

    /// Printable ASCII needs no work; most strings are, so this check runs first and fast.
    static func isPlainASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 || byte >= 0x7F { return false }
                index += 1
            }
            return true
        }
    }

    /// True when `clean` would change nothing.
    public static func isClean(_ text: String) -> Bool {
        clean(text) == text
    }

    /// True for a scalar `clean` rewrites; checking first spares rebuilding text that is fine,
    /// such as most accented or non-Latin text.
    private static func needsChange(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0: return true
        case 0x20..<0x7F: return false
        default: return isLineBreak(scalar) || isHidden(scalar)
        }
    }

    static func escaped(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Characters that change how text around them is shown without being visible themselves.
    /// Joiners and variation selectors stay: emoji sequences need them.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // Below U+0300 only the soft hyphen is invisible; skipping the property lookups there
        // keeps loading fast for text that is mostly Latin.
        case 0xAD: return true
        case 0..<0x300, 0x200C, 0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF: return false
        default: break
        }
        let properties = scalar.properties
        return properties.isBidiControl || properties.isDefaultIgnorableCodePoint
            || properties.generalCategory == .format
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: true
        default: false
        }
    }
}
