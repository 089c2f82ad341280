import CoalitionModel

/// Editing a line of typed text, shared by every place that takes text: the search, the region
/// picker's query and the prompts. Typed and pasted text is sanitised here, once: controls and
/// bidi characters become their visible forms (`\u{202E}`), never echoed raw.
enum LineEditing {
    /// Applies an editing action to the text; false for actions that do not edit.
    static func apply(_ action: Action, to text: inout String) -> Bool {
        switch action {
        case .insert(let typed):
            text += TextSanitizer.cleanTyped(typed)
        case .deleteBackward:
            if !text.isEmpty { text.removeLast() }
        default:
            return false
        }
        return true
    }
}

/// What a one-line prompt asks for; Enter applies it, Esc closes it.
public enum PromptKind: Hashable, Sendable {
    /// The date filter: FROM..TO.
    case dates
    /// The timeline's go-to-date.
    case goToDate

    /// The label before the typed text, with the syntax it takes.
    public var label: String {
        switch self {
        case .dates: "Dates (2022, 2021-06.., ..2019, 2022..2024):"
        case .goToDate: "Go to (YYYY, YYYY-MM or YYYY-MM-DD):"
        }
    }
}

/// A prompt on the status line: its kind, the text typed, and the message of the last Enter
/// that could not be applied (the prompt stays open on bad input).
public struct PromptState: Hashable, Sendable {
    public let kind: PromptKind
    public internal(set) var text: String
    public internal(set) var error: String?

    init(_ kind: PromptKind, text: String = "") {
        self.kind = kind
        self.text = text
    }
}

/// The date prompt's syntax: a date (YYYY, YYYY-MM or YYYY-MM-DD) alone is that period; `FROM..`,
/// `..TO` and `FROM..TO` bound one side or both; nothing at all clears the filter.
enum DateRangeSyntax {
    static let separator = ".."

    static func parse(_ typed: String) -> Result<DateBounds, DatePromptError> {
        let text = trimmed(Substring(typed))
        guard !text.isEmpty else { return .success(DateBounds()) }
        guard let range = text.firstRange(of: separator) else {
            guard let date = PartialDate(text) else { return .failure(.notADate(text)) }
            return .success(DateBounds(from: date, to: date))
        }
        let fromText = trimmed(text[..<range.lowerBound])
        let toText = trimmed(text[range.upperBound...])
        var bounds = DateBounds()
        if !fromText.isEmpty {
            guard let from = PartialDate(fromText) else { return .failure(.notADate(fromText)) }
            bounds.from = from
        }
        if !toText.isEmpty {
            guard let to = PartialDate(toText) else { return .failure(.notADate(toText)) }
            bounds.to = to
        }
        if let from = bounds.from, let to = bounds.to, from.earliestDayNumber > to.latestDayNumber { return .failure(.reversed) }
        return .success(bounds)
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    /// The bounds as the prompt takes them, so reopening it shows what is in force.
    static func text(of bounds: DateBounds) -> String {
        if bounds.isUnbounded { return "" }
        if let from = bounds.from, from == bounds.to { return from.description }
        return (bounds.from?.description ?? "") + separator + (bounds.to?.description ?? "")
    }
}

enum DatePromptError: Error, Equatable {
    case notADate(String)
    case reversed

    var message: String {
        switch self {
        // Short, so the message fits beside the prompt, whose label shows the syntax, at 80 columns.
        case .notADate(let text): "\"\(TextWidth.truncate(text, to: 12, ellipsis: "..."))\" is not a date"
        case .reversed: "the start is after the end"
        }
    }
}
