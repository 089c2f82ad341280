/// The characters borders and markers are drawn with: Unicode box drawing, or plain ASCII for
/// terminals and fonts without it (`--ascii`, or a locale that is not UTF-8).
public struct Glyphs: Hashable, Sendable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var ellipsis: String
    public var separator: String
    public var arrowRight: String
    public var bullet: String
    public var rangeDash: String
    public var times: String
    public var openQuote: String
    public var closeQuote: String
    /// After a sort's name in a pane's title when the sort is reversed.
    public var descending: String

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        ellipsis: "…", separator: " · ", arrowRight: "→", bullet: "•", rangeDash: "–",
        times: "×", openQuote: "\u{201C}", closeQuote: "\u{201D}", descending: "↓"
    )

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        ellipsis: "...", separator: " - ", arrowRight: "->", bullet: "*", rangeDash: "-",
        times: "x", openQuote: "\"", closeQuote: "\"", descending: "desc"
    )
}

/// How the screen is drawn, chosen once at start.
public struct DisplayOptions: Hashable, Sendable {
    public var ascii: Bool
    public var color: Bool

    public init(ascii: Bool = false, color: Bool = true) {
        self.ascii = ascii
        self.color = color
    }

    public var glyphs: Glyphs { ascii ? .ascii : .unicode }
}
