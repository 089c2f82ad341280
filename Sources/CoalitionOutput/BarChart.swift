/// Horizontal bars of text: Unicode blocks in eighths of a column, or `#` in ASCII.
public enum BarChart {
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar for `value` where `maximum` fills `width` columns; any value above zero shows.
    public static func bar(_ value: Int, maximum: Int, width: Int, ascii: Bool) -> String {
        guard value > 0, maximum > 0, width > 0 else { return "" }
        let scale = ascii ? 1 : 8
        // In Double: value * width * 8 overflows Int for counts near Int.max.
        let fraction = min(1, Double(value) / Double(maximum))
        let units = max(1, Int((fraction * Double(min(width, 10_000) * scale)).rounded()))
        if ascii { return String(repeating: "#", count: units) }
        return String(repeating: "█", count: units / 8) + eighths[units % 8]
    }
}
