import CoalitionUI

/// Runs the dashboard until the user quits or a signal asks it to stop; the terminal is restored
/// before this returns or before a stop signal is re-raised.
public enum DashboardLoop {
    public static func run(_ initial: AppState, mouse: Bool) throws(TerminalUnavailable) {
        let screen = try CursesScreen(color: initial.options.color, mouse: mouse)
        defer {
            screen.restore()
            SignalGuard.reraisePending()
        }
        var state = initial
        Update.apply(.resize(screen.size), to: &state)
        screen.draw(Renderer.render(state))
        while !state.shouldQuit && pendingSignal.load(ordering: .relaxed) == 0 {
            guard let event = screen.nextEvent() else { continue }
            Update.apply(event, to: &state)
            // Draw what piled up at once: a burst of keys or resizes costs one frame.
            var more = 0
            while more < 64, !state.shouldQuit, let queued = screen.nextPendingEvent() {
                Update.apply(queued, to: &state)
                more += 1
            }
            if !state.shouldQuit { screen.draw(Renderer.render(state)) }
        }
    }
}
