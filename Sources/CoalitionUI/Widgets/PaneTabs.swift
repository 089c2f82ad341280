import CoalitionModel

/// The tab bar of narrow screens, which show one list at a time.
struct PaneTabs: Widget {
    let active: Pane

    func draw(_ painter: inout Painter, in rect: Rect) {
        var x = rect.x
        for pane in Pane.allCases {
            let label = " \(pane.digit) \(pane.title) "
            let used = min(TextWidth.of(label), rect.maxX - x)
            guard used > 0 else { break }
            painter.write(label, x: x, y: rect.y, width: used, style: pane == active ? Style(bold: true, reverse: true) : .dim)
            x += used + 1
        }
    }
}
