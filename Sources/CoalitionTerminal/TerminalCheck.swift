#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the dashboard cannot take over this terminal, checked before any escape code is written.
public enum TerminalUnavailable: Error, CustomStringConvertible {
    case outputNotTerminal, inputNotTerminal, termUnset, dumbTerminal, unknownTerminal(String)

    public var description: String {
        let hint = "Use 'coalition render' to print the screen as plain text, or 'coalition validate'."
        switch self {
        case .outputNotTerminal: return "the dashboard needs a terminal, but standard output is not one. \(hint)"
        case .inputNotTerminal: return "the dashboard needs a terminal, but standard input is not one. \(hint)"
        case .termUnset: return "the dashboard needs to know the terminal type, but TERM is not set. \(hint)"
        case .dumbTerminal: return "TERM=dumb cannot draw a dashboard. \(hint)"
        case .unknownTerminal(let name): return "unknown terminal type \"\(name)\" (TERM). \(hint)"
        }
    }

    /// The checks that need no curses: terminals on both ends, and a usable TERM.
    public static func check(term: String?) throws(TerminalUnavailable) {
        guard isatty(STDOUT_FILENO) == 1 else { throw .outputNotTerminal }
        guard isatty(STDIN_FILENO) == 1 else { throw .inputNotTerminal }
        guard let term, !term.isEmpty else { throw .termUnset }
        if term == "dumb" { throw .dumbTerminal }
    }
}

/// True when the locale the environment asks for uses UTF-8, so box drawing can be used.
public func localeIsUTF8(environment: [String: String]) -> Bool {
    let locale = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]]
        .compactMap { $0 }.first { !$0.isEmpty } ?? ""
    let lowered = locale.lowercased()
    return lowered.contains("utf-8") || lowered.contains("utf8")
}
