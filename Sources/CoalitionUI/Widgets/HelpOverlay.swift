import CoalitionModel

/// Every key, generated from the key table (`KeyHelp`), in a scrolling box over the screen.
struct HelpOverlay: Widget {
    let scroll: Int

    func draw(_ painter: inout Painter, in rect: Rect) {
        let lines = KeyHelp.overlayLines
        let keyWidth = min(30, (lines.filter { !$0.help.isEmpty }.map { TextWidth.of($0.keys) }.max() ?? 10) + 2)
        let inner = painter.overlayBox(in: rect, width: 80, height: lines.count + 2, title: "Keys (Esc closes)")
        guard !inner.isEmpty else { return }
        let first = clamp(scroll, 0, max(0, lines.count - inner.height))
        for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            if line.help.isEmpty {
                // A group's title takes the whole line.
                painter.write(line.keys, x: inner.x + 1, y: inner.y + offset, width: inner.width - 1, style: .bold)
                continue
            }
            painter.write(line.keys, x: inner.x + 1, y: inner.y + offset, width: keyWidth, style: .bold)
            painter.write(line.help, x: inner.x + 1 + keyWidth, y: inner.y + offset, width: inner.width - keyWidth - 1)
        }
        if first + inner.height < lines.count {
            let more = " Down: \(lines.count - first - inner.height) more "
            painter.write(more, x: inner.maxX - TextWidth.of(more) - 1, y: inner.maxY, width: TextWidth.of(more), style: .dim)
        }
    }
}
