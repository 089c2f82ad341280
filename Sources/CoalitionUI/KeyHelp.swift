/// The texts generated from the key table: the help overlay's lines, the status bar's hints and
/// the manual's KEYS section.
public enum KeyHelp {
    /// One line of the help: keys and what they do.
    public struct Line: Hashable, Sendable {
        public var keys: String
        public var help: String
    }

    /// One group of the help: the bindings that work in exactly the same modes.
    public struct Group: Hashable, Sendable {
        public var title: String
        public var lines: [Line]
    }

    /// Every binding, grouped by the set of modes it works in, groups in the table's order; the
    /// typing rule closes the groups of the modes that take text.
    public static let groups: [Group] = {
        var groups: [(modes: Set<KeyMode>, group: Group)] = []
        for binding in KeyTable.bindings {
            let line = Line(keys: binding.keyLabels, help: binding.help)
            if let index = groups.firstIndex(where: { $0.modes == binding.modes }) {
                groups[index].group.lines.append(line)
            } else {
                groups.append((binding.modes, Group(title: title(of: binding.modes), lines: [line])))
            }
        }
        for index in groups.indices where groups[index].modes.isSubset(of: KeyTable.typingModes) {
            groups[index].group.lines.append(Line(keys: "other characters", help: KeyTable.typingHelp))
        }
        return groups.map(\.group)
    }()

    static func title(of modes: Set<KeyMode>) -> String {
        if modes == Set(KeyMode.allCases) { return "Everywhere, also in prompts and overlays" }
        if modes == KeyMode.views { return "Everywhere" }
        if modes == KeyMode.browsing { return "Lists and the detail pane" }
        if modes == KeyMode.timelines { return "Timeline, wide or narrow" }
        if modes == KeyMode.reports { return "Themes, coverage and comparison" }
        if modes == KeyMode.documents { return "Coverage and comparison" }
        if modes == KeyMode.views.subtracting(KeyMode.reports) { return "Lists, the detail pane and the timeline" }
        if modes == KeyMode.browsing.union(KeyMode.reports) { return "Lists, the detail pane, themes, coverage and comparison" }
        return KeyMode.allCases.filter(modes.contains).map(\.title).joined(separator: ", ")
    }

    /// The help overlay's lines: each group's title, then its keys and what they do.
    public static var overlayLines: [Line] {
        var lines: [Line] = []
        for group in groups {
            if !lines.isEmpty { lines.append(Line(keys: "", help: "")) }
            lines.append(Line(keys: group.title, help: ""))
            lines += group.lines.map { Line(keys: "  " + $0.keys, help: $0.help) }
        }
        return lines
    }

    /// The status bar's hints for a mode that fit `width` columns, two spaces apart: chosen by
    /// priority (the help key always), shown in the table's order.
    public static func hints(for mode: KeyMode, width: Int) -> String {
        let bound = KeyTable.bindings.filter { binding in
            binding.modes.contains(mode) && binding.hint.map { $0.modes?.contains(mode) ?? true } == true
        }
        var chosen = Set<Int>()
        var used = 0
        let byPriority = bound.indices.sorted { (bound[$0].hint!.priority, $0) < (bound[$1].hint!.priority, $1) }
        for index in byPriority {
            let cost = bound[index].hintText!.count + (chosen.isEmpty ? 0 : separator.count)
            guard bound[index].hint!.priority == 0 || used + cost <= width else { continue }
            chosen.insert(index)
            used += cost
        }
        return bound.indices.filter(chosen.contains).compactMap { bound[$0].hintText }.joined(separator: separator)
    }

    static let separator = "  "

    /// The manual's KEYS section as plain text, for the `dashboard` command's discussion.
    public static var manualText: String {
        groups.map { group in
            group.title + ":\n" + group.lines.map { "  \($0.keys): \($0.help)" }.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}

/// The key table as README's Markdown and as the man page's mdoc, so neither lists keys by hand.
extension KeyHelp {
    /// A table with one row per binding under a bold row per group.
    public static var markdownTable: String {
        var rows = ["| keys | what they do |", "|---|---|"]
        for group in groups {
            rows.append("| **\(markdownCell(group.title))** | |")
            rows += group.lines.map { "| \(markdownCell($0.keys)) | \(markdownCell($0.help)) |" }
        }
        return rows.joined(separator: "\n")
    }

    /// The KEYS section: a subsection per group, a tagged list of its keys.
    public static var mdoc: String {
        var lines = [".Sh KEYS", "Generated from the dashboard's key table, which also drives its dispatch and its", ".Ic \\&?", "overlay."]
        for group in groups {
            lines.append(".Ss " + mdocText(group.title))
            lines.append(".Bl -tag -width Ds -compact")
            for line in group.lines {
                lines.append(".It \"\\&" + mdocText(line.keys).replacing("\"", with: "\\(dq") + "\"")
                lines.append("\\&" + mdocText(line.help))
            }
            lines.append(".El")
        }
        return lines.joined(separator: "\n")
    }

    private static func markdownCell(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("|", with: "\\|").replacing("`", with: "\\`")
    }

    private static func mdocText(_ text: String) -> String {
        text.replacing("\\", with: "\\e")
    }
}
