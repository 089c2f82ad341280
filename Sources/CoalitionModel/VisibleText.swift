/// Tells whether text that `TextSanitizer` has cleaned still shows anything to a reader.
///
/// The sanitizer turns invisible and control characters into visible stand-ins (`\u{200B}`,
/// `^[`) so that an editor can find them; a field made of nothing else would look filled in while
/// saying nothing, so validation treats those stand-ins as invisible too.
enum VisibleText {
    static func hasVisibleCharacter(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let length = standInLength(scalars, at: index) {
                index += length
                continue
            }
            if !isInvisible(scalar) { return true }
            index += 1
        }
        return false
    }

    /// The length of a sanitizer stand-in starting at `index`: `\u{HEX}` or caret notation.
    private static func standInLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        let scalar = scalars[index]
        if scalar == "^", index + 1 < scalars.count {
            let next = scalars[index + 1].value
            return (0x40...0x5F).contains(next) || next == 0x3F ? 2 : nil
        }
        guard scalar == "\\", index + 3 < scalars.count, scalars[index + 1] == "u", scalars[index + 2] == "{" else { return nil }
        var end = index + 3
        while end < scalars.count, end - index <= 10, scalars[end].properties.isASCIIHexDigit { end += 1 }
        guard end > index + 3, end < scalars.count, scalars[end] == "}" else { return nil }
        return end - index + 1
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isWhitespace || properties.isDefaultIgnorableCodePoint || properties.isBidiControl { return true }
        switch properties.generalCategory {
        case .format, .control, .nonspacingMark, .enclosingMark, .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return scalar == TextSanitizer.combiningBase
        }
    }
}
