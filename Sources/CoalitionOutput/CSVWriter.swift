import CoalitionModel

/// RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, a quote, CR
/// or LF, and quotes inside doubled. A field that begins with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a single quote in front, as OWASP advises against CSV injection: a
/// spreadsheet would otherwise run it as a formula.
public enum CSVWriter {
    public static func text(_ table: Table) -> String {
        ([table.columns.map(\.header)] + table.rows)
            .map { $0.map(field).joined(separator: ",") + "\r\n" }
            .joined()
    }

    static func field(_ text: String) -> String {
        var safe = withoutControlCharacters(text)
        if startsLikeAFormula(text) || startsLikeAFormula(safe) { safe = "'" + safe }
        guard safe.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return safe }
        return "\"" + safe.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// What spreadsheets read as the start of a formula (OWASP, "CSV Injection").
    static func startsLikeAFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r"
    }

    /// CR and LF are data a quoted field may carry; every other control character is shown in the
    /// visible form the loader uses, so no spreadsheet or terminal receives it raw.
    static func withoutControlCharacters(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var run = ""
        for scalar in text.unicodeScalars {
            if scalar == "\r" || scalar == "\n" {
                output.append(contentsOf: TextSanitizer.clean(run).unicodeScalars)
                output.append(scalar)
                run = ""
            } else {
                run.unicodeScalars.append(scalar)
            }
        }
        output.append(contentsOf: TextSanitizer.clean(run).unicodeScalars)
        return String(output)
    }
}
