import CoalitionModel

/// Said instead of the dashboard when the terminal is below `Layout.minimum`.
struct TooSmallMessage: Widget {
    func draw(_ painter: inout Painter, in rect: Rect) {
        let glyphs = painter.glyphs
        let message = "terminal too small (needs \(Layout.minimum.columns)\(glyphs.times)\(Layout.minimum.rows))"
        let lines = TextWidth.wrap(message, to: max(1, rect.width))
        let top = rect.y + max(0, (rect.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < rect.maxY {
            let x = rect.x + max(0, (rect.width - TextWidth.of(line)) / 2)
            painter.write(line, x: x, y: top + index, width: rect.maxX - x, style: .bold)
        }
    }
}
