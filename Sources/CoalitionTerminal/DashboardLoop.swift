import CoalitionUI
import Synchronization

/// Runs the dashboard until the user quits or a signal asks it to stop; the terminal is restored
/// before this returns or before a stop signal is re-raised.
public enum DashboardLoop {
    public static func run(_ initial: AppState, mouse: Bool) throws(TerminalUnavailable) {
        let screen = try CursesScreen(color: initial.options.color, mouse: mouse)
        defer {
            screen.restore()
            SignalGuard.reraisePending()
        }
        let finished = FinishedCommands()
        var state = initial
        func apply(_ event: InputEvent) {
            for command in Update.apply(event, to: &state) { finished.run(command, with: state.data) }
        }
        apply(.resize(screen.size))
        screen.draw(Renderer.render(state))
        while !state.shouldQuit && pendingSignal.load(ordering: .relaxed) == 0 {
            // The input wait times out every tenth of a second, so finished work shows soon.
            var events = finished.take()
            if let event = screen.nextEvent() { events.append(event) }
            guard !events.isEmpty else { continue }
            // Draw what piled up at once: a burst of keys or resizes costs one frame.
            while events.count < 64, let queued = screen.nextPendingEvent() { events.append(queued) }
            for event in events where !state.shouldQuit { apply(event) }
            if !state.shouldQuit { screen.draw(Renderer.render(state)) }
        }
    }
}

/// Commands running off the input loop, and the events they finished with.
private final class FinishedCommands: Sendable {
    private let events = Mutex<[InputEvent]>([])

    func run(_ command: Command, with data: DashboardData) {
        Task.detached {
            let event = command.run(with: data)
            self.events.withLock { $0.append(event) }
        }
    }

    func take() -> [InputEvent] {
        events.withLock { taken in
            defer { taken = [] }
            return taken
        }
    }
}
