#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoalitionUI
import Dispatch
import Synchronization

/// Runs commands on another thread and hands back the events they finish with, as the
/// dashboard's loop does (DashboardLoop), so first use is timed with the background work the
/// dashboard starts after its first frame really running beside the keys.
final class BackgroundCommands: Sendable {
    private let finished = Mutex<[InputEvent]>([])
    /// One command at a time, as the dashboard runs them.
    private let queue = Command.queue(label: "coalition-bench.commands")

    func run(_ commands: [Command], with data: DashboardData) {
        for command in commands {
            queue.async {
                let event = command.run(with: data)
                self.finished.withLock { $0.append(event) }
            }
        }
    }

    /// Applies what has finished, then waits a millisecond, until `done` holds for the state;
    /// the commands each applied event returns run in the background too.
    func apply(to state: inout AppState, until done: (AppState) -> Bool) {
        while !done(state) {
            let events = finished.withLock { events in
                defer { events = [] }
                return events
            }
            for event in events { run(Update.apply(event, to: &state), with: state.data) }
            if events.isEmpty { usleep(1_000) }
        }
    }
}
