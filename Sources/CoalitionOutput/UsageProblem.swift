import CoalitionModel

/// Something the user typed that names nothing: what was wrong, the nearest valid name and the valid
/// names, so every command reports it the same way (and exits 64).
public struct UsageProblem: Error, Equatable, Sendable {
    public var message: String
    public var suggestion: String?
    /// Printed after the message; empty when there are too many to list (ids).
    public var validValues: [String]
    /// A hint in place of the valid values.
    public var hint: String?

    public init(message: String, suggestion: String? = nil, validValues: [String] = [], hint: String? = nil) {
        self.message = TextSanitizer.clean(message)
        self.suggestion = suggestion
        self.validValues = validValues
        self.hint = hint
    }

    /// `unknown theme "finance" (did you mean …?)`, suggesting from `hintsFrom` (default: the valid values).
    public static func unknown(_ what: String, _ typed: String, valid: [String], hintsFrom candidates: [String]? = nil) -> UsageProblem {
        UsageProblem(
            message: "unknown \(what) \"\(typed)\"",
            suggestion: nearest(to: typed, in: candidates ?? valid),
            validValues: valid
        )
    }

    /// A name a small typo away, else the only name that contains what was typed ("org" for
    /// "organisation"), else the only one that holds its letters in order with some dropped
    /// ("meting" for "meetings"), which edit distance alone misses.
    static func nearest(to typed: String, in candidates: [String]) -> String? {
        if let close = NameMatcher.nearest(to: typed, in: candidates) { return close }
        let wanted = typed.lowercased()
        guard wanted.count >= 3 else { return nil }
        let containing = candidates.filter { $0.lowercased().contains(wanted) }
        if !containing.isEmpty { return containing.count == 1 ? containing[0] : nil }
        let spelling = candidates.filter { holdsInOrder(wanted, $0.lowercased()) }
        return spelling.count == 1 ? spelling[0] : nil
    }

    /// Whether every character of `letters` appears in `word` in the same order: one pass.
    private static func holdsInOrder(_ letters: String, _ word: String) -> Bool {
        var remaining = letters[...]
        for character in word where character == remaining.first { remaining = remaining.dropFirst() }
        return remaining.isEmpty
    }

    /// The lines to print on standard error.
    public var lines: [String] {
        var first = "coalition: " + message
        if let suggestion { first += " (did you mean \"\(suggestion)\"?)" }
        if !validValues.isEmpty { return [first, "valid values: " + validValues.joined(separator: ", ")] }
        return [first] + (hint.map { [$0] } ?? [])
    }
}

extension RawRepresentable where Self: CaseIterable, RawValue == String {
    /// The value with this name, in any case, or the problem naming the valid ones.
    public static func named(_ typed: String, as what: String) throws(UsageProblem) -> Self {
        if let value = allCases.first(where: { $0.rawValue == typed.lowercased() }) { return value }
        throw UsageProblem.unknown(what, typed, valid: allCases.map(\.rawValue))
    }
}
