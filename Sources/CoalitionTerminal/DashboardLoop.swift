#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoalitionUI

/// Runs the dashboard until the user quits; the terminal is restored before this returns. Stop
/// signals do not come through here: their handler restores the terminal and ends the program
/// whatever the loop is doing (SignalGuard).
public enum DashboardLoop {
    public static func run(_ initial: AppState, mouse: Bool) throws(TerminalUnavailable) {
        let screen = try CursesScreen(color: initial.options.color, mouse: mouse)
        defer { screen.restore() }
        let busyFile = testBusyFile()
        var state = initial
        Update.apply(.resize(screen.size), to: &state)
        screen.draw(Renderer.render(state))
        while !state.shouldQuit {
            guard let event = screen.nextEvent() else { continue }
            if let busyFile, event == .key(.control("b")) { beBusy(marking: busyFile) }
            // Draw what piled up at once: a burst of keys or resizes costs one frame, and a run of
            // typed characters (a paste) is given to Update as one text.
            var events = [event]
            while events.count < 1024, let queued = screen.nextPendingEvent() { events.append(queued) }
            var typed = ""
            func flushTyped() {
                if !typed.isEmpty { Update.type(typed, to: &state) }
                typed = ""
            }
            for queued in events {
                guard !state.shouldQuit else { break }
                if case .key(.character(let character)) = queued {
                    typed.append(character)
                } else {
                    flushTyped()
                    Update.apply(queued, to: &state)
                }
            }
            flushTyped()
            if !state.shouldQuit { screen.draw(Renderer.render(state)) }
        }
    }
}

/// For the end-to-end signal tests only: with COALITION_TEST_BUSY_FILE set, Ctrl-B makes the loop
/// work for 20 seconds without reading input, after creating that file so the test knows.
private func testBusyFile() -> String? {
    guard let value = getenv("COALITION_TEST_BUSY_FILE") else { return nil }
    let path = String(cString: value)
    return path.isEmpty ? nil : path
}

private func beBusy(marking path: String) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    if descriptor >= 0 { close(descriptor) }
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    var now = start
    var sink: UInt64 = 0
    while now.tv_sec - start.tv_sec < 20 {
        for step in 0..<100_000 { sink = sink &* 6364136223846793005 &+ UInt64(step) }
        clock_gettime(CLOCK_MONOTONIC, &now)
    }
    if sink == 42 { print("") }
}
