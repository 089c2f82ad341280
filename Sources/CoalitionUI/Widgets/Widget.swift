/// One region of the screen: draws itself into a rectangle of the painter's buffer and nowhere
/// else, from values it was given. Widgets never change the state; `Renderer` only lays them out.
protocol Widget {
    func draw(_ painter: inout Painter, in rect: Rect)
}
