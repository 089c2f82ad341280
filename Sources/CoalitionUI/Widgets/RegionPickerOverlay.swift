import CoalitionModel

/// The region picker's box: the typed text, then the analyst regions and the M49 tree (or the
/// matches) with counts.
struct RegionPickerOverlay: Widget {
    let picker: RegionPickerState
    let current: String?
    let regions: RegionIndex

    func draw(_ painter: inout Painter, in rect: Rect) {
        let entries = picker.entries
        let inner = painter.overlayBox(in: rect, width: 72, height: rect.height - 4, title: "Filter by region")
        guard inner.height >= 2 else { return }
        painter.write("Region: " + picker.query + "_", x: inner.x + 1, y: inner.y, width: inner.width - 1, style: .bold)
        let listHeight = inner.height - 1
        let top = clamp(picker.selected - listHeight / 2, 0, max(0, entries.count - listHeight))
        if entries.isEmpty {
            painter.write("no region matches", x: inner.x + 1, y: inner.y + 1, width: inner.width - 1, style: .dim)
        }
        for (offset, entry) in entries.dropFirst(top).prefix(listHeight).enumerated() {
            let y = inner.y + 1 + offset
            let indent = String(repeating: "  ", count: entry.depth)
            let mark = entry.id == current ? "* " : "  "
            let name = mark + indent + (entry.kind == .analyst ? entry.name + painter.glyphs.separator + "analyst" : entry.name)
            // The count may take what the name leaves, and at least half the line.
            let countWidth = max(inner.width / 2, inner.width - TextWidth.of(name) - 3)
            let count = TextWidth.truncate(entry.countText(regions, width: countWidth), to: countWidth, ellipsis: painter.glyphs.ellipsis)
            let nameWidth = inner.width - TextWidth.of(count) - 3
            painter.write(name, x: inner.x, y: y, width: nameWidth, style: entry.tally.total == 0 ? .dim : .plain)
            painter.write(count, x: inner.maxX - TextWidth.of(count) - 1, y: y, width: TextWidth.of(count), style: .dim)
            if top + offset == picker.selected {
                painter.screen.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { $0.reverse = true }
            }
        }
    }
}
