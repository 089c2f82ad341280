import CoalitionModel

/// RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, a quote, CR
/// or LF, and quotes inside doubled. A field that begins with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a single quote in front, as OWASP advises against CSV injection: a
/// spreadsheet would otherwise run it as a formula.
///
/// Every code point these rules look at is ASCII, and in UTF-8 an ASCII byte is always that code
/// point (no byte of a longer sequence is below 0x80), so fields are written as bytes: a field
/// that needs nothing is copied as it stands.
public enum CSVWriter {
    public static func text(_ table: Table) -> String {
        OutputPieces.text { write(RowSource(table), to: $0) }
    }

    /// The bytes of `text(_:)` for the rows, handed to `deliver` in pieces of whole rows.
    public static func write(_ rows: RowSource, to deliver: ([UInt8]) -> Void) {
        var output = OutputPieces()
        appendRow(rows.columns.map(\.header), to: &output.bytes)
        for index in 0..<rows.count {
            appendRow(rows.row(index), to: &output.bytes)
            output.endLine(deliver)
        }
        output.finish(deliver)
    }

    static func appendRow(_ cells: [String], to bytes: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(comma) }
            appendField(cell, to: &bytes)
        }
        bytes.append(carriageReturn)
        bytes.append(lineFeed)
    }

    static func appendField(_ text: String, to bytes: inout [UInt8]) {
        var safe = withoutControlCharacters(text)
        let formula = startsLikeAFormula(text) || startsLikeAFormula(safe)
        let quoted = safe.withUTF8 { utf8 in
            utf8.contains { $0 == comma || $0 == quote || $0 == carriageReturn || $0 == lineFeed }
        }
        guard quoted else {
            if formula { bytes.append(apostrophe) }
            bytes.append(contentsOf: safe.utf8)
            return
        }
        // Every quote byte is doubled, also one a combining mark follows: a CSV reader ends a
        // quoted field at a single quote byte, whatever comes after it.
        bytes.append(quote)
        if formula { bytes.append(apostrophe) }
        safe.withUTF8 { utf8 in
            for byte in utf8 {
                if byte == quote { bytes.append(quote) }
                bytes.append(byte)
            }
        }
        bytes.append(quote)
    }

    /// What spreadsheets read as the start of a formula (OWASP, "CSV Injection").
    static func startsLikeAFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
            || first == UInt8(ascii: "@") || first == UInt8(ascii: "\t") || first == carriageReturn
    }

    /// CR and LF are data a quoted field may carry; every other control character is shown in the
    /// visible form the loader uses, so no spreadsheet or terminal receives it raw. Each run of
    /// text between them is cleaned on its own (a run starting with a combining mark gets its
    /// base), so text without them is cleaned whole, and unchanged text is not copied.
    static func withoutControlCharacters(_ text: String) -> String {
        var text = text
        let hasLineBreak = text.withUTF8 { utf8 in utf8.contains { $0 == carriageReturn || $0 == lineFeed } }
        guard hasLineBreak else { return TextSanitizer.clean(text) }
        let utf8 = text.utf8
        var output = ""
        var runStart = utf8.startIndex
        for index in utf8.indices where utf8[index] == carriageReturn || utf8[index] == lineFeed {
            output += TextSanitizer.clean(String(text.unicodeScalars[runStart..<index]))
            output.unicodeScalars.append(Unicode.Scalar(utf8[index]))
            runStart = utf8.index(after: index)
        }
        output += TextSanitizer.clean(String(text.unicodeScalars[runStart...]))
        return output
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'")
    private static let carriageReturn = UInt8(ascii: "\r"), lineFeed = UInt8(ascii: "\n")
}
